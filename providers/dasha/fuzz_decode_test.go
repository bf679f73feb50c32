package dasha

import (
	"path/filepath"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	fuzzcheck.FuzzDecode(f, offlineForFuzz, filepath.Join("testdata", "*.json"), []string{`{}`, `[]`, `null`, `{"config":null}`, `{"name":7}`, `{"config":{"ttsConfig":{"speed":1.10}},"x":[1,{"y":null}]}`})
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create Dasha said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	build := fuzzcheck.Client(New, WithBaseURL("https://blackbox.example.test"))
	fuzzcheck.FuzzAnswers(f, []fuzzcheck.Reply{
		{Status: 200, Body: `{"agentId":"ag_1"}`},
		{Status: 200, Body: `[{"agentId":"a","name":"x"}]`},
		{Status: 200, Body: `{"items":[{"id":"a","name":"x"}],"total":5}`},
		{Status: 400, Body: `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Config.TtsConfig.Speed":["The field Speed must be between 0.25 and 4."],"$":["bad\njson"]},"traceId":"00-1"}`},
		{Status: 401, Body: `{"title":"Unauthorized","detail":"bad key ` + fuzzcheck.Key + `"}`},
		{Status: 404, Body: `{"title":"Not Found","status":404}`},
		{Status: 409, Body: `{"detail":"conflict"}`},
		{Status: 429, Body: ``},
		{Status: 503, Body: `{"message":"` + "\x1b]0;title\x07" + `"}`},
	}, offlineForFuzz, filepath.Join("testdata", "*.json"), build, "ag_1")
}

// offlineForFuzz is a client with no key: encoding and decoding need none.
var offlineForFuzz = fuzzcheck.Offline(New)
