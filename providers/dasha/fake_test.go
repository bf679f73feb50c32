package dasha

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
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
	all := append([]Option{WithBaseURL(f.URL()), withWaits(sleep, func(time.Duration) time.Duration { return 0 })}, opts...)
	c, err := New(testKey, all...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
