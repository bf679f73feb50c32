package trillet

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Trillet's API address (DESIGN.md §1).
const DefaultBaseURL = "https://api.trillet.ai"

// Option configures a Client.
type Option func(*options) error

type options struct {
	httpx.Options
	workspaceID  string
	updateMethod string
}

// WithBaseURL sets the API address, including any path prefix. It must be
// https://, except for localhost.
func WithBaseURL(raw string) Option {
	return func(o *options) error { return o.SetBaseURL(raw) }
}

// WithWorkspaceID sets the workspace sent as x-workspace-id on every call.
// An empty id leaves it unset: encoding works, and network calls explain how
// to set it.
func WithWorkspaceID(id string) Option {
	return func(o *options) error {
		id = strings.TrimSpace(id)
		if strings.ContainsAny(id, "\r\n\t ") {
			return fmt.Errorf("the Trillet workspace id %q has spaces or line breaks; copy it again from the Trillet dashboard", id)
		}
		o.workspaceID = id
		return nil
	}
}

// WithUpdateMethod chooses the verb of an update: PUT, as every endpoint
// page and seed 002 show (the default), or PATCH, as Trillet's overview page
// lists it.
func WithUpdateMethod(method string) Option {
	return func(o *options) error {
		switch m := strings.ToUpper(strings.TrimSpace(method)); m {
		case "", http.MethodPut:
			o.updateMethod = http.MethodPut
		case http.MethodPatch:
			o.updateMethod = http.MethodPatch
		default:
			return fmt.Errorf("the Trillet update method %q is unknown; choose PUT or PATCH", method)
		}
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
