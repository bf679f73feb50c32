package dasha

import (
	"context"
	"net/http"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Dasha BlackBox's API host; the client appends
// /api/v1/agents and the other resource paths.
const DefaultBaseURL = "https://blackbox.dasha.ai"

// Option configures a Client.
type Option func(*options) error

type options struct {
	httpx.Options
}

// WithBaseURL sets the API address, including any path prefix (for example
// the regional host https://blackbox.ru.dasha.ai). It must be https://,
// except for localhost.
func WithBaseURL(raw string) Option {
	return func(o *options) error { return o.SetBaseURL(raw) }
}

// WithHTTPClient sets the HTTP client requests go through.
func WithHTTPClient(c *http.Client) Option {
	return func(o *options) error { return o.SetHTTPClient(c) }
}

// WithKeySource says where the API key came from (an environment variable,
// the credentials file), so that a malformed key is named with its place.
func WithKeySource(where string) Option {
	return func(o *options) error { o.KeySource = where; return nil }
}

// WithTimeout sets how long one attempt of a request may take.
func WithTimeout(d time.Duration) Option {
	return func(o *options) error { return o.SetTimeout(d) }
}

// WithMaxRetries sets how many times a failed request is tried again (0 for
// never). Creates are never repeated once they may have arrived.
func WithMaxRetries(n int) Option {
	return func(o *options) error { return o.SetMaxRetries(n) }
}

// withWaits replaces the waits between attempts; tests use it so a
// Retry-After of minutes passes at once.
func withWaits(sleep func(ctx context.Context, d time.Duration) error, jitter func(time.Duration) time.Duration) Option {
	return func(o *options) error {
		o.Sleep, o.Jitter = sleep, jitter
		return nil
	}
}
