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
