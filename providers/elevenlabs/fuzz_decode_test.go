package elevenlabs

import (
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	fuzzcheck.FuzzDecode(f, offlineForFuzz, "", []string{
		`{}`, `[]`, `null`, `{"conversation_config":null}`, `{"conversation_config":{"agent":{"prompt":{"prompt":7}}}}`,
		`{"agent_id":"agent_1","name":"x","conversation_config":{},"metadata":{"created_at_unix_secs":1}}`,
		`{"conversation_config":{"agent":{"prompt":{"tools":[{"type":"webhook","name":"a","api_schema":{"url":"https://x","request_headers":{"Authorization":"Bearer s3cret-value"}}}]}}}}`,
		`{"conversation_config":{"tts":{"speed":1.10,"stability":0.5e0}},"platform_settings":{"x":[1,2,{"y":null}]}}`,
	})
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create ElevenLabs said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	build := fuzzcheck.Client(New, WithBaseURL("https://api.example.test/v1/convai"))
	fuzzcheck.FuzzAnswers(f, []fuzzcheck.Reply{
		{Status: 200, Body: `{"agent_id":"agent_123"}`},
		{Status: 200, Body: `{"agents":[{"agent_id":"a","name":"x"}],"has_more":false,"next_cursor":null}`},
		{Status: 200, Body: `{"agents":[],"has_more":true,"next_cursor":"c"}`},
		{Status: 201, Body: ``},
		{Status: 422, Body: `{"detail":[{"loc":["body","conversation_config","tts","speed"],"msg":"Input should be less than or equal to 1.2","type":"less_than_equal"}]}`},
		{Status: 422, Body: `{"detail":[{"loc":[],"msg":"","type":""},{"loc":["body",0,"x"],"msg":"a\nb","type":"t"}]}`},
		{Status: 400, Body: `{"detail":{"status":"invalid","message":"bad ` + fuzzcheck.Key + `","param":"conversation_config.agent"}}`},
		{Status: 401, Body: `{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}`},
		{Status: 404, Body: `{"detail":"Not Found"}`},
		{Status: 429, Body: `{"detail":{"type":"rate_limit_error","message":"slow down"}}`},
		{Status: 500, Body: `<html><body>Internal Server Error</body></html>`},
		{Status: 502, Body: ``},
		{Status: 504, Body: `{"detail":` + "\"\x1b[31mred\"}"},
	}, offlineForFuzz, "", build, "agent_123")
}

// offlineForFuzz is a client with no key: encoding and decoding need none.
var offlineForFuzz = fuzzcheck.Offline(New)
