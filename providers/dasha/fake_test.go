package dasha

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func newFake(t *testing.T) *dashatest.Fake { return dashatest.New(t, testKey) }

// fakeClient returns a client for the fake whose waits between retries pass
// at once and are recorded in waits (when not nil).
func fakeClient(t *testing.T, f *dashatest.Fake, waits *[]time.Duration, opts ...Option) *Client {
	t.Helper()
	var mu sync.Mutex
	sleep := func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		if waits != nil {
			*waits = append(*waits, d)
		}
		return ctx.Err()
	}
	all := append([]Option{WithBaseURL(f.URL()), httpx.WithWaits[options](sleep, providertest.NoJitter)}, opts...)
	return providertest.NewClient(t, New, testKey, all...)
}

// fakeAndClient is a fresh fake Dasha and a client of it whose waits
// between retries pass at once.
func fakeAndClient(t *testing.T) (*dashatest.Fake, *Client) {
	t.Helper()
	f := newFake(t)
	return f, fakeClient(t, f, nil)
}

// pusher pushes drafts to c through the one submit flow; an error that
// shows the test key fails the test.
func pusher(c *Client) providertest.Pusher {
	return providertest.Pusher{P: c, Keys: []string{testKey}}
}
