package dasha

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Dasha BlackBox's API host; the client appends
// /api/v1/agents and the other resource paths.
const DefaultBaseURL = "https://blackbox.dasha.ai"

// Option configures a Client.
type Option func(*settings) error

type settings struct {
	baseURL    string
	httpClient *http.Client
	timeout    time.Duration
	maxRetries int
	// sleep and jitter replace the real waits in tests.
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration
}

// WithBaseURL sets the API address, including any path prefix (for example
// the regional host https://blackbox.ru.dasha.ai). It must be https://,
// except for localhost.
func WithBaseURL(raw string) Option {
	return func(s *settings) error {
		if _, err := httpx.CheckBaseURL(raw); err != nil {
			return err
		}
		s.baseURL = raw
		return nil
	}
}

// WithHTTPClient sets the HTTP client requests go through.
func WithHTTPClient(c *http.Client) Option {
	return func(s *settings) error {
		if c == nil {
			return errors.New("dasha: the HTTP client must not be nil")
		}
		s.httpClient = c
		return nil
	}
}

// WithTimeout sets how long one attempt of a request may take.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return errors.New("dasha: the timeout must be longer than zero")
		}
		s.timeout = d
		return nil
	}
}

// WithMaxRetries sets how often a failed request is tried again (0 for
// never). Creates are never repeated once they may have arrived.
func WithMaxRetries(n int) Option {
	return func(s *settings) error {
		if n < 0 || n > 10 {
			return errors.New("dasha: retries must be from 0 to 10")
		}
		s.maxRetries = n
		if n == 0 {
			s.maxRetries = -1 // httpx reads 0 as "the default"
		}
		return nil
	}
}

// withWaits replaces the waits between attempts; tests use it so a
// Retry-After of minutes passes at once.
func withWaits(sleep func(ctx context.Context, d time.Duration) error, jitter func(time.Duration) time.Duration) Option {
	return func(s *settings) error {
		s.sleep, s.jitter = sleep, jitter
		return nil
	}
}
