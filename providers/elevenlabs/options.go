package elevenlabs

import (
	"net/http"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is ElevenLabs' Agents API. Data-residency hosts work the
// same way with their own host: https://api.eu.residency.elevenlabs.io/v1/convai.
const DefaultBaseURL = "https://api.elevenlabs.io/v1/convai"

// Auth styles: the header the API key travels in.
const (
	// AuthXIAPIKey is ElevenLabs' own header, xi-api-key (the default).
	AuthXIAPIKey = agent.AuthXIAPIKey
	// AuthXAPIKey is the x-api-key header that seed 003 (an anonymised copy
	// of ElevenLabs' docs) shows; some gateways in front of the API want it.
	AuthXAPIKey = agent.AuthXAPIKey
)

// Option configures a Client.
type Option func(*options) error

// options is what options set before New builds the HTTP layer.
type options struct {
	httpx.Options
	authStyle string
}

// WithBaseURL sets the API's address, including any path prefix (the client
// appends /agents/create, /agents/{id} …). It must be https://, or http://
// for a loopback host.
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

// WithAuthStyle picks the header the key is sent in: AuthXIAPIKey (the
// default, what ElevenLabs documents) or AuthXAPIKey (what seed 003 shows).
func WithAuthStyle(style string) Option {
	return func(o *options) error {
		styles := Descriptor().AuthStyles
		picked, err := httpx.PickAuthStyle("ElevenLabs", style, styles[0], styles[1:]...)
		if err != nil {
			return err
		}
		o.authStyle = picked
		return nil
	}
}
