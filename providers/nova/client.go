// Package nova is the client for Nova, Cozmo AI's voice-agent API
// (https://docs.cozmox.ai/api-reference). A push is two calls: a create that
// takes only name, type, prompt and copy source, then a PATCH with the rest.
package nova

import (
	"net/http"
	"net/url"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/nativedoc"
)

// ProviderID is Nova's id in drafts, settings and environment variables.
const ProviderID = "nova"

// Client talks to one Nova organization. It implements agent.Provider.
type Client struct {
	orgID string
	http  *httpx.Client
	doc   nativedoc.Kind
}

var (
	_ agent.Provider     = (*Client)(nil)
	_ agent.NativeMerger = (*Client)(nil)
)

// New returns a client. An empty apiKey is allowed, so that encoding,
// decoding and validation work offline; network calls then fail with a
// message that says how to add the key.
func New(apiKey string, opts ...Option) (*Client, error) {
	o, err := httpx.Configure(options{Options: httpx.Options{BaseURL: DefaultBaseURL, AuthStyle: AuthXAPIKey}}, opts)
	if err != nil {
		return nil, err
	}
	style := o.AuthStyle
	fields := mappedFields()
	h, err := httpx.New(o.Apply(httpx.Config{
		Provider: ProviderID,
		Auth:     func(h http.Header) { setAuth(h, style, apiKey) },
		Secrets:  []string{apiKey},
		Name:     "Nova",
		Needs: []httpx.Setting{
			{Value: apiKey, Name: "API key", EnvVar: "AGENTDECK_NOVA_API_KEY"},
			{Value: o.orgID, Name: "organization id", EnvVar: "AGENTDECK_NOVA_ORG_ID"},
		},
		DecodeError: errorDecoder(fields),
	}))
	if err != nil {
		return nil, err
	}
	return &Client{orgID: o.orgID, http: h, doc: document(fields)}, nil
}

func setAuth(h http.Header, style, key string) {
	if style == AuthBearer {
		h.Set("Authorization", "Bearer "+key)
		return
	}
	h.Set("X-API-Key", key)
}

// Info names Nova and says that a push creates first, then configures.
func (c *Client) Info() agent.ProviderInfo { return Descriptor().Info }

// orgPath is the path of the organization every agent lives under. Without
// an org id it shows the placeholder, which only dry runs ever display.
func (c *Client) orgPath() string {
	if c.orgID == "" {
		return "/org/{org_id}"
	}
	return "/org/" + url.PathEscape(c.orgID)
}
