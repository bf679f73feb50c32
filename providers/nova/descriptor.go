package nova

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Nova's API address (DESIGN.md §1). The organization path
// /org/{org_id} is added by the client.
const DefaultBaseURL = "https://v2-nova-api.prod.czmx.in/api"

// Auth styles: how the API key travels.
const (
	// AuthXAPIKey sends "X-API-Key: <key>", as seeds 000 and 001 show.
	AuthXAPIKey = agent.AuthXAPIKey
	// AuthBearer sends "Authorization: Bearer <key>", as older Nova docs and
	// the official SDKs do.
	AuthBearer = agent.AuthBearer
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

type options struct {
	httpx.Options
	orgID string
}

// WithOrgID sets the organization every agent path lives under. An empty id
// leaves it unset: encoding works, and network calls explain how to set it.
func WithOrgID(id string) Option {
	return httpx.WithAccountID(id, "/?#% \t",
		"the Nova organization id %q has characters an id cannot have; copy it again from the Nova dashboard",
		func(o *options, id string) { o.orgID = id })
}

// WithAuthStyle chooses how the API key is sent: AuthXAPIKey (the default)
// or AuthBearer.
func WithAuthStyle(style string) Option {
	return httpx.WithAuthStyle[options]("Nova", style, Descriptor().AuthStyles)
}

// Descriptor is what agentdeck knows of Nova: its id, name, default address,
// auth styles (X-API-Key by default, as its seeds send; a bearer token, as
// its other docs do), and that every request names an organisation. The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:               ProviderID,
			Name:             "Nova",
			Summary:          "Cozmo AI's Nova: voice, chat and video agents, pushed in two steps (create, then configure).",
			CreateThenUpdate: true,
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXAPIKey, AuthBearer},
		NeedsOrgID:     true,
		// Seeds 000/001 say only "X-API-Key, header, required" and
		// "org_id: Organization ID"; reference/providers.md §1.2 adds the
		// SDK's variable names. None says where the dashboard shows them.
		KeyHelp: "The API key of your Nova account; kept in the credentials file only. " +
			"Nova's API docs say every request sends it but not where the dashboard shows it; " +
			"if you use Cozmo AI's own SDK, it is the key you put in COZMOAI_API_KEY.",
		AccountHelp: "The id of your Nova organisation; every request names it. " +
			"Nova's API docs do not say where the dashboard shows it; " +
			"if you use Cozmo AI's own SDK, it is the id you put in COZMO_ORG_ID.",
		New: httpx.Connect(New, func(c agent.Connection) []Option {
			return []Option{WithOrgID(c.OrgID), WithAuthStyle(c.AuthStyle)}
		}),
	}
}
