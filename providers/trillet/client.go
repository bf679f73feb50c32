// Package trillet is the client for Trillet's call-agent API
// (https://docs.trillet.ai/v1/api-reference). An agent is created with one
// POST and updated with a PUT (or PATCH, see WithUpdateMethod).
package trillet

import (
	"net/http"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/nativedoc"
)

// ProviderID is Trillet's id in drafts, settings and environment variables.
const ProviderID = "trillet"

// Client talks to one Trillet workspace. It implements agent.Provider.
type Client struct {
	updateMethod string
	http         *httpx.Client
	doc          nativedoc.Kind
}

var _ agent.Provider = (*Client)(nil)

// New returns a client. An empty apiKey is allowed, so that encoding,
// decoding and validation work offline; network calls then fail with a
// message that says how to add the key.
func New(apiKey string, opts ...Option) (*Client, error) {
	o, err := httpx.Configure(options{Options: httpx.Options{BaseURL: DefaultBaseURL}, updateMethod: http.MethodPut}, opts)
	if err != nil {
		return nil, err
	}
	fields := mappedFields()
	workspace := o.workspaceID
	h, err := httpx.New(o.Apply(httpx.Config{
		Provider: ProviderID,
		Auth: func(h http.Header) {
			h.Set("x-api-key", apiKey)
			h.Set("x-workspace-id", workspace)
		},
		Secrets: []string{apiKey},
		Name:    "Trillet",
		Needs: []httpx.Setting{
			{Value: apiKey, Name: "API key", EnvVar: "AGENTDECK_TRILLET_API_KEY"},
			{Value: o.workspaceID, Name: "workspace id", EnvVar: "AGENTDECK_TRILLET_WORKSPACE_ID"},
		},
		DecodeError: errorDecoder(fields),
		RetryAfter:  retryAfter,
	}))
	if err != nil {
		return nil, err
	}
	return &Client{updateMethod: o.updateMethod, http: h, doc: document(fields)}, nil
}

// Info names Trillet for people and the submit flow.
func (c *Client) Info() agent.ProviderInfo { return Descriptor().Info }
