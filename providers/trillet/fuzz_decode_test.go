package trillet

import (
	"path/filepath"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fuzzcheck"
)

// FuzzDecode feeds Decode (import and pull) any document: it must never
// panic, and what it accepts must encode back unchanged.
func FuzzDecode(f *testing.F) {
	fuzzcheck.FuzzDecode(f, offlineForFuzz, filepath.Join("testdata", "*.json"), []string{`{}`, `[]`, `null`, `{"name":7}`, `{"name":"x","extra":[1,{"y":null}],"n":1.10}`})
}

// FuzzAnswer gives every network call any status and body a server could
// send: a result or one plain, bounded error of a known kind, never the key,
// and a create Trillet said yes to is never a clear failure.
func FuzzAnswer(f *testing.F) {
	build := fuzzcheck.Client(New, WithBaseURL("https://trillet.example.test"), WithWorkspaceID("ws_1"))
	fuzzcheck.FuzzAnswers(f, []fuzzcheck.Reply{
		{Status: 400, Body: `{"error":{"code":"validation_error","message":"name is required"}}`},
		{Status: 429, Body: `{"error":{"code":"rate_limited","message":"slow down","reset_at":"2026-01-01T00:00:00Z"}}`},
		{Status: 401, Body: `{"error":{"code":"unauthorized","message":"bad key ` + fuzzcheck.Key + `"}}`},
		{Status: 200, Body: `{"_id":"ag_1","name":"x"}`},
		{Status: 200, Body: `{"agent":{"_id":"ag_1"}}`},
		{Status: 200, Body: `{"agents":[{"_id":"a","name":"x"}]}`},
		{Status: 503, Body: "\x1b[2J"},
	}, offlineForFuzz, filepath.Join("testdata", "*.json"), build, "agent_1")
}

// offlineForFuzz is a client with no key: encoding and decoding need none.
var offlineForFuzz = fuzzcheck.Offline(New)
