package providertest

import (
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// HTTPFake is a fake built on fakeapi.Server (Nova's, Trillet's): what the
// push tests need of it, and its address.
type HTTPFake interface {
	FaultFake
	Address() string
}

// HTTPProvider is what HTTPKit needs to know of an httpx provider whose
// fake is an HTTPFake. T is the provider's options struct.
type HTTPProvider[F HTTPFake, C agent.Provider, T any] struct {
	New     func(apiKey string, opts ...httpx.Option[T]) (C, error)
	NewFake func(tb testing.TB, key string) F
	Key     string            // the API key the fakes accept; no error may show it
	Account []httpx.Option[T] // the options every client needs: its org or workspace id
	// Draft is the full test draft for c, with its secrets.
	Draft     func(t *testing.T, c C) (agent.Draft, agent.SecretMap)
	OtherKeys []string         // credentials in the draft that no error may show
	Now       func() time.Time // the pushes' clock; nil for the real one
}

// HTTPKit is the FakeKit of p: fakes that accept p.Key, and clients of them
// made as FakeClient makes them, with p.Account's options.
func HTTPKit[F HTTPFake, C agent.Provider, T any, P httpx.Carrier[T]](p HTTPProvider[F, C, T]) FakeKit[F, C, httpx.Option[T]] {
	return FakeKit[F, C, httpx.Option[T]]{
		NewFake: func(t *testing.T) F { return p.NewFake(t, p.Key) },
		Client: func(t *testing.T, f F, opts ...httpx.Option[T]) C {
			return FakeClient[C, T, P](t, p.New, p.Key, f.Address(), p.Account, opts...)
		},
		New:         p.New,
		Account:     p.Account,
		Draft:       p.Draft,
		WithTimeout: httpx.WithTimeout[T, P],
		Keys:        append([]string{p.Key}, p.OtherKeys...),
		Now:         p.Now,
	}
}
