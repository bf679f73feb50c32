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

// kit is Trillet's part in the tests the fakeapi providers share: the
// in-process Trillet of package trillettest, and clients of it (or offline
// ones) in the test workspace that never really sleep.
var kit = providertest.HTTPKit(providertest.HTTPProvider[*trillettest.Server, *Client, options]{
	New: New, NewFake: trillettest.New, Key: testKey, Account: []Option{WithWorkspaceID(testWorkspace)},
	Draft: pushDraft, OtherKeys: []string{byoKey},
})

// pushDraft is the full test document as a fresh import.
func pushDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	return providertest.ImportedDraft(t, c, ProviderID, providertest.ReadTestdata(t, "full_request.json"))
}

func apiError(code, msg string) string { return trillettest.Error(code, msg) }

func rateLimited(at time.Time) string { return trillettest.RateLimited(at) }
