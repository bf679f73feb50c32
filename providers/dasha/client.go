package dasha

import (
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// ProviderID is Dasha's id in drafts, settings and on the command line.
const ProviderID = "dasha"

// Client talks to Dasha BlackBox. It implements agent.Provider. Encoding,
// decoding and validation work without an API key; the network methods need
// one.
type Client struct {
	http *httpx.Client
}

var _ agent.Provider = (*Client)(nil)

// New returns a client for the given API key. An empty key is allowed, so
// drafts can be exported and checked offline; network calls then fail with
// agent.ErrUnauthorized and say how to add a key.
func New(apiKey string, opts ...Option) (*Client, error) {
	o, err := httpx.Configure(options{Options: httpx.Options{BaseURL: DefaultBaseURL}}, opts)
	if err != nil {
		return nil, err
	}
	apiKey = strings.TrimSpace(apiKey)
	h, err := httpx.New(o.Apply(httpx.Config{
		Provider:    ProviderID,
		Auth:        func(h http.Header) { h.Set("Authorization", "Bearer "+apiKey) },
		Secrets:     []string{apiKey},
		Name:        "Dasha",
		Needs:       []httpx.Setting{{Value: apiKey, Name: "API key", EnvVar: "AGENTDECK_DASHA_API_KEY"}},
		DecodeError: decodeProblem,
	}))
	if err != nil {
		return nil, err
	}
	return &Client{http: h}, nil
}

// Info names the provider for people and for the submit flow.
func (c *Client) Info() agent.ProviderInfo { return Descriptor().Info }
