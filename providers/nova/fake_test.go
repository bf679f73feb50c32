package nova

import (
	"context"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

// testKey is an obviously fake API key; tests assert it never shows.
const testKey = "nova-test-key-DO-NOT-LEAK-0001"

const testOrg = novatest.Org

type fault = novatest.Fault

// newFakeNova starts the in-process Nova of package novatest.
func newFakeNova(t *testing.T) *novatest.Server {
	t.Helper()
	return novatest.New(t, testKey)
}

// fakeClient is a client of the fake that never really sleeps.
func fakeClient(t *testing.T, f *novatest.Server, opts ...Option) *Client {
	t.Helper()
	base := []Option{WithBaseURL(f.BaseURL), WithOrgID(testOrg), WithTimeout(2 * time.Second), withSleep(noSleep)}
	c, err := New(testKey, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func withSleep(fn func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) error { o.Sleep = fn; return nil }
}

func noSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

func detail(msg string) string { return novatest.Detail(msg) }
