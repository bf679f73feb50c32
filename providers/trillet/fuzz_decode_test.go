package trillet

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
	f.Fuzz(func(t *testing.T, doc []byte) { fuzzcheck.Decode(t, c, doc) })
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create Trillet said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	for _, s := range []struct {
		status int
		body   string
	}{
		{400, `{"error":{"code":"validation_error","message":"name is required"}}`},
		{429, `{"error":{"code":"rate_limited","message":"slow down","reset_at":"2026-01-01T00:00:00Z"}}`},
		{401, `{"error":{"code":"unauthorized","message":"bad key ` + fuzzcheck.Key + `"}}`},
		{200, `{"_id":"ag_1","name":"x"}`},
		{200, `{"agent":{"_id":"ag_1"}}`},
		{200, `{"agents":[{"_id":"a","name":"x"}]}`},
		{200, `not json`},
		{404, `{}`},
		{500, `<html>oops</html>`},
		{503, "\x1b[2J"},
	} {
		f.Add(s.status, []byte(s.body))
	}
	doc := fuzzcheck.Seeds(f, offlineForFuzz(f), filepath.Join("testdata", "*.json"))[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://trillet.example.test"), WithWorkspaceID("ws_1"), WithHTTPClient(hc), WithMaxRetries(0))
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
