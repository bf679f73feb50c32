package fuzzcheck

import (
	"net/http"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// Offline makes, with a provider's New, the client with no key that
// FuzzDecode and FuzzAnswers encode and decode with (they need none).
func Offline[C agent.Provider, O any](newClient func(apiKey string, opts ...O) (C, error)) func(testing.TB) agent.Provider {
	return func(tb testing.TB) agent.Provider {
		tb.Helper()
		c, err := newClient("")
		if err != nil {
			tb.Fatal(err)
		}
		return c
	}
}

// Client is the build of FuzzAnswers for a provider's New: a client with
// Key and opts (its address, its org or workspace) whose requests go
// through the answering HTTP client, and that never retries.
func Client[T any, P httpx.Carrier[T], C agent.Provider](
	newClient func(apiKey string, opts ...httpx.Option[T]) (C, error), opts ...httpx.Option[T],
) func(*http.Client) (agent.Provider, error) {
	return func(hc *http.Client) (agent.Provider, error) {
		all := append(append([]httpx.Option[T]{}, opts...), httpx.WithHTTPClient[T, P](hc), httpx.WithMaxRetries[T, P](0))
		return httpx.AsProvider(newClient(Key, all...))
	}
}
