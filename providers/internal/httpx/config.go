// Package httpx is the HTTP plumbing every provider client shares: base URL
// checks, auth headers, timeouts, bounded reads, retries, status-to-error
// mapping and redaction of secrets. It keeps only HTTP: provider documents
// are read, overlaid and written with internal/jsondoc.
package httpx

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/baseurl"
)

// Defaults for every provider client.
const (
	DefaultTimeout    = 30 * time.Second
	DefaultMaxRetries = 2
	// MaxRetryAfter is the longest Retry-After we wait out; a longer one is
	// reported to the person instead.
	MaxRetryAfter = 60 * time.Second
	maxErrorBody  = 64 << 10
	// backstopTimeout bounds a whole request, redirects included; the
	// per-attempt context carries the real timeout.
	backstopTimeout = 5 * time.Minute
)

// Config configures a Client. Provider, BaseURL and Auth are required.
type Config struct {
	Provider string // provider id, used in errors
	BaseURL  string // includes any path prefix; the client appends resource paths
	// Auth sets the authentication headers on a request.
	Auth func(h http.Header)
	// KeySource says where the API key came from, for the error of a key
	// that cannot be sent (a line break inside it); "" when not known.
	KeySource string
	// Secrets are values that must never appear in errors or logs (the API
	// key, workspace ids are not secret).
	Secrets    []string
	HTTPClient *http.Client
	Timeout    time.Duration // per attempt; DefaultTimeout when 0
	MaxRetries int           // DefaultMaxRetries when 0; negative means none
	UserAgent  string
	// DecodeError reads a provider's error body into e (Message, Code,
	// Fields, RequestID). It may leave e alone when the body is not the
	// provider's error shape.
	DecodeError func(e *agent.ProviderError, body []byte)
	// RetryAfter may read a wait from an error body (Trillet's reset_at);
	// zero means none was found.
	RetryAfter func(body []byte, now time.Time) time.Duration
	// Sleep waits between attempts; tests replace it. It must return early
	// with ctx.Err() when ctx is done.
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter returns a random duration in [0, d); tests replace it.
	Jitter func(d time.Duration) time.Duration
	// Name is the provider's name in the messages of Ready ("Nova").
	Name string
	// Needs are the settings every network call needs, in the order Ready
	// checks them: the API key first, then an organization or workspace id.
	Needs []Setting
}

// CheckBaseURL is the one base URL rule (package baseurl): https://, and
// http:// only for loopback hosts, so an API key is never sent in clear
// text over a network.
func CheckBaseURL(raw string) (*url.URL, error) { return baseurl.Check(raw) }

// Sleep waits d, or until ctx ends (then it returns ctx's error): the
// wait between attempts, and between a provider's polls of a long run.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
