package cli

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/storage"
)

func TestDropSameSizeResizeKeepsOnlyRealChanges(t *testing.T) {
	t.Parallel()
	f := dropSameSizeResize()
	steps := []struct {
		msg  tea.Msg
		kept bool
	}{
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, false},
		{tea.KeyPressMsg{Code: 'a', Text: "a"}, true},
		{tea.WindowSizeMsg{Width: 120, Height: 40}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
	}
	for i, s := range steps {
		if got := f(nil, s.msg) != nil; got != s.kept {
			t.Errorf("step %d (%v): kept %v, want %v", i, s.msg, got, s.kept)
		}
	}
}

func TestCheckBaseURL(t *testing.T) {
	t.Parallel()
	cases := map[string]bool{
		"":                           true,
		"https://api.example.com/v1": true,
		"http://127.0.0.1:8080":      true,
		"http://localhost:9000/api":  true,
		"http://[::1]:9000":          true,
		"http://api.example.com":     false,
		"ftp://api.example.com":      false,
		"api.example.com":            false,
		"https://":                   false,
	}
	for raw, ok := range cases {
		if err := checkBaseURL(raw); (err == nil) != ok {
			t.Errorf("%q: error %v", raw, err)
		}
	}
}

// tuiConnections is what the terminal UI reaches providers through, over a
// new settings file and credentials file, with the environment env; the
// credentials are returned to look into.
func tuiConnections(t *testing.T, env map[string]string) (*connections, *storage.Credentials) {
	t.Helper()
	dir := t.TempDir()
	creds, err := storage.OpenCredentials(filepath.Join(dir, "credentials.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string { return env[k] }
	return &connections{providers: newRegistry(), getenv: getenv, settingsFile: filepath.Join(dir, "settings.yaml"), creds: creds}, creds
}

// The settings screen's adapter stores keys in the credentials file only,
// and the rest in the settings file, and reports the environment's wins.
func TestProviderSettingsRoundTrip(t *testing.T) {
	t.Parallel()
	conn, creds := tuiConnections(t, map[string]string{"AGENTDECK_TRILLET_WORKSPACE_ID": "ws-env"})
	ps := &providerSettings{conn: conn}

	if err := ps.SaveProviderSettings("nova", map[string]string{keyAPIKey: "nv-1", keyBaseURL: "https://nova.test/api/", keyOrgID: "org-7"}); err != nil {
		t.Fatal(err)
	}
	fields, err := ps.ProviderSettings("nova")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range fields {
		got[f.Key] = f.Value
		if f.Secret && (!f.IsSet || f.Value != "") {
			t.Errorf("the key field is %+v; it must say set and never carry the value", f)
		}
	}
	if got[keyBaseURL] != "https://nova.test/api" || got[keyOrgID] != "org-7" {
		t.Errorf("read back %v", got)
	}
	if creds.APIKey("nova") != "nv-1" {
		t.Error("the key is not in the credentials file")
	}
	// An empty key keeps the stored one.
	if err := ps.SaveProviderSettings("nova", map[string]string{keyAPIKey: "", keyBaseURL: "", keyOrgID: "org-7"}); err != nil {
		t.Fatal(err)
	}
	if creds.APIKey("nova") != "nv-1" {
		t.Error("saving without a key removed the key")
	}
	if err := ps.SaveProviderSettings("nova", map[string]string{keyBaseURL: "http://nova.test"}); err == nil || !strings.Contains(err.Error(), "https://") {
		t.Errorf("a plain http base URL was accepted: %v", err)
	}

	trillet, _ := ps.ProviderSettings("trillet")
	for _, f := range trillet {
		if f.Key == keyWorkspaceID && !f.EnvSet {
			t.Error("the workspace id set in the environment is not reported")
		}
	}
	if _, err := ps.ProviderSettings("vapi"); err == nil {
		t.Error("an unknown provider has settings")
	}
}

// Each id field says where to find the id, or honestly that the
// provider's docs do not say, in plain words (no request paths).
func TestProviderSettingsIDHelpSaysWhereToFindIt(t *testing.T) {
	t.Parallel()
	conn, _ := tuiConnections(t, nil)
	ps := &providerSettings{conn: conn}
	for provider, key := range map[string]string{"nova": keyOrgID, "trillet": keyWorkspaceID} {
		fields, err := ps.ProviderSettings(provider)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fields {
			if f.Key != key {
				continue
			}
			found = true
			if !strings.Contains(f.Help, "dashboard") || strings.Contains(f.Help, "/org/") || strings.Contains(f.Help, "<id>") {
				t.Errorf("%s's %s help does not say where to find it, or shows a path: %q", provider, f.Label, f.Help)
			}
		}
		if !found {
			t.Errorf("%s has no %s field", provider, key)
		}
		// The key's and the id's help say what each provider's docs say
		// about where to find them: here, that they do not name a place.
		for _, f := range fields {
			checkPlain(t, provider+" "+f.Label, f.Help)
			if f.Key == keyAPIKey && !strings.Contains(f.Help, "API docs say every request sends it but not where the dashboard shows it") {
				t.Errorf("%s's key help: %q", provider, f.Help)
			}
		}
	}
}
