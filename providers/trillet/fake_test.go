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

// kit is Trillet's part in the push tests the fakeapi providers share.
var kit = providertest.FakeKit[*trillettest.Server, *Client, Option]{
	NewFake: newFakeTrillet, Client: fakeClient, Draft: pushDraft, WithTimeout: WithTimeout,
	Keys: []string{testKey, byoKey},
}

// pushDraft is the full test document as a fresh import.
func pushDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	return providertest.ImportedDraft(t, c, ProviderID, providertest.ReadTestdata(t, "full_request.json"))
}

func apiError(code, msg string) string { return trillettest.Error(code, msg) }

func rateLimited(at time.Time) string { return trillettest.RateLimited(at) }
