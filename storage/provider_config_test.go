package storage

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestProviderConfigPrecedence(t *testing.T) {
	t.Parallel()
	creds := newCredentials(t)
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

func TestProviderConfigForEnvironments(t *testing.T) {
	t.Parallel()
	creds := newCredentials(t)
	if err := creds.SetAPIKey(ProviderNova, "default-key"); err != nil {
		t.Fatal(err)
	}
	if err := creds.SetEnvAPIKey(ProviderNova, "qa", "qa-key"); err != nil {
		t.Fatal(err)
	}
	settings := Settings{
		Providers: map[string]ProviderSettings{ProviderNova: {OrgID: "org-default"}, ProviderTrillet: {WorkspaceID: "ws-default"}},
		Environments: map[string]map[string]ProviderSettings{
			"prod": {
				ProviderNova:    {BaseURL: "https://prod.nova.example/api", OrgID: "org-prod"},
				ProviderTrillet: {WorkspaceID: "ws-prod"},
			},
			"qa": {ProviderNova: {OrgID: "org-qa"}},
		},
	}
	tests := []struct {
		name, provider, env string
		vars                map[string]string
		want                Connection
	}{
		{
			name: "default is ProviderConfig's", provider: ProviderNova, env: "",
			want: Connection{APIKey: "default-key", KeyFrom: "the credentials file", BaseURL: "https://v2-nova-api.prod.czmx.in/api", OrgID: "org-default", AuthStyle: AuthXAPIKey},
		},
		{
			name: "own address without own key sends no key", provider: ProviderNova, env: "prod",
			want: Connection{BaseURL: "https://prod.nova.example/api", OrgID: "org-prod", AuthStyle: AuthXAPIKey},
		},
		{
			name: "key from the environment variable", provider: ProviderNova, env: "prod",
			vars: map[string]string{"AGENTDECK_NOVA_API_KEY_PROD": "prod-key", "AGENTDECK_NOVA_API_KEY": "default-env-key"},
			want: Connection{APIKey: "prod-key", KeyFrom: "AGENTDECK_NOVA_API_KEY_PROD", BaseURL: "https://prod.nova.example/api", OrgID: "org-prod", AuthStyle: AuthXAPIKey},
		},
		{
			name: "key from the credentials file, default address", provider: ProviderNova, env: "qa",
			want: Connection{APIKey: "qa-key", KeyFrom: "the credentials file (qa)", BaseURL: "https://v2-nova-api.prod.czmx.in/api", OrgID: "org-qa", AuthStyle: AuthXAPIKey},
		},
		{
			name: "no settings: the default connection", provider: ProviderNova, env: "staging-2",
			want: Connection{APIKey: "default-key", KeyFrom: "the credentials file", BaseURL: "https://v2-nova-api.prod.czmx.in/api", OrgID: "org-default", AuthStyle: AuthXAPIKey},
		},
		{
			name: "dashes become underscores", provider: ProviderTrillet, env: "eu-prod",
			vars: map[string]string{"AGENTDECK_TRILLET_API_KEY_EU_PROD": "k", "AGENTDECK_TRILLET_WORKSPACE_ID_EU_PROD": "ws-eu"},
			want: Connection{APIKey: "k", KeyFrom: "AGENTDECK_TRILLET_API_KEY_EU_PROD", BaseURL: "https://api.trillet.ai", WorkspaceID: "ws-eu", AuthStyle: AuthXAPIKey},
		},
		{
			name: "trillet workspace per environment", provider: ProviderTrillet, env: "prod",
			want: Connection{BaseURL: "https://api.trillet.ai", WorkspaceID: "ws-prod", AuthStyle: AuthXAPIKey},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := ProviderConfigFor(testProvider(tt.provider), tt.env, func(k string) string { return tt.vars[k] }, settings, creds)
			if got != tt.want {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestSettingsRefuseBadEnvironments(t *testing.T) {
	t.Parallel()
	for name, envs := range map[string]map[string]map[string]ProviderSettings{
		"bad name":         {"pro d": {ProviderNova: {}}},
		"default":          {agent.DefaultEnv: {ProviderNova: {}}},
		"bad style":        {"prod": {ProviderNova: {AuthStyle: "cookie"}}},
		"unknown provider": {"prod": {"vapi": {}}},
	} {
		s := Settings{Environments: envs}
		if err := s.Check(testProviders); err == nil {
			t.Errorf("%s: Check accepted %v", name, envs)
		}
	}
	path := filepath.Join(t.TempDir(), "settings.yaml")
	good := Settings{Environments: map[string]map[string]ProviderSettings{"prod": {ProviderNova: {OrgID: "o"}}}}
	if err := SaveSettings(path, good, testProviders); err != nil {
		t.Fatal(err)
	}
	back, err := LoadSettings(path, testProviders)
	if err != nil || back.Environments["prod"][ProviderNova].OrgID != "o" {
		t.Errorf("round trip = %+v, %v", back, err)
	}
}

func TestSecretEnvName(t *testing.T) {
	t.Parallel()
	for ref, want := range map[agent.SecretRef]string{
		"secret:llm.api_key#3f9a1c0d":                    "AGENTDECK_SECRET_LLM_API_KEY_3F9A1C0D",
		"secret:tools[0].headers.Authorization#00aa11bb": "AGENTDECK_SECRET_TOOLS_0_HEADERS_AUTHORIZATION_00AA11BB",
	} {
		if got := SecretEnvName(ref); got != want {
			t.Errorf("SecretEnvName(%q) = %q, want %q", ref, got, want)
		}
	}
}

func TestEnvSecretsGoOnlyWhereTheirHostIsNamed(t *testing.T) {
	t.Parallel()
	creds := newCredentials(t)
	saved := agent.SecretRef("secret:llm.api_key#00000001")
	fromEnv := agent.SecretRef("secret:tools[0].headers.Authorization#00000002")
	if err := creds.SetSecret(saved, "file-value"); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{SecretEnvName(saved): "env-value", SecretEnvName(fromEnv): "ci-value"}
	s := NewEnvSecrets(creds, func(k string) string { return vars[k] })
	if v, _ := s.Secret(saved); v != "file-value" {
		t.Errorf("the file's value should win, got %q", v)
	}
	if v, ok := s.Secret(fromEnv); !ok || v != "ci-value" {
		t.Errorf("Secret(fromEnv) = %q, %v", v, ok)
	}
	if err := s.BindSecret(fromEnv, agent.SecretPlace{Provider: "nova", Path: "llm.key"}); err != nil {
		t.Errorf("to the provider itself: %v", err)
	}
	hook := agent.SecretPlace{Provider: "nova", Path: "tools[].headers.Authorization", Host: "evil.example"}
	err := s.BindSecret(fromEnv, hook)
	var refused *agent.SecretPlaceError
	if !errors.As(err, &refused) || !strings.Contains(err.Error(), SecretEnvName(fromEnv)+"_HOST=evil.example") {
		t.Fatalf("to an unnamed host: %v", err)
	}
	if strings.Contains(err.Error(), "ci-value") {
		t.Error("the message shows the value")
	}
	vars[SecretEnvName(fromEnv)+"_HOST"] = "evil.example"
	if err := s.BindSecret(fromEnv, hook); err != nil {
		t.Errorf("to the named host: %v", err)
	}
	if got := s.MissingSecretVars([]agent.SecretRef{saved, "secret:x#0000000f"}); len(got) != 1 || got[0] != "AGENTDECK_SECRET_X_0000000F" {
		t.Errorf("MissingSecretVars = %v", got)
	}
}
