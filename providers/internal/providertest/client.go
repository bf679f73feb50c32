package providertest

import (
	"context"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// NewClient builds a provider's client for a test with its New, failing the
// test when New refuses the options.
func NewClient[C, O any](t testing.TB, newClient func(apiKey string, opts ...O) (C, error), apiKey string, opts ...O) C {
	t.Helper()
	c, err := newClient(apiKey, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// NoSleep is a wait between retries that passes at once (unless the
// context is done), so that fault tests never really sleep.
func NoSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

// NoJitter leaves a wait as it is.
func NoJitter(time.Duration) time.Duration { return 0 }

// CheckOptions checks that newClient refuses each of bad's options given
// alone and, when good are given, accepts them together.
func CheckOptions[C, O any](t *testing.T, newClient func(apiKey string, opts ...O) (C, error), apiKey string, bad map[string]O, good ...O) {
	t.Helper()
	for name, opt := range bad {
		if _, err := newClient(apiKey, opt); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
	if len(good) == 0 {
		return
	}
	if _, err := newClient(apiKey, good...); err != nil {
		t.Errorf("valid options refused: %v", err)
	}
}

// FakeClient builds a provider's client for its fake at baseURL, as the
// fakeapi providers' tests do: a 2 s timeout, waits between retries that
// pass at once, then the provider's own options (own) and the test's (opts).
func FakeClient[C, T any, P httpx.Carrier[T]](t testing.TB, newClient func(apiKey string, opts ...httpx.Option[T]) (C, error), apiKey, baseURL string, own []httpx.Option[T], opts ...httpx.Option[T]) C {
	t.Helper()
	all := []httpx.Option[T]{httpx.WithBaseURL[T, P](baseURL), httpx.WithTimeout[T, P](2 * time.Second), httpx.WithWaits[T, P](NoSleep, nil)}
	all = append(append(all, own...), opts...)
	return NewClient(t, newClient, apiKey, all...)
}

// SharedBadOptions adds to bad the refusals every provider shares through
// httpx, a zero timeout and negative retries, for CheckOptions.
func SharedBadOptions[T any, P httpx.Carrier[T]](bad map[string]httpx.Option[T]) map[string]httpx.Option[T] {
	bad["zero timeout"] = httpx.WithTimeout[T, P](0)
	bad["negative retries"] = httpx.WithMaxRetries[T, P](-1)
	return bad
}
