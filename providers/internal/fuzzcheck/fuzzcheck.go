// Package fuzzcheck holds the properties every provider must keep whatever
// a document or an answer holds, for the providers' fuzz targets: decoding
// never panics and what it accepts encodes back losslessly, and any answer
// a server could send becomes either a result or one plain, bounded error of
// a known kind — and a create the server said yes to is never reported as a
// clear failure (the next push would make a second agent).
//
// The checks call only the agent.Provider contract, so each provider's fuzz
// file is a few lines: seeds, and a constructor that takes an *http.Client.
package fuzzcheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
)

// Key is the API key the answer checks build providers with; it must never
// appear in an error.
const Key = "fuzz-key-NEVER-SHOWN-0123456789"

// MaxMessage is the most characters an error message or a field message may
// hold: enough for any sentence a provider writes, never a whole body.
const MaxMessage = 500

// refsAsValues resolves every secret reference to its own text, so encoding
// a decoded document must give back that decoded document exactly.
type refsAsValues struct{}

func (refsAsValues) Secret(ref agent.SecretRef) (string, bool) { return string(ref), ref != "" }

// Decode checks one document against p: Decode must not panic, and a
// document it accepts must encode back to the same JSON, key order aside
// (the lossless rule), and decode again to the same agent.
//
// completes names top-level keys the provider's request requires and
// Encode adds when a document lacks them (Nova's "type"): a document
// without one is not a request the provider would take, so adding it is
// completing, not changing. Nothing else may be added, changed or lost.
func Decode(t testing.TB, p agent.Provider, doc []byte, completes ...string) {
	t.Helper()
	d, err := p.Decode(doc)
	if err != nil {
		if err.Error() == "" {
			t.Fatalf("Decode refused the document with an empty error")
		}
		return
	}
	out, err := p.Encode(&d.Agent, d.Native, refsAsValues{})
	if err != nil {
		t.Fatalf("Decode accepted the document but Encode refused it: %v\ndocument: %q", err, doc)
	}
	completed := withoutCompletions(out, d.Native, completes)
	if !SameJSON(completed, d.Native) {
		t.Fatalf("encoding with no edits changed the document:\nnative:  %s\nencoded: %s\ndocument: %q", d.Native, out, doc)
	}
	again, err := p.Decode(out)
	if err != nil {
		t.Fatalf("the encoded document does not decode: %v\nencoded: %s", err, out)
	}
	if bytes.Equal(completed, out) {
		if changes := agent.Diff(&d.Agent, &again.Agent); len(changes) > 0 {
			t.Fatalf("decode → encode → decode changed the agent: %v\ndocument: %q", changes, doc)
		}
	}
	// Whatever was completed, a second round changes nothing more.
	out2, err := p.Encode(&again.Agent, again.Native, refsAsValues{})
	if err != nil || !SameJSON(out2, out) {
		t.Fatalf("encoding is not stable: %v\nfirst:  %s\nsecond: %s", err, out, out2)
	}
}

// withoutCompletions removes from encoded the top-level keys of completes
// that native lacks; encoded is returned as it is when there are none.
func withoutCompletions(encoded, native []byte, completes []string) []byte {
	if len(completes) == 0 {
		return encoded
	}
	var enc, nat map[string]json.RawMessage
	if json.Unmarshal(encoded, &enc) != nil || json.Unmarshal(native, &nat) != nil {
		return encoded
	}
	removed := false
	for _, k := range completes {
		if _, had := nat[k]; !had {
			if _, added := enc[k]; added {
				delete(enc, k)
				removed = true
			}
		}
	}
	if !removed {
		return encoded
	}
	out, err := json.Marshal(enc)
	if err != nil {
		return encoded
	}
	return out
}

// SameJSON reports whether a and b are the same JSON value, key order aside
// and numbers compared by their text.
func SameJSON(a, b []byte) bool {
	va, okA := generic(a)
	vb, okB := generic(b)
	return okA && okB && reflect.DeepEqual(va, vb)
}

func generic(doc []byte) (any, bool) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil, false
	}
	return v, true
}

// Answering is an HTTP client on which every request gets status and body,
// without a network.
func Answering(status int, body []byte) *http.Client {
	return &http.Client{Transport: answer{status: status, body: body}}
}

type answer struct {
	status int
	body   []byte
}

func (a answer) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_, _ = io.Copy(io.Discard, r.Body)
		_ = r.Body.Close()
	}
	return &http.Response{
		StatusCode: a.status,
		Status:     http.StatusText(a.status),
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       io.NopCloser(bytes.NewReader(a.body)),
		Request:    r,
	}, nil
}

// Answer runs every network call of the provider build returns (built on
// the given client, with Key and no retries) against one answer, and checks
// what comes back. remoteID is an id the provider accepts; doc a body it
// would send.
func Answer(t testing.TB, build func(*http.Client) (agent.Provider, error), status int, body []byte, doc []byte, remoteID string) {
	t.Helper()
	if status < 100 || status > 599 {
		return
	}
	p, err := build(Answering(status, body))
	if err != nil {
		t.Fatalf("build the provider: %v", err)
	}
	ctx := context.Background()
	ok := status >= 200 && status < 300

	id, err := p.Create(ctx, doc)
	switch {
	case ok && err == nil && id == "":
		t.Fatalf("create answered %d succeeded with no id; body %q", status, body)
	case ok && err != nil && !errors.Is(err, agent.ErrAmbiguous):
		t.Fatalf("create answered %d (the agent was made) failed as if nothing was made: %v; body %q", status, err, body)
	case status >= 500 && !errors.Is(err, agent.ErrAmbiguous):
		t.Fatalf("create answered %d must be ambiguous, got %v; body %q", status, err, body)
	}
	checkError(t, "create", status, body, err)

	checkError(t, "update", status, body, p.Update(ctx, remoteID, doc))
	_, err = p.Get(ctx, remoteID)
	checkError(t, "get", status, body, err)
	_, err = p.List(ctx)
	checkError(t, "list", status, body, err)
}

var kinds = []error{
	agent.ErrUnauthorized, agent.ErrInvalid, agent.ErrNotFound, agent.ErrRateLimited,
	agent.ErrUnavailable, agent.ErrConflict, agent.ErrAmbiguous, agent.ErrUnreadable, agent.ErrRedirected,
}

// checkError: an error of a non-2xx answer is always there, of a known
// kind, and short, one line, plain and free of the key.
func checkError(t testing.TB, op string, status int, body []byte, err error) {
	t.Helper()
	if err == nil {
		if status >= 300 {
			t.Fatalf("%s answered %d did not fail; body %q", op, status, body)
		}
		return
	}
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		t.Fatalf("%s answered %d: %T is not a *agent.ProviderError: %v", op, status, err, err)
	}
	known := false
	for _, k := range kinds {
		known = known || errors.Is(err, k)
	}
	if !known {
		t.Fatalf("%s answered %d: error of no known kind: %v", op, status, err)
	}
	if strings.Contains(err.Error(), Key) {
		t.Fatalf("%s answered %d: the error shows the API key: %v", op, status, err)
	}
	texts := []string{pe.Message, pe.Code}
	for _, f := range pe.Fields {
		texts = append(texts, f.Message, f.Path)
	}
	for _, s := range texts {
		if n := len([]rune(s)); n > MaxMessage {
			t.Fatalf("%s answered %d: a message of %d characters (at most %d): %.80q…", op, status, n, MaxMessage, s)
		}
		if i := strings.IndexFunc(s, unicode.IsControl); i >= 0 {
			t.Fatalf("%s answered %d: a message with a control character %q at %d: %q", op, status, s[i], i, s)
		}
	}
}
