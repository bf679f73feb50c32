package dasha

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// fuzzSeeds are realistic documents: the testdata ones and the request
// body of a fresh draft from each template.
func fuzzSeeds(tb testing.TB) [][]byte {
	c, err := New("")
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, f := range files {
		doc, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, doc)
	}
	for _, tmpl := range agent.Templates {
		a := tmpl.New("Front desk")
		doc, err := c.Encode(&a, nil, agent.MaskSecrets{})
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, doc)
	}
	return out
}

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	for _, doc := range fuzzSeeds(f) {
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
	doc := fuzzSeeds(f)[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://blackbox.example.test"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		fuzzcheck.Answer(t, build, status, body, doc, "ag_1")
	})
}
