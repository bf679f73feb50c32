package agent

import (
	"fmt"
	"strings"
	"time"
)

// Auth styles: how a provider's API key travels. Each provider's descriptor
// lists the ones it accepts.
const (
	AuthXAPIKey  = "x-api-key"  // header X-API-Key: <key>
	AuthXIAPIKey = "xi-api-key" // header xi-api-key: <key>
	AuthBearer   = "bearer"     // header Authorization: Bearer <key>
)

// Descriptor is what agentdeck knows of one provider before building a
// client for it. Each provider package exports one; the composition root
// puts them in a Registry, and storage, the command line and the terminal
// UI read these facts from there, so each is written once.
type Descriptor struct {
	Info             ProviderInfo // id, name, summary
	DefaultBaseURL   string       // where its API lives unless a setting says otherwise
	AuthStyles       []string     // the auth styles it accepts, the default first
	NeedsOrgID       bool         // every request names an organisation (Nova)
	NeedsWorkspaceID bool         // every request names a workspace (Trillet)
	// KeyHelp and AccountHelp say, in plain words, where the provider's
	// docs say to find its API key and its organisation or workspace id,
	// or that they do not say; the settings screen shows them as help. ""
	// leaves agentdeck's general words.
	KeyHelp, AccountHelp string
	// Concurrency is how many drafts `agentdeck apply` pushes to it at once
	// unless told otherwise: what its documented limits allow; 0 means
	// DefaultConcurrency.
	Concurrency int
	// New builds the client from a connection. An empty key is fine:
	// encoding, decoding and validation work offline, and network calls
	// then say how to add a key.
	New func(Connection) (Provider, error)
}

// Offline builds the provider for work that sends nothing — capabilities,
// validation, encoding, a new draft's template — at its default address,
// without a key or settings.
func (d Descriptor) Offline() (Provider, error) {
	return d.New(Connection{BaseURL: d.DefaultBaseURL})
}

// DefaultConcurrency is how many drafts apply pushes at once to a
// provider that documents no limit.
const DefaultConcurrency = 4

// ApplyConcurrency is Concurrency, or DefaultConcurrency when it is not set.
func (d Descriptor) ApplyConcurrency() int {
	if d.Concurrency > 0 {
		return d.Concurrency
	}
	return DefaultConcurrency
}

// ID is the provider's id, as drafts, settings and environment variables
// name it.
func (d Descriptor) ID() string { return d.Info.ID }

// Connection is everything needed to reach one provider. String never shows
// the key, so a Connection can be printed or logged safely.
type Connection struct {
	APIKey string
	// KeyFrom says where APIKey came from: its environment variable's name
	// or "the credentials file"; "" when there is no key.
	KeyFrom     string
	BaseURL     string
	OrgID       string // where NeedsOrgID
	WorkspaceID string // where NeedsWorkspaceID
	AuthStyle   string
	// Timeout is how long one request may take; 0 means the provider
	// client's default.
	Timeout time.Duration
}

// String describes the connection with the key left out.
func (c Connection) String() string {
	key := "(none)"
	if c.APIKey != "" {
		key = "(set)"
	}
	return fmt.Sprintf("base URL %s, auth %s, key %s, org %q, workspace %q", c.BaseURL, c.AuthStyle, key, c.OrgID, c.WorkspaceID)
}

// GoString keeps the key out of %#v too.
func (c Connection) GoString() string { return "agent.Connection{" + c.String() + "}" }

// Registry is the providers one build of agentdeck talks to, in the order
// people see them. The composition root builds it once.
type Registry struct{ list []Descriptor }

// NewRegistry lists the descriptors in the order given.
func NewRegistry(ds ...Descriptor) Registry {
	return Registry{list: append([]Descriptor(nil), ds...)}
}

// All is every descriptor, in order.
func (r Registry) All() []Descriptor { return append([]Descriptor(nil), r.list...) }

// IDs is every provider id, in order.
func (r Registry) IDs() []string {
	ids := make([]string, len(r.list))
	for i, d := range r.list {
		ids[i] = d.ID()
	}
	return ids
}

// Infos is every provider's ProviderInfo, in order.
func (r Registry) Infos() []ProviderInfo {
	infos := make([]ProviderInfo, len(r.list))
	for i, d := range r.list {
		infos[i] = d.Info
	}
	return infos
}

// Lookup finds the provider id.
func (r Registry) Lookup(id string) (Descriptor, bool) {
	for _, d := range r.list {
		if d.ID() == id {
			return d, true
		}
	}
	return Descriptor{}, false
}

// Check refuses an id that is no provider of the registry, naming those
// that are.
func (r Registry) Check(id string) error {
	if _, ok := r.Lookup(id); !ok {
		return fmt.Errorf("there is no provider %q; use one of %s", id, r.List())
	}
	return nil
}

// List is the provider ids as one text: "nova, trillet, …".
func (r Registry) List() string { return strings.Join(r.IDs(), ", ") }
