package trillet

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// DefaultBaseURL is Trillet's API address (DESIGN.md §1).
const DefaultBaseURL = "https://api.trillet.ai"

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
	workspaceID  string
	updateMethod string
}

// WithWorkspaceID sets the workspace sent as x-workspace-id on every call.
// An empty id leaves it unset: encoding works, and network calls explain how
// to set it.
func WithWorkspaceID(id string) Option {
	return httpx.WithAccountID(id, "\r\n\t ",
		"the Trillet workspace id %q has spaces or line breaks; copy it again from the Trillet dashboard",
		func(o *options, id string) { o.workspaceID = id })
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

// Descriptor is what agentdeck knows of Trillet: its id, name, default
// address, auth style (X-API-Key), and that every request names a workspace.
// The composition root lists it in the registry that storage, the command
// line and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "Trillet",
			Summary: "Trillet call agents: voice, model, smart callbacks and phone numbers (its API has no prompt field).",
		},
		DefaultBaseURL:   DefaultBaseURL,
		AuthStyles:       []string{agent.AuthXAPIKey},
		NeedsWorkspaceID: true,
		// Seed 002 describes the headers only as "API key used for
		// authenticating requests to the API" and "Workspace identifier for
		// the API"; reference/providers.md §2.1 adds nothing on where the
		// dashboard shows them.
		KeyHelp: "The API key of your Trillet account; kept in the credentials file only. " +
			"Trillet's API docs say every request sends it but not where the dashboard shows it.",
		AccountHelp: "The id of your Trillet workspace; every request names it. " +
			"Trillet's API docs call it the workspace identifier and do not say where the dashboard shows it.",
		// The Developer plan allows 60 requests a minute and 1 at a time
		// (API introduction, best practices).
		Concurrency: 1,
		New: httpx.Connect(New, func(c agent.Connection) []Option {
			return []Option{WithWorkspaceID(c.WorkspaceID)}
		}),
	}
}
