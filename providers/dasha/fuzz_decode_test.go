package dasha

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
	for _, doc := range []string{`{}`, `[]`, `null`, `{"config":null}`, `{"name":7}`, `{"config":{"ttsConfig":{"speed":1.10}},"x":[1,{"y":null}]}`} {
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
// and a create Dasha said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	for _, s := range []struct {
		status int
		body   string
	}{
		{200, `{"agentId":"ag_1"}`},
		{200, `[{"agentId":"a","name":"x"}]`},
		{200, `{"items":[{"id":"a","name":"x"}],"total":5}`},
		{200, `not json`},
		{400, `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Config.TtsConfig.Speed":["The field Speed must be between 0.25 and 4."],"$":["bad\njson"]},"traceId":"00-1"}`},
		{401, `{"title":"Unauthorized","detail":"bad key ` + fuzzcheck.Key + `"}`},
		{404, `{"title":"Not Found","status":404}`},
		{409, `{"detail":"conflict"}`},
		{429, ``},
		{500, `<html>oops</html>`},
		{503, `{"message":"` + "\x1b]0;title\x07" + `"}`},
	} {
		f.Add(s.status, []byte(s.body))
	}
	doc := fuzzcheck.Seeds(f, offlineForFuzz(f), filepath.Join("testdata", "*.json"))[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://blackbox.example.test"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		fuzzcheck.Answer(t, build, status, body, doc, "ag_1")
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
