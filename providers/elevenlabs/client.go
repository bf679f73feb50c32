// Package elevenlabs is the ElevenLabs Agents (Conversational AI) provider:
// the API client, the mapping between agent.Agent and ElevenLabs' agent
// document, its capabilities and its validation rules.
//
// API reference: https://elevenlabs.io/docs/api-reference/agents/create
package elevenlabs

import (
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// ProviderID is this provider's id in drafts, settings and flags.
const ProviderID = "elevenlabs"

// Client talks to the ElevenLabs Agents API. It implements agent.Provider.
// Encoding, decoding and validation need no key; network calls do.
type Client struct {
	http *httpx.Client
}

var _ agent.Provider = (*Client)(nil)

// New returns a client that authenticates with apiKey. An empty apiKey is
// allowed so drafts can be encoded, decoded and validated offline; network
// calls then fail with agent.ErrUnauthorized and say how to add a key.
func New(apiKey string, opts ...Option) (*Client, error) {
	o, err := httpx.Configure(options{Options: httpx.Options{BaseURL: DefaultBaseURL, AuthStyle: AuthXIAPIKey}}, opts)
	if err != nil {
		return nil, err
	}
	key := strings.TrimSpace(apiKey)
	header := o.AuthStyle
	hc, err := httpx.New(o.Apply(httpx.Config{
		Provider: ProviderID,
		Auth: func(h http.Header) {
			if key != "" {
				h.Set(header, key)
			}
		},
		Secrets:     []string{key},
		Name:        "ElevenLabs",
		Needs:       []httpx.Setting{{Value: key, Name: "API key", EnvVar: "AGENTDECK_ELEVENLABS_API_KEY"}},
		UserAgent:   "agentdeck (elevenlabs)",
		DecodeError: decodeError,
	}))
	if err != nil {
		return nil, err
	}
	return &Client{http: hc}, nil
}

// Info implements agent.Provider.
func (c *Client) Info() agent.ProviderInfo { return Descriptor().Info }
