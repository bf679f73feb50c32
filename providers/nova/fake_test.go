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

// kit is Nova's part in the tests the fakeapi providers share: the
// in-process Nova of package novatest, and clients of it (or offline ones)
// in the test organization that never really sleep.
var kit = providertest.HTTPKit(providertest.HTTPProvider[*novatest.Server, *Client, options]{
	New: New, NewFake: novatest.New, Key: testKey, Account: []Option{WithOrgID(testOrg)},
	Draft: pushDraft,
	Now:   func() time.Time { return time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC) },
})

// fakeWithAgent is a fake holding one agent, created from body, a client
// of it, and the agent's id.
func fakeWithAgent(t *testing.T, body string) (*novatest.Server, *Client, string) {
	t.Helper()
	f := kit.NewFake(t)
	c := kit.Client(t, f)
	id, err := c.Create(context.Background(), []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return f, c, id
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
