package trillet

import (
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

// testKey is an obviously fake API key; tests assert it never shows.
const testKey = "trillet-test-key-DO-NOT-LEAK-0002"

const testWorkspace = trillettest.Workspace

type fault = trillettest.Fault

// newFakeTrillet starts the in-process Trillet of package trillettest.
func newFakeTrillet(t *testing.T) *trillettest.Server {
	t.Helper()
	return trillettest.New(t, testKey)
}

// fakeClient is a client of the fake that never really sleeps.
func fakeClient(t *testing.T, f *trillettest.Server, opts ...Option) *Client {
	t.Helper()
	return providertest.FakeClient(t, New, testKey, f.BaseURL, []Option{WithWorkspaceID(testWorkspace)}, opts...)
}

// pushSetup is a fresh fake, a client of it with opts, and the full test
// draft with its secrets.
func pushSetup(t *testing.T, opts ...Option) (*trillettest.Server, *Client, agent.Draft, agent.SecretMap) {
	t.Helper()
	return providertest.PushSetup(t, newFakeTrillet, fakeClient, pushDraft, opts...)
}

func apiError(code, msg string) string { return trillettest.Error(code, msg) }

func rateLimited(at time.Time) string { return trillettest.RateLimited(at) }
