package ui_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// unclearCreate is a session whose draft Desk sent a create a minute ago
// that no answer confirmed.
func unclearCreate(t *testing.T) (ui.FakeSession, ui.ScriptRemote, agent.Draft) {
	t.Helper()
	h, remote := ui.NewScriptSession(t, "elevenlabs", nil)
	d := h.Seed("Desk", "elevenlabs", "receptionist")
	d.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{SentAt: time.Now().Add(-time.Minute)}})
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	return h, remote, d
}

// Issue 16: the plain front end asks, as the submit screen does, which
// agent an earlier unclear create made; the one picked is linked and
// updated, the other left alone, and nothing is sent before the answer.
func TestAccessibleSubmitAsksWhichAgentAnUnclearCreateMade(t *testing.T) {
	t.Parallel()
	h, remote, d := unclearCreate(t)
	ids := remote.AddNamedAgents("Desk", 2)
	before := remote.Agent(ids[0])
	// Open the draft, review, submit, then pick the second agent.
	out := runPlain(t, h, "1\n"+reviewItem+"\n2\n2\n")
	wantSaid(t, out, "cannot prove which of these it made", "Which agent did the earlier submit make?",
		"Link the draft to "+ids[1], "Cancel: send nothing", "Agent id: "+ids[1])
	if got := h.Draft(d.ID).Remote(); got.ID != ids[1] || got.CreatePending != nil {
		t.Fatalf("remote state after the pick: %+v", got)
	}
	if remote.Agent(ids[0]) != before || !strings.Contains(remote.Agent(ids[1]), "receptionist") {
		t.Fatal("the update went to the wrong agent")
	}
}

func TestAccessibleAdoptCancelSendsNothing(t *testing.T) {
	t.Parallel()
	h, remote, d := unclearCreate(t)
	remote.AddNamedAgents("Desk", 2)
	out := runPlain(t, h, "1\n"+reviewItem+"\n2\n3\n")
	wantSaid(t, out, "Nothing was sent.")
	calls := remote.Calls()
	if slices.Contains(calls, "create") || slices.Contains(calls, "update") || !h.Draft(d.ID).Remote().Pending() {
		t.Fatalf("cancel sent %v", calls)
	}
}

// Issue 16: a value the provider does not carry can be removed from the
// plain front end too (the review screen's enter on such a warning).
func TestAccessibleReviewRemovesValuesTheProviderDoesNotCarry(t *testing.T) {
	t.Parallel()
	h, _ := ui.NewScriptSession(t, "nova", nil)
	d := h.Seed("Desk", "nova", "receptionist")
	d.Agent.Schedule.Mon = []agent.Window{{Start: "09:00", End: "17:00"}}
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	out := runPlain(t, h, "1\n"+reviewItem+"\n3\n")
	wantSaid(t, out, "values Nova does not carry", "Removed Calling hours › Weekly hours.", "Saved.")
	if got := h.Draft(d.ID).Agent.Schedule; got.IsSet() {
		t.Fatalf("the schedule is still there: %+v", got)
	}
}

// The plain front end asks too before changing a workspace tool other
// agents use, naming them; yes submits again, allowed to.
func TestAccessibleSubmitAsksBeforeChangingASharedTool(t *testing.T) {
	t.Parallel()
	for _, answer := range []string{"2", "1"} {
		h, remote := ui.NewScriptSession(t, "elevenlabs", nil)
		allowed := remote.ShareTool()
		h.Seed("Desk", "elevenlabs", "receptionist")
		out := runPlain(t, h, "1\n"+reviewItem+"\n2\n"+answer+"\n")
		wantSaid(t, out, "is also used by “Sales line”", "Change the tool for them too?")
		made := slices.Contains(remote.Calls(), "create")
		if answer == "2" && (!made || !slices.Equal(*allowed, []bool{false, true})) {
			t.Fatalf("yes: allowed %v, calls %v", *allowed, remote.Calls())
		}
		if answer == "1" && (made || len(*allowed) != 1) {
			t.Fatalf("no: allowed %v, calls %v", *allowed, remote.Calls())
		}
	}
}
