package httpx

import "testing"

// Resources beside the base (ElevenLabs' voices) move with the base URL
// and never leave its scheme, host and port.
func TestURLUpStaysBesideTheBase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		base string
		up   int
		want string // "" when the base is too short
	}{
		{"https://api.elevenlabs.io/v1/convai", 2, "https://api.elevenlabs.io/v2/voices"},
		{"https://api.eu.residency.elevenlabs.io/v1/convai/", 2, "https://api.eu.residency.elevenlabs.io/v2/voices"},
		{"http://127.0.0.1:8080/proxy/eleven/v1/convai", 2, "http://127.0.0.1:8080/proxy/eleven/v2/voices"},
		{"https://gw.example.com/a%20b/v1/convai", 2, "https://gw.example.com/a%20b/v2/voices"},
		{"https://gw.example.com/convai", 2, ""},
		{"https://gw.example.com", 1, ""},
		{"https://gw.example.com/v1/convai", 0, "https://gw.example.com/v1/convai/v2/voices"},
	}
	for _, tt := range tests {
		c := mustNew(t, Config{Provider: "fake", BaseURL: tt.base})
		got, ok := c.URLUp(tt.up, "/v2/voices")
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("URLUp(%d) of %s = %q, %v; want %q", tt.up, tt.base, got, ok, tt.want)
		}
	}
}
