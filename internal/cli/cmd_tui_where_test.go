package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/storage"
)

// Issue 16 point 8: each provider's key and id fields say where its docs
// say to find them, and where the docs are silent, say that instead of
// guessing a menu.
func TestConnectionFieldsSayWhereToFindThem(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	creds, err := storage.OpenCredentials(filepath.Join(dir, "credentials.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	conn := &connections{providers: newRegistry(), getenv: func(string) string { return "" }, settingsFile: filepath.Join(dir, "settings.yaml"), creds: creds}
	ps := &providerSettings{conn: conn}
	want := map[string]map[string]string{
		"nova": {
			keyAPIKey: "Nova's API docs say every request sends it but not where the dashboard shows it",
			keyOrgID:  "Nova's API docs do not say where the dashboard shows it",
		},
		"trillet": {
			keyAPIKey:      "Trillet's API docs say every request sends it but not where the dashboard shows it",
			keyWorkspaceID: "Trillet's API docs call it the workspace identifier",
		},
	}
	for provider, helps := range want {
		fields, err := ps.ProviderSettings(provider)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fields {
			checkPlain(t, provider+" "+f.Label, f.Help)
			if w, ok := helps[f.Key]; ok && !strings.Contains(f.Help, w) {
				t.Errorf("%s %s help is %q; want it to say %q", provider, f.Label, f.Help, w)
			}
		}
	}
}
