package nova

import (
	"net/http"
	"path/filepath"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	for _, doc := range fuzzcheck.Seeds(f, offlineForFuzz(f), filepath.Join("testdata", "*.json")) {
		f.Add(doc)
	}
	for _, doc := range []string{`{}`, `[]`, `null`, `{"name":7}`, `{"name":"x","extra":[1,{"y":null}],"n":1.10}`} {
		f.Add([]byte(doc))
	}
	c, err := New("")
	if err != nil {
		f.Fatal(err)
	}
	// Nova requires "type" in a create; Encode fills "voice" when a document
	// has none (see fuzzcheck.Decode).
	f.Fuzz(func(t *testing.T, doc []byte) { fuzzcheck.Decode(t, c, doc, "type") })
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create Nova said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	for _, s := range []struct {
		status int
		body   string
	}{
		{400, `{"detail":"name is required"}`},
		{422, `{"detail":[{"loc":["body","llm_config","temperature"],"msg":"must be at most 2","type":"value_error"}]}`},
		{401, `{"detail":"Invalid API key ` + fuzzcheck.Key + `"}`},
		{200, `{"id":"agt_1","name":"x"}`},
		{200, `{"agents":[{"id":"a","name":"x"}],"total":1}`},
		{200, `[{"id":"a","name":"x"}]`},
		{200, `not json`},
		{404, `{}`},
		{500, `<html>oops</html>`},
		{503, "\x1b[2J"},
	} {
		f.Add(s.status, []byte(s.body))
	}
	doc := fuzzcheck.Seeds(f, offlineForFuzz(f), filepath.Join("testdata", "*.json"))[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://nova.example.test/api"), WithOrgID("org_1"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		fuzzcheck.Answer(t, build, status, body, doc, "agent_1")
	})
}

// offlineForFuzz is a client with no key: encoding and decoding need none.
func offlineForFuzz(tb testing.TB) agent.Provider {
	tb.Helper()
	c, err := New("")
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
