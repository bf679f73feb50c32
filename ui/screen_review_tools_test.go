package ui

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// toolPlanner is a script provider that keeps something apart from the
// agent (as ElevenLabs keeps workspace tools) and says what a push would
// change there.
type toolPlanner struct {
	*scriptProvider
	changes []agent.Change
	secrets agent.SecretLookup
}

func (p *toolPlanner) PlanPrepare(_ context.Context, _ *agent.Agent, secrets agent.SecretLookup) ([]agent.Change, error) {
	p.secrets = secrets
	return p.changes, nil
}

// The review lists what a push would change beside the agent (a workspace
// tool), which the agent's own document cannot show.
func TestReviewShowsWhatAPushChangesBesideTheAgent(t *testing.T) {
	t.Parallel()
	sp := newScriptProvider("elevenlabs")
	p := &toolPlanner{scriptProvider: sp, changes: []agent.Change{
		{Path: "tools[0].url", Label: "Tools › lookup › Address", From: "https://a.example/orders", To: "https://a.example/v2/orders"},
	}}
	h := newHarness(t, withProvider(p))
	h.store.put(pushed(t, h, sp, h.seed("Desk", "elevenlabs", "receptionist")))
	h.start(100, 24)
	h.press(h.keys().Drafts.Open)
	h.press(h.keys().Editor.Review)
	h.requireView("What a submit changes on ElevenLabs (agent agent-1)", "Tools › lookup › Address: https://a.example/orders → https://a.example/v2/orders")
	if p.secrets == nil {
		t.Fatal("the review did not give the provider the saved secrets")
	}
}
