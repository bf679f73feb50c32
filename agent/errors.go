package agent

import (
	"errors"
	"fmt"
)

// Error kinds. Every error agentdeck shows can be matched against one of
// these with errors.Is, and the UI turns each kind into one plain sentence.
var (
	ErrUnauthorized = errors.New("the provider refused the API key")
	ErrInvalid      = errors.New("the provider rejected some settings")
	ErrNotFound     = errors.New("not found")
	ErrRateLimited  = errors.New("the provider asked us to slow down")
	ErrUnavailable  = errors.New("the provider could not be reached")
	ErrConflict     = errors.New("changed elsewhere")
	// ErrAmbiguous means a create may or may not have happened: the request
	// was sent but no clear answer came back.
	ErrAmbiguous = errors.New("it is not known whether the agent was created")
	// ErrUnreadable means the provider answered, but in a form agentdeck
	// could not read: the network is fine, so "could not be reached" would
	// send people looking in the wrong place.
	ErrUnreadable = errors.New("the provider answered in a form agentdeck could not read")
	// ErrRedirected means the provider's address sent agentdeck on to
	// another scheme, host or port, which agentdeck does not follow: the
	// key and the body would go somewhere the person never chose.
	ErrRedirected = errors.New("the provider sent agentdeck on to another address")
)

// ErrNotSet is the cause (ProviderError.Err) of a call refused before
// anything was sent because a setting it needs is not set; the error's Kind
// stays ErrUnauthorized. errors.As with *NotSetError says which setting.
var ErrNotSet = errors.New("a setting the provider needs is not set")

// NotSetError names the setting a call needed and did not have: the API
// key, Nova's organization id, Trillet's workspace id.
type NotSetError struct {
	Setting string // as people read it: "API key", "organization id"
	EnvVar  string // the environment variable that sets it
}

func (e *NotSetError) Error() string { return "no " + e.Setting + " is set" }

// Is makes errors.Is(err, ErrNotSet) true for every missing setting.
func (e *NotSetError) Is(target error) bool { return target == ErrNotSet }

// ErrMalformedKey is the cause (ProviderError.Err) of a call refused
// before anything was sent because the API key cannot be sent as it is: a
// line break or another control character inside it, usually from a
// paste. The error's Kind is ErrUnauthorized.
var ErrMalformedKey = errors.New("the API key is malformed")

// FieldError is a provider's complaint about one field, with the agent field
// path it maps to (Path) and the provider's own location (Loc).
type FieldError struct {
	Path    string `json:"path"`
	Loc     string `json:"loc,omitempty"`
	Message string `json:"message"`
}

// ProviderError is any failure a provider reported or that happened on the way
// to it. Error() never contains API keys, auth headers or whole bodies.
type ProviderError struct {
	Provider  string
	Op        string // create, update, get, list
	Kind      error  // one of the Err* kinds above
	Status    int
	Code      string
	Message   string
	RequestID string
	Fields    []FieldError
	Err       error
}

func (e *ProviderError) Error() string {
	msg := e.Message
	if msg == "" && e.Kind != nil {
		msg = e.Kind.Error()
	}
	s := fmt.Sprintf("%s %s", e.Provider, e.Op)
	if e.Status != 0 {
		s += fmt.Sprintf(" (HTTP %d)", e.Status)
	}
	s += ": " + msg
	for _, f := range e.Fields {
		s += fmt.Sprintf("; %s: %s", f.Path, f.Message)
	}
	return s
}

// Unwrap exposes the underlying cause.
func (e *ProviderError) Unwrap() error { return e.Err }

// Is matches the error kind.
func (e *ProviderError) Is(target error) bool { return e.Kind != nil && target == e.Kind }

// Problems turns the provider's field errors into problems placed on fields.
func (e *ProviderError) Problems() Problems {
	out := make(Problems, 0, len(e.Fields))
	for _, f := range e.Fields {
		out = append(out, Problem{Path: f.Path, Message: f.Message})
	}
	return out
}
