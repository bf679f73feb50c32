package nova

import (
	"fmt"
	"net/http"
	"strings"
	"time"

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
type Option func(*options) error

type options struct {
	httpx.Options
	orgID     string
	authStyle string
}

// WithBaseURL sets the API address, including any path prefix (for example
// https://v2-nova-api.prod.czmx.in/api). It must be https://, except for
// localhost.
func WithBaseURL(raw string) Option {
	return func(o *options) error { return o.SetBaseURL(raw) }
}

// WithOrgID sets the organization every agent path lives under. An empty id
// leaves it unset: encoding works, and network calls explain how to set it.
func WithOrgID(id string) Option {
	return func(o *options) error {
		id = strings.TrimSpace(id)
		if strings.ContainsAny(id, "/?#% \t") {
			return fmt.Errorf("the Nova organization id %q has characters an id cannot have; copy it again from the Nova dashboard", id)
		}
		o.orgID = id
		return nil
	}
}

// WithAuthStyle chooses how the API key is sent: AuthXAPIKey (the default)
// or AuthBearer.
func WithAuthStyle(style string) Option {
	return func(o *options) error {
		styles := Descriptor().AuthStyles
		picked, err := httpx.PickAuthStyle("Nova", style, styles[0], styles[1:]...)
		if err != nil {
			return err
		}
		o.authStyle = picked
		return nil
	}
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
