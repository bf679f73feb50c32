package dasha

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// fakeSecretMark is in every credential of the test documents, so a test can
// assert that none leaks into drafts, exports or errors.
const fakeSecretMark = "FAKE-SECRET"

// testKey is an obviously fake API key.
const testKey = "dasha-test-key-FAKE-SECRET-0000"

func offlineClient(t *testing.T) *Client {
	t.Helper()
	return providertest.NewClient(t, New, "")
}

// withoutResponseOnly removes what Decode drops from a GET response.
func withoutResponseOnly(v any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	for _, k := range responseOnlyTop {
		delete(m, k)
	}
	if in, ok := m["inboundSipConfig"].(map[string]any); ok {
		for _, k := range responseOnlyInbound {
			delete(in, k)
		}
	}
	return m
}

// assertNoSecret fails when any fake credential appears in text.
func assertNoSecret(t *testing.T, what string, text []byte) {
	t.Helper()
	if bytes.Contains(text, []byte(fakeSecretMark)) {
		i := bytes.Index(text, []byte(fakeSecretMark))
		lo := max(0, i-60)
		t.Fatalf("%s contains a secret: …%s…", what, text[lo:min(len(text), i+40)])
	}
}

// jsonRoundTrip stores and reloads an agent the way a draft file does:
// empty lists come back as nil, as they do through YAML with omitempty.
// editEncoded decodes doc, reloads its agent as storage would, applies edit
// and encodes it over the native document: the edited agent and the body.
func editEncoded(t *testing.T, c *Client, doc []byte, edit func(*agent.Agent)) (agent.Agent, []byte) {
	t.Helper()
	dec := providertest.Decode(t, c, doc)
	dec.Agent = jsonRoundTrip(t, dec.Agent)
	edit(&dec.Agent)
	return dec.Agent, providertest.Reencode(t, c, dec)
}

func jsonRoundTrip(t *testing.T, a agent.Agent) agent.Agent {
	t.Helper()
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back agent.Agent
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	return back
}

func agentJSON(t *testing.T, a agent.Agent) []byte {
	t.Helper()
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// diffIgnoringSecrets is agent.Diff without the secret references, which
// are new on every decode and so always differ.
func diffIgnoringSecrets(a, b *agent.Agent) []agent.Change {
	var out []agent.Change
	for _, c := range agent.Diff(a, b) {
		if !(agent.IsRef(c.From) && agent.IsRef(c.To)) {
			out = append(out, c)
		}
	}
	return out
}
