package agent

import "testing"

// TestMaskURLSecretsMasksOnlyTheCredentials: the password and the values
// of key-like query names are masked where they stand; a template
// placeholder, other query values and the same text elsewhere in the
// address are left as they are.
func TestMaskURLSecretsMasksOnlyTheCredentials(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"https://api.example.com/orders", "https://api.example.com/orders"},
		{"https://u:pw1@api.example.com/x?api_key=k9&page=k9", "https://u:(secret)@api.example.com/x?api_key=(secret)&page=k9"},
		{"https://api.example.com/a?token={{token}}", "https://api.example.com/a?token={{token}}"},
	}
	for _, tt := range tests {
		if got := MaskURLSecrets(tt.in, "(secret)"); got != tt.want {
			t.Errorf("MaskURLSecrets(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
