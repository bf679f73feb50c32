package elevenlabs

import (
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
type Option = httpx.Option[options]

// The options every provider has (base URL, HTTP client, key source,
// timeout, retries), written and documented once in httpx.
var (
	WithBaseURL    = httpx.WithBaseURL[options]
	WithHTTPClient = httpx.WithHTTPClient[options]
	WithKeySource  = httpx.WithKeySource[options]
	WithTimeout    = httpx.WithTimeout[options]
	WithMaxRetries = httpx.WithMaxRetries[options]
)

// options is what options set before New builds the HTTP layer.
type options struct {
	httpx.Options
}

// WithAuthStyle picks the header the key is sent in: AuthXIAPIKey (the
// default, what ElevenLabs documents) or AuthXAPIKey (what seed 003 shows).
func WithAuthStyle(style string) Option {
	return httpx.WithAuthStyle[options]("ElevenLabs", style, Descriptor().AuthStyles)
}

// Descriptor is what agentdeck knows of ElevenLabs Agents: its id, name,
// default address and auth styles (xi-api-key by default, as ElevenLabs
// documents; x-api-key, as its seed, an anonymised copy, shows). The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "ElevenLabs Agents",
			Summary: "ElevenLabs' voice agents: its own voices, a wide choice of LLMs, built-in call tools.",
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXIAPIKey, AuthXAPIKey},
		// Its smallest plans allow 2 requests at once (help article on
		// concurrency limits; 429 concurrent_limit_exceeded past them).
		Concurrency: 2,
		New: httpx.Connect(New, func(c agent.Connection) []Option {
			return []Option{WithAuthStyle(c.AuthStyle)}
		}),
	}
}
