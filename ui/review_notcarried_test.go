package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestReviewWarningOnAValueNotCarriedClearsIt: no form of the provider
// shows a value it does not carry (a Dasha draft's agent time zone, say,
// once switched from another provider), so enter on that warning in the
// review removes the value from the draft, the key's help says so first ("remove it"),
// and the warning is gone when the review opens again.
func TestReviewWarningOnAValueNotCarriedClearsIt(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("dasha")
	if p.caps.Supports("identity.timezone") {
		t.Fatal("the fake Dasha carries the agent's time zone; the test proves nothing")
	}
	h, _ := reviewOf(t, p, "blank", func(d *agent.Draft) { d.Agent.Identity.Timezone = "Europe/Berlin" })
	r, at := h.cursorOnProblem("not-carried warning at identity.timezone", func(pr agent.Problem) bool {
		return pr.Path == "identity.timezone" && pr.NotCarried
	})
	if r.cursor != at {
		t.Fatalf("cursor at %d, want %d", r.cursor, at)
	}
	h.requireView("enter remove it")
	h.press(h.keys().Review.Fix)
	e := h.editor()
	if e.draft.Agent.Identity.Timezone != "" {
		t.Fatalf("the time zone is still in the draft: %q\n%s", e.draft.Agent.Identity.Timezone, h.view())
	}
	h.requireView("Removed " + agent.Label("identity.timezone") + " from the draft")
	for _, pr := range p.Validate(&e.draft.Agent) {
		if pr.Path == "identity.timezone" {
			t.Errorf("the warning stays: %v", pr)
		}
	}
}

// TestReviewWarningLandsOnItsField: enter on a warning about a field the
// provider's forms show goes to that field, as it does for an error (here
// Trillet's callback gaps, fewer than the attempts: the gaps list).
func TestReviewWarningLandsOnItsField(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("trillet")
	h, _ := reviewOf(t, p, "blank", func(d *agent.Draft) {
		three := 3
		d.Agent.Callbacks = agent.Callbacks{Enabled: true, MaxAttempts: &three, Gaps: []agent.Gap{{Days: 1}}}
	})
	h.cursorOnProblem("warning at callbacks.gaps", func(pr agent.Problem) bool {
		return pr.Path == "callbacks.gaps" && pr.Warning && !pr.NotCarried
	})
	h.requireView("enter fix this")
	h.press(h.keys().Review.Fix)
	e := h.editor()
	l, ok := e.currentList()
	if e.focus != focusItems || !ok || l.ID != "callbacks.gaps" {
		t.Fatalf("the editor has focus %v on list %q, want the callback gaps:\n%s", e.focus, l.ID, h.view())
	}
	if len(e.draft.Agent.Callbacks.Gaps) != 1 {
		t.Fatalf("the gaps changed: %v", e.draft.Agent.Callbacks.Gaps)
	}
}

// cursorOnProblem puts the review's cursor on the last problem that is,
// described by what, failing the test when there is none; it returns the
// review and the problem's place.
func (h *harness) cursorOnProblem(what string, is func(agent.Problem) bool) (*reviewScreen, int) {
	h.t.Helper()
	r := h.review()
	at := -1
	for i, pr := range r.problems {
		if is(pr) {
			at = i
		}
	}
	if at < 0 {
		h.t.Fatalf("no %s: %v", what, r.problems)
	}
	if r.focus != reviewOnProblems {
		h.press(h.keys().Review.Switch)
	}
	for range at {
		h.press(h.keys().Review.Down)
	}
	return r, at
}
