package nova

import (
	"context"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
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

// fakeWithAgent is a fake holding one agent, created from body, a client
// of it, and the agent's id.
func fakeWithAgent(t *testing.T, body string) (*novatest.Server, *Client, string) {
	t.Helper()
	f := newFakeNova(t)
	c := fakeClient(t, f)
	id, err := c.Create(context.Background(), []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return f, c, id
}

// kit is Nova's part in the push tests the fakeapi providers share.
var kit = providertest.FakeKit[*novatest.Server, *Client, Option]{
	NewFake: newFakeNova, Client: fakeClient, Draft: pushDraft, WithTimeout: WithTimeout,
	Keys: []string{testKey},
	Now:  func() time.Time { return time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC) },
}

// pushDraft is the full test document as a fresh import: its copy source
// does not exist on the fake, so it is left out.
func pushDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	obj, err := jsondoc.ParseOrNew(providertest.ReadTestdata(t, "full_request.json"))
	if err != nil {
		t.Fatal(err)
	}
	obj.Delete(keyCopyFrom)
	doc, _ := jsondoc.MarshalSorted(obj)
	return providertest.ImportedDraft(t, c, ProviderID, doc)
}

func detail(msg string) string { return novatest.Detail(msg) }
