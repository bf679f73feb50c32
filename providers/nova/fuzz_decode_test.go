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
	// Nova requires "type" in a create; Encode fills "voice" when a document
	// has none (see fuzzcheck.Decode).
	fuzzcheck.FuzzDecode(f, offlineForFuzz, filepath.Join("testdata", "*.json"), []string{`{}`, `[]`, `null`, `{"name":7}`, `{"name":"x","extra":[1,{"y":null}],"n":1.10}`}, "type")
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create Nova said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://nova.example.test/api"), WithOrgID("org_1"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	fuzzcheck.FuzzAnswers(f, []fuzzcheck.Reply{
		{Status: 400, Body: `{"detail":"name is required"}`},
		{Status: 422, Body: `{"detail":[{"loc":["body","llm_config","temperature"],"msg":"must be at most 2","type":"value_error"}]}`},
		{Status: 401, Body: `{"detail":"Invalid API key ` + fuzzcheck.Key + `"}`},
		{Status: 200, Body: `{"id":"agt_1","name":"x"}`},
		{Status: 200, Body: `{"agents":[{"id":"a","name":"x"}],"total":1}`},
		{Status: 200, Body: `[{"id":"a","name":"x"}]`},
		{Status: 200, Body: `not json`},
		{Status: 404, Body: `{}`},
		{Status: 500, Body: `<html>oops</html>`},
		{Status: 503, Body: "\x1b[2J"},
	}, offlineForFuzz, filepath.Join("testdata", "*.json"), build, "agent_1")
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
