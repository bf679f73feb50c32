package elevenlabs

import (
	"net/http"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	for _, doc := range fuzzcheck.Seeds(f, offlineForFuzz(f), "") {
		f.Add(doc)
	}
	for _, doc := range []string{
		`{}`, `[]`, `null`, `{"conversation_config":null}`, `{"conversation_config":{"agent":{"prompt":{"prompt":7}}}}`,
		`{"agent_id":"agent_1","name":"x","conversation_config":{},"metadata":{"created_at_unix_secs":1}}`,
		`{"conversation_config":{"agent":{"prompt":{"tools":[{"type":"webhook","name":"a","api_schema":{"url":"https://x","request_headers":{"Authorization":"Bearer s3cret-value"}}}]}}}}`,
		`{"conversation_config":{"tts":{"speed":1.10,"stability":0.5e0}},"platform_settings":{"x":[1,2,{"y":null}]}}`,
	} {
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
// and a create ElevenLabs said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	for _, s := range []struct {
		status int
		body   string
	}{
		{200, `{"agent_id":"agent_123"}`},
		{200, `{"agents":[{"agent_id":"a","name":"x"}],"has_more":false,"next_cursor":null}`},
		{200, `{"agents":[],"has_more":true,"next_cursor":"c"}`},
		{200, `not json`},
		{201, ``},
		{422, `{"detail":[{"loc":["body","conversation_config","tts","speed"],"msg":"Input should be less than or equal to 1.2","type":"less_than_equal"}]}`},
		{422, `{"detail":[{"loc":[],"msg":"","type":""},{"loc":["body",0,"x"],"msg":"a\nb","type":"t"}]}`},
		{400, `{"detail":{"status":"invalid","message":"bad ` + fuzzcheck.Key + `","param":"conversation_config.agent"}}`},
		{401, `{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}`},
		{404, `{"detail":"Not Found"}`},
		{429, `{"detail":{"type":"rate_limit_error","message":"slow down"}}`},
		{500, `<html><body>Internal Server Error</body></html>`},
		{502, ``},
		{504, `{"detail":` + "\"\x1b[31mred\"}"},
	} {
		f.Add(s.status, []byte(s.body))
	}
	doc := fuzzcheck.Seeds(f, offlineForFuzz(f), "")[0]
	build := func(hc *http.Client) (agent.Provider, error) {
		return New(fuzzcheck.Key, WithBaseURL("https://api.example.test/v1/convai"), WithHTTPClient(hc), WithMaxRetries(0))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		fuzzcheck.Answer(t, build, status, body, doc, "agent_123")
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
