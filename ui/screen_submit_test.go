package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// submitFromEditor reviews the open draft and confirms its submit.
func (h *harness) submitFromEditor() {
	h.t.Helper()
	h.press(h.keys().Editor.Review)
	h.press(h.keys().Review.Submit)
	if h.app.dialog == nil || !isDialog[*submitDialog](h.app.dialog) || !h.app.dialog.menu().danger {
		h.t.Fatalf("submit is not confirmed as a destructive action:\n%s", h.view())
	}
	h.press(h.keys().Dialog.Next)
	h.press(h.keys().Dialog.Confirm)
}

func (h *harness) submit() *submitScreen {
	h.t.Helper()
	return topIs[*submitScreen](h, "submit")
}

func TestSubmitShowsEachStepThenTheRemoteID(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova") // create, then configure
	h, d := openEditorWith(t, p, nil)
	h.submitFromEditor()
	s := h.submit()
	var steps []string
	for _, st := range s.steps {
		steps = append(steps, st.step)
		if st.state != stepDone {
			t.Errorf("step %s ended %v", st.step, st.state)
		}
	}
	if got := strings.Join(steps, ", "); got != "create, configure, read back" {
		t.Fatalf("steps %s", got)
	}
	if got := strings.Join(p.calls, ", "); got != "create, update, get" {
		t.Fatalf("the provider saw %s", got)
	}
	h.requireView("✓ create the agent", "✓ send the rest of the settings", "✓ Created the agent on Nova.", "Agent id: agent-1", "Nova kept every setting as sent.")

	// The App and the editor take the revision the push wrote, so the next
	// edit saves without a conflict and keeps the remote link.
	onDisk := h.store.get(d.ID)
	if onDisk.Remote().ID != "agent-1" || h.app.saver.rev[d.ID] != onDisk.Revision {
		t.Fatalf("disk has %q at revision %d; the App knows revision %d", onDisk.Remote().ID, onDisk.Revision, h.app.saver.rev[d.ID])
	}
	h.press(h.keys().Submit.Fix) // enter: back to the editor
	e := h.editor()
	if e.draft.Remote().ID != "agent-1" || e.draft.Revision != onDisk.Revision {
		t.Fatalf("the editor holds remote %q at revision %d", e.draft.Remote().ID, e.draft.Revision)
	}
	h.fill(agent.SectionBasics, "identity.name", " 2")
	if h.app.saver.failing() {
		t.Fatalf("the edit after a push was not saved: %s", h.app.saver.failureText())
	}
	if got := h.store.get(d.ID); got.Agent.Identity.Name != "Desk 2" || got.Remote().ID != "agent-1" || got.Status() != agent.StatusChanged {
		t.Fatalf("on disk: %q linked to %q, %s", got.Agent.Identity.Name, got.Remote().ID, got.Status())
	}
}

func TestSubmitRefusedLandsOnTheFieldAndLeavesTheDraft(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	p.failNext("create", &agent.ProviderError{
		Provider: "elevenlabs", Op: "create", Kind: agent.ErrInvalid, Status: 422,
		Message: "ElevenLabs refused a setting", RequestID: "req-42",
		Fields: []agent.FieldError{{Path: "voice.speed", Loc: "conversation_config.tts.speed", Message: "use a speed up to 1.2"}},
	})
	h, d := openEditorWith(t, p, nil)
	before := h.store.get(d.ID)
	h.submitFromEditor()
	h.requireView("✗ ElevenLabs refused 1 setting; press enter to fix it in the editor.", "Voice › Speed: use a speed up to 1.2")
	if strings.Contains(h.view(), "req-42") {
		t.Fatal("the raw detail shows before it is asked for")
	}
	h.press(h.keys().Submit.Detail)
	h.requireView("HTTP 422", "request id: req-42")
	h.press(h.keys().Submit.Fix)
	e := h.editor()
	if e.form == nil || e.form.Form.GetFocusedField().GetKey() != "voice.speed" {
		t.Fatalf("the focus is not on the refused field:\n%s", h.view())
	}
	h.requireView("! Voice", "! Speed: use a speed up to 1.2")
	after := h.store.get(d.ID)
	if agent.ContentHash(&after.Agent) != agent.ContentHash(&before.Agent) || after.Remote().ID != "" || after.Remote().Pending() {
		t.Fatalf("the refused submit changed the draft: %+v", after.Remote())
	}
	// Changing the field takes the mark away.
	h.typeText("1.1")
	h.press(h.keys().Global.Back)
	if e.mark(agent.SectionVoice) != markComplete {
		t.Fatalf("the Voice section is still marked:\n%s", h.view())
	}
}

func TestSubmitWithProblemsSendsNothing(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	h, _ := openEditorWith(t, p, func(d *agent.Draft) { d.Agent.Identity.Name = "" })
	h.press(h.keys().Editor.Review)
	h.press(h.keys().Review.Submit)
	if h.app.dialog != nil || len(p.calls) != 0 {
		t.Fatalf("a draft with problems went to confirm or to the provider (%v):\n%s", p.calls, h.view())
	}
	if !strings.Contains(h.app.status.notice, "Fix the 1 problem first") {
		t.Fatalf("the notice is %q", h.app.status.notice)
	}
}

func TestSubmitFailureThenRetrySucceeds(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	p.failNext("update", &agent.ProviderError{Provider: "nova", Op: "update", Kind: agent.ErrUnavailable, Status: 503, Message: "the provider is not available"})
	h, d := openEditorWith(t, p, nil)
	h.submitFromEditor()
	// The create went through, the configure did not: the draft records the
	// agent, and says so.
	h.requireView("✗ send the rest of the settings", "The agent exists on Nova as agent-1", "r retry")
	if got := h.store.get(d.ID); got.Remote().ID != "agent-1" || h.app.saver.rev[d.ID] != got.Revision {
		t.Fatalf("the failed configure left %q at revision %d; the App knows %d", got.Remote().ID, got.Revision, h.app.saver.rev[d.ID])
	}
	h.press(h.keys().Submit.Retry)
	h.requireView("✓ update the agent", "✓ Updated the agent on Nova.", "Agent id: agent-1")
	if len(p.order) != 1 {
		t.Fatalf("%d remote agents", len(p.order))
	}
}

func TestAppHoldsASubmitUntilTheDraftIsSaved(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "nova", "blank")
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.app.saver.inflight[d.ID] = 99 // a save of the draft is on its way
	h.app.saver.rev[d.ID] = 3
	h.send(settleWantedMsg{reqID: 7, id: d.ID})
	if len(h.app.settleWaits) != 1 {
		t.Fatal("the App answered while a save was on its way")
	}
	// The save lands at revision 4: the waiting screen hears of it.
	h.send(draftSavedMsg{reqID: 99, id: d.ID, revision: 4})
	if len(h.app.settleWaits) != 0 || h.app.saver.rev[d.ID] != 4 {
		t.Fatalf("still waiting: %v, revision %d", h.app.settleWaits, h.app.saver.rev[d.ID])
	}
}

func TestSubmitStepsFollowWhatThePushDoes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		plan   []string
		events []string
		want   string
	}{
		{"as planned", []string{"create", "configure", "read back"}, []string{"create", "configure", "read back"}, "create configure read back"},
		{"waits for another push first", []string{"create", "read back"}, []string{stepWaitLock, "create", "read back"}, "wait create read back"},
		{"an earlier agent is found and updated", []string{"check", "create", "read back"}, []string{"check", "update", "read back"}, "check update read back"},
		{"another push made the agent meanwhile", []string{"create", "configure", "read back"}, []string{stepWaitLock, "update", "read back"}, "wait update read back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &submitScreen{}
			for _, step := range tt.plan {
				s.steps = append(s.steps, submitStep{step: step})
			}
			for _, e := range tt.events {
				s.reached(e)
			}
			var got []string
			for i, st := range s.steps {
				got = append(got, st.step)
				if want := stepDone; i < len(s.steps)-1 && st.state != want {
					t.Errorf("step %s is %v, want done", st.step, st.state)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("steps %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}
