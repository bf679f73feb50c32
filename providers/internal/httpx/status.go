package httpx

import (
	"context"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

func kindFor(status int) error {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return agent.ErrUnauthorized
	case status == http.StatusNotFound:
		return agent.ErrNotFound
	case status == http.StatusConflict:
		return agent.ErrConflict
	case status == http.StatusTooManyRequests:
		return agent.ErrRateLimited
	case status >= 500:
		return agent.ErrUnavailable
	default:
		return agent.ErrInvalid
	}
}

func plainStatus(status int) string {
	switch {
	case status == http.StatusUnauthorized:
		return "the provider did not accept the API key"
	case status == http.StatusForbidden:
		return "the API key is not allowed to do this"
	case status == http.StatusNotFound:
		return "the provider has no such agent"
	case status == http.StatusTooManyRequests:
		return "the provider is rate limiting us"
	case status >= 500:
		// The status itself is shown beside the message (ProviderError.Error
		// and the command line add "(HTTP n)"), so it is not repeated here.
		return "the provider had a problem on its side"
	default:
		return "the provider rejected the request"
	}
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
		return time.Duration(secs * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// withSentTrace sets *sent once the request has been written to the
// connection, which separates "never left" from "may have arrived".
func withSentTrace(ctx context.Context, sent *atomic.Bool) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(httptrace.WroteRequestInfo) { sent.Store(true) },
	})
}

// MissingSetting is the error of a network call made before a setting it
// needs was given (the API key, an organization or workspace id): kind
// agent.ErrUnauthorized, and a message in one wording for every provider
// that says where to set it, e.g. "no API key for Nova: set
// AGENTDECK_NOVA_API_KEY or add it in Settings".
func MissingSetting(provider, op, setting, providerName, envVar string) error {
	return &agent.ProviderError{
		Provider: provider, Op: op, Kind: agent.ErrUnauthorized,
		Message: "no " + setting + " for " + providerName + ": set " + envVar + " or add it in Settings",
		Err:     &agent.NotSetError{Setting: setting, EnvVar: envVar},
	}
}
