package httpx

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// Option configures a provider's client. T is the provider's own options
// struct, which embeds Options; each provider names its option type
// Option = httpx.Option[options] and re-exports the generic With… functions
// below by name, so the options every provider has are written once and
// still each provider's options are a type of their own.
type Option[T any] func(*T) error

// Carrier is a pointer to a provider's options struct: embedding Options
// gives it the HTTP method, through which the shared options reach it.
type Carrier[T any] interface {
	*T
	HTTP() *Options
}

// HTTP is the settings every provider shares; a provider's options struct
// gets this method by embedding Options.
func (o *Options) HTTP() *Options { return o }

// shared lifts a setter of Options into an option of the provider.
func shared[T any, P Carrier[T]](set func(*Options) error) Option[T] {
	return func(t *T) error { return set(P(t).HTTP()) }
}

// WithBaseURL sets the API address, including any path prefix. It must be
// https://, except for a loopback host (see CheckBaseURL).
func WithBaseURL[T any, P Carrier[T]](raw string) Option[T] {
	return shared[T, P](func(o *Options) error { return o.SetBaseURL(raw) })
}

// WithHTTPClient sets the HTTP client requests go through.
func WithHTTPClient[T any, P Carrier[T]](c *http.Client) Option[T] {
	return shared[T, P](func(o *Options) error { return o.SetHTTPClient(c) })
}

// WithKeySource says where the API key came from (an environment variable,
// the credentials file), so that a malformed key is named with its place.
func WithKeySource[T any, P Carrier[T]](where string) Option[T] {
	return shared[T, P](func(o *Options) error { o.KeySource = where; return nil })
}

// WithTimeout sets how long one attempt of a request may take.
func WithTimeout[T any, P Carrier[T]](d time.Duration) Option[T] {
	return shared[T, P](func(o *Options) error { return o.SetTimeout(d) })
}

// WithMaxRetries sets how many times a failed request is tried again (0 for
// never). Creates are never repeated once they may have arrived.
func WithMaxRetries[T any, P Carrier[T]](n int) Option[T] {
	return shared[T, P](func(o *Options) error { return o.SetMaxRetries(n) })
}

// Configure applies opts, in order, to defaults (a provider's options
// with its default base URL and auth style) and returns the result; the
// first option that fails stops it.
func Configure[T any](defaults T, opts []Option[T]) (T, error) {
	for _, opt := range opts {
		if err := opt(&defaults); err != nil {
			var none T
			return none, err
		}
	}
	return defaults, nil
}

// WithAccountID is the option that sets the account id a provider names
// in every request (Nova's organisation, Trillet's workspace) with set,
// trimmed of the spaces a copy and paste brings. An id holding any of the
// characters in bad is refused with refusal, a message that shows the id
// with %q. An empty id is allowed: encoding works, and network calls
// explain how to set it.
func WithAccountID[T any](id, bad, refusal string, set func(o *T, id string)) Option[T] {
	return func(o *T) error {
		id := strings.TrimSpace(id) // not the captured id: one option may configure clients at once
		if strings.ContainsAny(id, bad) {
			return fmt.Errorf(refusal, id)
		}
		set(o, id)
		return nil
	}
}

// WithAuthStyle chooses how the key travels: "" or styles[0] picks
// styles[0] (the provider's default), any other value must be one of
// styles. provider is the name people know (Nova, ElevenLabs), for the error.
func WithAuthStyle[T any, P Carrier[T]](provider, style string, styles []string) Option[T] {
	return shared[T, P](func(o *Options) error {
		picked, err := PickAuthStyle(provider, style, styles[0], styles[1:]...)
		if err != nil {
			return err
		}
		o.AuthStyle = picked
		return nil
	})
}

// WithWaits replaces the waits between attempts (a nil jitter keeps the
// real one); tests use it so that a Retry-After of minutes passes at once.
func WithWaits[T any, P Carrier[T]](sleep func(ctx context.Context, d time.Duration) error, jitter func(time.Duration) time.Duration) Option[T] {
	return shared[T, P](func(o *Options) error {
		o.Sleep = sleep
		if jitter != nil {
			o.Jitter = jitter
		}
		return nil
	})
}

// Connect is a descriptor's constructor: newClient with the connection's
// base URL, key source and timeout (see SetConnection), then the options
// own reads from it (an org id, an auth style); own may be nil.
func Connect[T any, P Carrier[T], C agent.Provider](
	newClient func(apiKey string, opts ...Option[T]) (C, error),
	own func(agent.Connection) []Option[T],
) func(agent.Connection) (agent.Provider, error) {
	return func(c agent.Connection) (agent.Provider, error) {
		opts := []Option[T]{shared[T, P](func(o *Options) error { return o.SetConnection(c) })}
		if own != nil {
			opts = append(opts, own(c)...)
		}
		return AsProvider(newClient(c.APIKey, opts...))
	}
}
