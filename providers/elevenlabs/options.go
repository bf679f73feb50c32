package elevenlabs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is ElevenLabs' Agents API. Data-residency hosts work the
// same way with their own host: https://api.eu.residency.elevenlabs.io/v1/convai.
const DefaultBaseURL = "https://api.elevenlabs.io/v1/convai"

// Auth styles: the header the API key travels in.
const (
	// AuthXIAPIKey is ElevenLabs' own header, xi-api-key (the default).
	AuthXIAPIKey = "xi-api-key"
	// AuthXAPIKey is the x-api-key header that seed 003 (an anonymised copy
	// of ElevenLabs' docs) shows; some gateways in front of the API want it.
	AuthXAPIKey = "x-api-key"
)

// Option configures a Client.
type Option func(*config) error

// config is what options set before New builds the HTTP layer.
type config struct {
	baseURL    string
	httpClient *http.Client
	timeout    time.Duration
	maxRetries int
	authStyle  string
	// sleep and jitter replace the real waits between retries; only the
	// package's tests set them.
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration
}

// WithBaseURL sets the API's address, including any path prefix (the client
// appends /agents/create, /agents/{id} …). It must be https://, or http://
// for a loopback host.
func WithBaseURL(raw string) Option {
	return func(c *config) error {
		if _, err := httpx.CheckBaseURL(raw); err != nil {
			return err
		}
		c.baseURL = raw
		return nil
	}
}

// WithHTTPClient sets the HTTP client requests go through.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) error {
		if hc == nil {
			return errors.New("elevenlabs: the HTTP client is nil")
		}
		c.httpClient = hc
		return nil
	}
}

// WithTimeout sets how long one attempt of a request may take.
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("elevenlabs: the timeout must be positive, not %s", d)
		}
		c.timeout = d
		return nil
	}
}

// WithMaxRetries sets how many times a failed request is tried again (0 for
// never). Creates are never repeated once they may have arrived.
func WithMaxRetries(n int) Option {
	return func(c *config) error {
		if n < 0 || n > 10 {
			return fmt.Errorf("elevenlabs: retries must be from 0 to 10, not %d", n)
		}
		c.maxRetries = n
		return nil
	}
}

// WithAuthStyle picks the header the key is sent in: AuthXIAPIKey (the
// default, what ElevenLabs documents) or AuthXAPIKey (what seed 003 shows).
func WithAuthStyle(style string) Option {
	return func(c *config) error {
		switch style {
		case AuthXIAPIKey, AuthXAPIKey:
			c.authStyle = style
			return nil
		case "":
			c.authStyle = AuthXIAPIKey
			return nil
		}
		return fmt.Errorf("elevenlabs: the auth style %q is not known; use %s or %s", style, AuthXIAPIKey, AuthXAPIKey)
	}
}
