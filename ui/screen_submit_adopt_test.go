package ui

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// pendingWithTwoCandidates opens a draft whose earlier create was unclear
// (format 1: what it sent is not known), with two agents of its name on
// the provider, so the submit cannot tell which, if either, it made.
func pendingWithTwoCandidates(t *testing.T) (*harness, agent.Draft, *scriptProvider) {
	t.Helper()
	p := newScriptProvider("elevenlabs")
	for _, id := range []string{"agent-1", "agent-2"} {
		doc, _ := json.Marshal(wireDoc{Agent: agent.Agent{Identity: agent.Identity{Name: "Desk"}}})
		p.agents[id], p.order = doc, append(p.order, id)
	}
	h, d := openEditorWith(t, p, func(d *agent.Draft) {
		d.Agent.Identity.Name = "Desk"
		d.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{SentAt: time.Now().Add(-time.Minute)}})
	})
	return h, d, p
}

// Regression (issue 13, point 1): the submit after an unclear create took
// any agent of the same name over. Now it lists the agents it could be and
// asks; the one picked is linked and updated, the other left alone.
func TestSubmitAsksWhichAgentAnUnclearCreateMade(t *testing.T) {
	t.Parallel()
	h, d, p := pendingWithTwoCandidates(t)
	before := string(p.agents["agent-1"])
	h.submitFromEditor()
	h.requireView("could be the one it made", "› agent-1", "agent-2", "Cancel: send nothing")
	if slices.Contains(p.calls, "create") || slices.Contains(p.calls, "update") {
		t.Fatalf("something was sent before the person chose: %v", p.calls)
	}
	k := h.keys().Submit
	h.press(k.Down)
	h.requireView("› agent-2")
	h.press(k.Fix)
	h.requireView("✓ Found the agent an earlier submit made", "Agent id: agent-2")
	if got := h.store.get(d.ID).Remote(); got.ID != "agent-2" || got.CreatePending != nil {
		t.Fatalf("remote state after the pick: %+v", got)
	}
	if string(p.agents["agent-1"]) != before || !strings.Contains(string(p.agents["agent-2"]), "receptionist") {
		t.Fatal("the update went to the wrong agent")
	}
}

// Cancel sends nothing and keeps the unclear create on record.
func TestSubmitAdoptCancelSendsNothing(t *testing.T) {
	t.Parallel()
	h, d, p := pendingWithTwoCandidates(t)
	h.submitFromEditor()
	h.requireView("Cancel: send nothing")
	k := h.keys().Submit
	h.press(k.Down)
	h.press(k.Down)
	h.requireView("› Cancel: send nothing")
	h.press(k.Fix)
	if _, still := h.top().(*submitScreen); still {
		t.Fatalf("cancel stayed on the submit screen:\n%s", h.view())
	}
	if slices.Contains(p.calls, "create") || slices.Contains(p.calls, "update") || !h.store.get(d.ID).Remote().Pending() {
		t.Fatalf("cancel sent %v", p.calls)
	}
}

// Regression (issue 13, point 11): an update that reached the provider but
// could not be recorded is told as such, not as the provider failing.
func TestSubmitSaysTheDraftCouldNotRecordIt(t *testing.T) {
	t.Parallel()
	err := &agent.NotRecordedError{
		Provider: "Dasha BlackBox", RemoteID: "agt_1", What: "updated",
		Err: &agent.ProviderError{Kind: agent.ErrUnavailable, Message: "no space left on device"},
	}
	got := errText(err)
	if !strings.HasPrefix(got, "The agent agt_1 was updated on Dasha BlackBox, but the draft could not record it") ||
		strings.Contains(got, "could not be reached") {
		t.Fatalf("errText = %q", got)
	}
}
