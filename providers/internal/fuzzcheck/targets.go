package fuzzcheck

import (
	"net/http"
	"slices"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// The two fuzz targets every provider runs, written once: a provider's
// FuzzDecode and FuzzAnswer call these with its seeds and constructors.

// Reply is a status and a body a server might answer with: a seed of
// FuzzAnswers.
type Reply struct {
	Status int
	Body   string
}

// FuzzDecode fuzzes Decode (import and pull) of the provider offline makes
// (one with no key, built anew for the seeds and for the fuzzing): it must never panic, and what it accepts must encode
// back unchanged (see Decode, which also explains completes). Seeds are the
// documents matching glob, a fresh draft of each template (see Seeds) and
// extra.
func FuzzDecode(f *testing.F, offline func(testing.TB) agent.Provider, glob string, extra []string, completes ...string) {
	for _, doc := range Seeds(f, offline(f), glob) {
		f.Add(doc)
	}
	for _, doc := range extra {
		f.Add([]byte(doc))
	}
	c := offline(f)
	f.Fuzz(func(t *testing.T, doc []byte) { Decode(t, c, doc, completes...) })
}

// commonReplies are seeds for every provider, besides its own replies: an
// answer that is not JSON, an empty not-found and a proxy's HTML page.
var commonReplies = []Reply{
	{Status: 200, Body: `not json`},
	{Status: 404, Body: `{}`},
	{Status: 500, Body: `<html>oops</html>`},
}

// FuzzAnswers gives every network call of the provider build makes any
// status and body a server could send, starting from replies and
// commonReplies (see Answer):
// the document pushed is the first of Seeds(glob) as offline's provider
// encodes it, and remoteID the agent the calls work on.
func FuzzAnswers(f *testing.F, replies []Reply, offline func(testing.TB) agent.Provider, glob string,
	build func(*http.Client) (agent.Provider, error), remoteID string,
) {
	for _, r := range slices.Concat(replies, commonReplies) {
		f.Add(r.Status, []byte(r.Body))
	}
	doc := Seeds(f, offline(f), glob)[0]
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		Answer(t, build, status, body, doc, remoteID)
	})
}
