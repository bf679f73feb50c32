package nova

import (
	"path/filepath"
	"testing"

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
	build := fuzzcheck.Client(New, WithBaseURL("https://nova.example.test/api"), WithOrgID("org_1"))
	fuzzcheck.FuzzAnswers(f, []fuzzcheck.Reply{
		{Status: 400, Body: `{"detail":"name is required"}`},
		{Status: 422, Body: `{"detail":[{"loc":["body","llm_config","temperature"],"msg":"must be at most 2","type":"value_error"}]}`},
		{Status: 401, Body: `{"detail":"Invalid API key ` + fuzzcheck.Key + `"}`},
		{Status: 200, Body: `{"id":"agt_1","name":"x"}`},
		{Status: 200, Body: `{"agents":[{"id":"a","name":"x"}],"total":1}`},
		{Status: 200, Body: `[{"id":"a","name":"x"}]`},
		{Status: 503, Body: "\x1b[2J"},
	}, offlineForFuzz, filepath.Join("testdata", "*.json"), build, "agent_1")
}

// offlineForFuzz is a client with no key: encoding and decoding need none.
var offlineForFuzz = fuzzcheck.Offline(New)
