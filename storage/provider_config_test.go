package storage

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestProviderConfigPrecedence(t *testing.T) {
	t.Parallel()
	creds, _ := OpenCredentials(filepath.Join(t.TempDir(), "credentials.yaml"))
	for _, id := range ProviderIDs() {
		if err := creds.SetAPIKey(id, "file-"+id); err != nil {
			t.Fatal(err)
		}
	}
	settings := Settings{Providers: map[string]ProviderSettings{
		ProviderNova:    {BaseURL: "https://nova.example.com/api/", OrgID: "org-file", AuthStyle: AuthBearer},
		ProviderTrillet: {WorkspaceID: "ws-file"},
	}}
	tests := []struct {
		name     string
		provider string
		env      map[string]string
		want     Connection
	}{
		{
			name: "defaults and files", provider: ProviderElevenLabs,
			want: Connection{APIKey: "file-elevenlabs", KeyFrom: "the credentials file", BaseURL: "https://api.elevenlabs.io/v1/convai", AuthStyle: AuthXIAPIKey},
		},
		{
			name: "settings file", provider: ProviderNova,
			want: Connection{APIKey: "file-nova", KeyFrom: "the credentials file", BaseURL: "https://nova.example.com/api", OrgID: "org-file", AuthStyle: AuthBearer},
		},
		{
			name: "environment wins", provider: ProviderNova,
			env: map[string]string{
				"AGENTDECK_NOVA_API_KEY": "env-key", "AGENTDECK_NOVA_BASE_URL": "http://127.0.0.1:8080",
				"AGENTDECK_NOVA_ORG_ID": "org-env", "AGENTDECK_NOVA_AUTH_STYLE": AuthXAPIKey,
			},
			want: Connection{APIKey: "env-key", KeyFrom: "AGENTDECK_NOVA_API_KEY", BaseURL: "http://127.0.0.1:8080", OrgID: "org-env", AuthStyle: AuthXAPIKey},
		},
		{
			name: "trillet workspace from the environment", provider: ProviderTrillet,
			env:  map[string]string{"AGENTDECK_TRILLET_WORKSPACE_ID": "ws-env", "AGENTDECK_TRILLET_API_KEY": "t-env"},
			want: Connection{APIKey: "t-env", KeyFrom: "AGENTDECK_TRILLET_API_KEY", BaseURL: "https://api.trillet.ai", WorkspaceID: "ws-env", AuthStyle: AuthXAPIKey},
		},
		{
			name: "dasha", provider: ProviderDasha,
			env:  map[string]string{"AGENTDECK_DASHA_API_KEY": "d-env", "AGENTDECK_NOVA_ORG_ID": "not for dasha"},
			want: Connection{APIKey: "d-env", KeyFrom: "AGENTDECK_DASHA_API_KEY", BaseURL: "https://blackbox.dasha.ai", AuthStyle: AuthBearer},
		},
		{
			name: "blank environment values do not count", provider: ProviderElevenLabs,
			env:  map[string]string{"AGENTDECK_ELEVENLABS_API_KEY": "  ", "AGENTDECK_ELEVENLABS_BASE_URL": ""},
			want: Connection{APIKey: "file-elevenlabs", KeyFrom: "the credentials file", BaseURL: "https://api.elevenlabs.io/v1/convai", AuthStyle: AuthXIAPIKey},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			getenv := func(k string) string { return tt.env[k] }
			got := ProviderConfig(testProvider(tt.provider), getenv, settings, creds)
			if got != tt.want {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestConnectionNeverPrintsTheKey(t *testing.T) {
	t.Parallel()
	c := Connection{APIKey: "sk-secret-1", BaseURL: "https://x"}
	for _, format := range []string{"%v", "%+v", "%s", "%#v"} {
		if out := fmt.Sprintf(format, c); strings.Contains(out, "sk-secret-1") {
			t.Errorf("%s shows the key: %s", format, out)
		}
	}
}

func TestResolvePaths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		env     map[string]string
		want    Paths
		wantErr string
	}{
		{
			name: "AGENTDECK_HOME holds everything",
			env:  map[string]string{"AGENTDECK_HOME": "/srv/deck", "XDG_CONFIG_HOME": "/x", "HOME": "/home/a"},
			want: Paths{Config: "/srv/deck", Data: "/srv/deck", Drafts: "/srv/deck/drafts", Trash: "/srv/deck/trash"},
		},
		{
			name: "XDG folders",
			env:  map[string]string{"XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "/data", "HOME": "/home/a"},
			want: Paths{Config: "/cfg/agentdeck", Data: "/data/agentdeck", Drafts: "/data/agentdeck/drafts", Trash: "/data/agentdeck/trash"},
		},
		{
			name: "home fallbacks, relative XDG ignored",
			env:  map[string]string{"HOME": "/home/a", "XDG_DATA_HOME": "relative/share"},
			want: Paths{Config: "/home/a/.config/agentdeck", Data: "/home/a/.local/share/agentdeck", Drafts: "/home/a/.local/share/agentdeck/drafts", Trash: "/home/a/.local/share/agentdeck/trash"},
		},
		{name: "nowhere to go", env: map[string]string{}, wantErr: "set AGENTDECK_HOME"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := ResolvePaths(func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v\nwant %+v", got, err, tt.want)
			}
		})
	}
	p := Paths{Config: "/c"}
	if p.SettingsFile() != "/c/settings.yaml" || p.CredentialsFile() != "/c/credentials.yaml" {
		t.Errorf("files: %s, %s", p.SettingsFile(), p.CredentialsFile())
	}
}
