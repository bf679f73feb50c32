package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Dasha BlackBox's API host; the client appends
// /api/v1/agents and the other resource paths.
const DefaultBaseURL = "https://blackbox.dasha.ai"

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

type options struct {
	httpx.Options
}

// Descriptor is what agentdeck knows of Dasha BlackBox: its id, name,
// default address and auth style (a bearer token). The composition root
// lists it in the registry that storage, the command line and the terminal
// UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "Dasha BlackBox",
			Summary: "Voice agents with calling hours, webhook tools and MCP; pushed as one full agent.",
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{agent.AuthBearer},
		New:            httpx.Connect(New, nil),
	}
}
