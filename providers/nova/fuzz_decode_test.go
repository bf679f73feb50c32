package nova

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
	doc := fuzzSeeds(f)[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://nova.example.test/api"), WithOrgID("org_1"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		fuzzcheck.Answer(t, build, status, body, doc, "agent_1")
	})
}
