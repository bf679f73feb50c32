package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSettingsRoundTrip(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config", "settings.yaml")
	if s, err := LoadSettings(path, testProviders); err != nil || s.UI.Theme != "" || len(s.Providers) != 0 {
		t.Fatalf("missing file: %+v, %v; want empty settings", s, err)
	}
	want := Settings{
		Providers: map[string]ProviderSettings{
			ProviderNova:       {OrgID: "org_1", AuthStyle: AuthBearer},
			ProviderElevenLabs: {BaseURL: "https://api.example.com/v1/voiceai", AuthStyle: AuthXAPIKey},
		},
		UI: UISettings{Theme: ThemeLight},
	}
	if err := SaveSettings(path, want, testProviders); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSettings(path, testProviders)
	if err != nil {
		t.Fatal(err)
	}
	if got.UI != want.UI || got.Providers[ProviderNova] != want.Providers[ProviderNova] || got.Providers[ProviderElevenLabs] != want.Providers[ProviderElevenLabs] {
		t.Errorf("got %+v, want %+v", got, want)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("settings mode %o, want 600", info.Mode().Perm())
	}
	dir, _ := os.Stat(filepath.Dir(path))
	if dir.Mode().Perm() != 0o700 {
		t.Errorf("config folder mode %o, want 700", dir.Mode().Perm())
	}
}

func TestSettingsProblems(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, file, want string }{
		{"empty file is fine", "", ""},
		{"unknown setting", "ui:\n  colour: red\n", "line 2: unknown setting colour"},
		{"bad theme", "ui:\n  theme: pink\n", `ui.theme is "pink"; choose auto, dark or light`},
		{"bad auth style", "providers:\n  nova:\n    auth_style: basic\n", `providers.nova.auth_style is "basic"; choose x-api-key or bearer`},
		{"unknown provider", "providers:\n  vapi:\n    base_url: https://x\n", "providers.vapi: there is no such provider"},
		{"not yaml", "ui: [\n", "cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "settings.yaml")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := LoadSettings(path, testProviders)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("err = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	if err := SaveSettings(filepath.Join(t.TempDir(), "s.yaml"), Settings{UI: UISettings{Theme: "pink"}}, testProviders); err == nil {
		t.Error("saving an invalid theme was allowed")
	}
}
