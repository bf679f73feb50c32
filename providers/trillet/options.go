package trillet

import (
	"context"
	"errors"
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
	baseURL      string
	workspaceID  string
	updateMethod string
	httpClient   *http.Client
	timeout      time.Duration
	maxRetries   int
	sleep        func(ctx context.Context, d time.Duration) error
}

// WithBaseURL sets the API address, including any path prefix. It must be
// https://, except for localhost.
func WithBaseURL(raw string) Option {
	return func(o *options) error {
		if _, err := httpx.CheckBaseURL(raw); err != nil {
			return err
		}
		o.baseURL = strings.TrimRight(raw, "/")
		return nil
	}
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
	return func(o *options) error {
		if c == nil {
			return errors.New("the HTTP client is missing")
		}
		o.httpClient = c
		return nil
	}
}

// WithTimeout sets how long one attempt of a request may take.
func WithTimeout(d time.Duration) Option {
	return func(o *options) error {
		if d <= 0 {
			return fmt.Errorf("the timeout must be more than zero, not %s", d)
		}
		o.timeout = d
		return nil
	}
}

// WithMaxRetries sets how many times a failed request is tried again (0 for
// never). Creates are never repeated once they may have arrived.
func WithMaxRetries(n int) Option {
	return func(o *options) error {
		if n < 0 || n > 10 {
			return fmt.Errorf("the number of retries must be from 0 to 10, not %d", n)
		}
		o.maxRetries = n
		return nil
	}
}
