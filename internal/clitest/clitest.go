// Package clitest holds what the command line's in-process tests
// (internal/cli) and the real-binary journeys (proof/journeys) share: files
// to import, a served space to write, the drafts a run left. Only tests
// import it.
package clitest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/agentdeck/agentdeck/storage"
)

// DashaAgentWithKeys is a Dasha agent whose webhook carries a key in a
// header, in its address's password and in its query.
const DashaAgentWithKeys = `{"name":"Keys","config":{"primaryLanguage":"en-US",
	"ttsConfig":{"voiceId":"zmcVlqmyk3Jpn5AVYcAL","vendor":"ElevenLabs"},
	"llmConfig":{"model":"gpt-4.1","vendor":"openai","prompt":"Be kind."},
	"resultWebhook":{"url":"https://hook:PW-FAKE-SECRET-1@hooks.victim.example/r?api_key=QK-FAKE-SECRET-2",
		"headers":{"Authorization":"Bearer VICTIM-FAKE-SECRET-3","X-Hub-Signature":"SIG-FAKE-SECRET-4"}}}}`

// providerMembers are the fewest fields each provider's import takes, as
// JSON object members.
func providerMembers() map[string]string {
	return map[string]string{
		"nova":       `"type":"voice","name":"Deep"`,
		"trillet":    `"name":"Deep","llmModel":"gpt-4o"`,
		"elevenlabs": `"name":"Deep","conversation_config":{}`,
		"dasha":      `"name":"Deep"`,
	}
}

// ImportProviders are the providers DeepDoc writes documents for, sorted.
func ImportProviders() []string {
	var ids []string
	for id := range providerMembers() {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// DeepDoc is a document of the provider nested depth levels deep in all,
// with items small numbers at the bottom: the costliest shape to indent.
func DeepDoc(provider string, depth, items int) string {
	inner := strings.TrimSuffix(strings.Repeat("1,", items), ",")
	return "{" + providerMembers()[provider] + `,"extra_settings":` + strings.Repeat("[", depth-1) + inner + strings.Repeat("]", depth-1) + "}"
}

// WriteFile writes text to a new file called name in a temporary folder
// and returns its path.
func WriteFile(t testing.TB, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// DraftFiles reads the drafts of a folder, by file name.
func DraftFiles(t testing.TB, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files[e.Name()] = string(data)
		}
	}
	return files
}

// CountingServer is a stand-in provider that counts the requests reaching
// it and answers each with an empty list.
func CountingServer(t testing.TB) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"items":[],"agents":[],"data":[]}`)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// WriteSpace gives a served space a settings file pointing provider at
// baseURL, with an API key (so nothing stops short for want of one).
func WriteSpace(t testing.TB, dir, provider, baseURL string) {
	t.Helper()
	settings := "providers:\n  " + provider + ":\n    base_url: " + baseURL + "\n    org_id: org-1\n    workspace_id: ws-1\n"
	if err := os.WriteFile(filepath.Join(dir, "settings.yaml"), []byte(settings), 0o600); err != nil {
		t.Fatal(err)
	}
	paths, err := storage.ResolvePaths(func(k string) string {
		if k == "AGENTDECK_HOME" {
			return dir
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	creds, err := storage.OpenCredentials(paths.CredentialsFile())
	if err != nil {
		t.Fatal(err)
	}
	if err := creds.SetAPIKey(provider, "the-visitors-key"); err != nil {
		t.Fatal(err)
	}
}
