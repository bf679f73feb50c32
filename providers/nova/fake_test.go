package nova

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
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
	return providertest.FakeClient(t, New, testKey, f.BaseURL, []Option{WithOrgID(testOrg)}, opts...)
}

// pushSetup is a fresh fake, a client of it with opts, and the full test
// draft with its secrets.
func pushSetup(t *testing.T, opts ...Option) (*novatest.Server, *Client, agent.Draft, agent.SecretMap) {
	t.Helper()
	return providertest.PushSetup(t, newFakeNova, fakeClient, pushDraft, opts...)
}

func detail(msg string) string { return novatest.Detail(msg) }
