package providertest

import (
	"context"
	"testing"
	"time"
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
