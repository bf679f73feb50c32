package nova

import (
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
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
	base := []Option{WithBaseURL(f.BaseURL), WithOrgID(testOrg), WithTimeout(2 * time.Second), httpx.WithWaits[options](providertest.NoSleep, nil)}
	return providertest.NewClient(t, New, testKey, append(base, opts...)...)
}

func detail(msg string) string { return novatest.Detail(msg) }
