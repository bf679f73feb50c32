package elevenlabs

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// pushNew checks a and pushes it as a new draft through the one submit
// flow, failing the test on a problem or an error.
func pushNew(t *testing.T, c *Client, a agent.Agent) agent.PushResult {
	t.Helper()
	if ps := c.Validate(&a).Errors(); len(ps) > 0 {
		t.Fatalf("validation refuses the draft: %v", ps)
	}
	saver := &providertest.MemSaver{}
	d := savedDraft(t, saver, agent.Draft{ID: "d1", Name: a.Identity.Name, Provider: ProviderID, Agent: a})
	res, _, err := pusher(c).Push(t, saver, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// requireCreateGolden holds the fake's one create request, indented, to
// the test's golden file.
func requireCreateGolden(t *testing.T, fake *elevenlabstest.Server) {
	t.Helper()
	creates := fake.Calls("create")
	if len(creates) != 1 {
		t.Fatalf("%d create requests, want 1", len(creates))
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, creates[0].Body, "", "  "); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, append(pretty.Bytes(), '\n'))
}
