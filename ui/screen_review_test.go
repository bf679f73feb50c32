package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/agentdeck/agentdeck/agent"
)

// reviewOf opens the editor on a stored draft for the script provider id
// and then the review.
func reviewOf(t *testing.T, p *scriptProvider, template string, change func(*agent.Draft)) (*harness, agent.Draft) {
	t.Helper()
	h, d := openSeeded(t, []harnessOption{withProvider(p)}, p.info.ID, template, change)
	h.press(h.keys().Editor.Review)
	h.review()
	return h, d
}

func (h *harness) review() *reviewScreen {
	h.t.Helper()
	return topIs[*reviewScreen](h, "review")
}

// pushed makes the remote agent of d on p and records it in the store, as
// a push would.
func pushed(t *testing.T, h *harness, p *scriptProvider, d agent.Draft) agent.Draft {
	t.Helper()
	res, err := agent.Push(context.Background(), p, d, h.store, agent.PushOptions{Secrets: h.secrets})
	if err != nil {
		t.Fatal(err)
	}
	return res.Draft
}

func TestReviewProblemJumpsToItsField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		provider string
		change   func(d *agent.Draft)
		path     string // the field that must have focus
		focus    editorFocus
	}{
		{"a field of a section form", "nova", func(d *agent.Draft) {
			hot := 7.0
			d.Agent.LLM.Temperature = &hot
		}, "llm.temperature", focusForm},
		{"a field of a list item", "elevenlabs", func(d *agent.Draft) {
			d.Agent.Tools = []agent.Tool{{Name: "lookup", Description: "Look it up", URL: "not an address", Method: "GET"}}
		}, "tools[0].url", focusItemForm},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h, _ := reviewOf(t, newScriptProvider(tt.provider), "blank", tt.change)
			r := h.review()
			if r.focus != reviewOnProblems || len(r.problems.Errors()) == 0 || r.problems[0].Path != tt.path {
				t.Fatalf("the review does not lead with the problem at %s: %v\n%s", tt.path, r.problems, h.view())
			}
			h.requireView("Fix 1 problem before this draft can go to", "› ! "+agent.Label(tt.path))
			if r.keys.Submit.Enabled() && strings.Contains(lastLine(h.view()), "s submit") {
				t.Fatalf("submit is offered with a problem:\n%s", h.view())
			}
			h.press(h.keys().Review.Fix)
			e := h.editor()
			if e.focus != tt.focus || e.form == nil || e.form.Form.GetFocusedField().GetKey() != tt.path {
				key := ""
				if e.form != nil {
					key = e.form.Form.GetFocusedField().GetKey()
				}
				t.Fatalf("the editor has focus %v on %q, want %v on %s:\n%s", e.focus, key, tt.focus, tt.path, h.view())
			}
		})
	}
}

func TestReviewShowsTheRequestsWithSecretsMasked(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	h := newHarness(t, withProvider(p))
	ref := agent.NewSecretRef("llm.api_key")
	if err := h.secrets.SetSecret(ref, "sk-live-NEVER-SHOWN"); err != nil {
		t.Fatal(err)
	}
	d := h.seed("Desk", "elevenlabs", "receptionist")
	d.Agent.LLM.APIKey = ref
	h.store.put(d)
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.press(h.keys().Editor.Review)
	r := h.review()
	all := strings.Join(r.body.lines, "\n")
	for _, want := range []string{"Creates a new agent on ElevenLabs", "1 of 1 · create the agent", "POST https://api.example.test/agents", agent.Masked} {
		if !strings.Contains(all, want) {
			t.Errorf("the review does not show %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "sk-live-NEVER-SHOWN") {
		t.Fatal("the review shows a secret")
	}
	// The body scrolls; every line fits the width.
	for range 200 {
		h.press(h.keys().Review.Down)
	}
	if !r.body.atBottom() || r.body.atTop() {
		t.Fatalf("the requests do not scroll to their end")
	}
	for _, l := range strings.Split(h.view(), "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Fatalf("a line is %d wide: %q", w, l)
		}
	}
}

func TestReviewOfAPushedDraftComparesWithTheRemote(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	h := newHarness(t, withProvider(p))
	d := pushed(t, h, p, h.seed("Desk", "elevenlabs", "receptionist"))
	speed := 1.1
	d.Agent.Voice.Speed = &speed
	h.store.put(d)
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.press(h.keys().Editor.Review)
	h.requireView("What a submit changes on ElevenLabs (agent agent-1)", "Voice › Speed: (not set) → 1.1", "PATCH https://api.example.test/agents/agent-1")
	if h.app.dialog != nil {
		t.Fatalf("a drift question for an agent nobody changed:\n%s", h.view())
	}
}

func TestReviewAsksAboutAnAgentChangedElsewhere(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		choice driftAction
		check  func(t *testing.T, h *harness, p *scriptProvider, d agent.Draft)
	}{
		{"pull theirs", driftPullTheirs, func(t *testing.T, h *harness, _ *scriptProvider, d agent.Draft) {
			if got := h.store.get(d.ID); got.Agent.Identity.Name != "Theirs" || got.Status() != agent.StatusPushed {
				t.Errorf("the draft holds %q, status %s", got.Agent.Identity.Name, got.Status())
			}
			h.requireView("Nothing: the agent on ElevenLabs already has what this draft holds", "Pulled theirs; your changes are kept in “Desk (local changes)”.")
			h.press(h.keys().Global.Back)
			if e := h.editor(); e.draft.Agent.Identity.Name != "Theirs" || e.draft.Revision != h.store.get(d.ID).Revision {
				t.Errorf("the editor shows %q at revision %d", e.draft.Agent.Identity.Name, e.draft.Revision)
			}
		}},
		{"push mine", driftPushMine, func(t *testing.T, h *harness, p *scriptProvider, d agent.Draft) {
			if h.app.dialog == nil || !strings.Contains(h.app.dialog.menu().body, "overwritten") {
				t.Fatalf("pushing over theirs is not confirmed:\n%s", h.view())
			}
			h.press(h.keys().Dialog.Next)
			h.press(h.keys().Dialog.Confirm)
			h.requireView("✓ Updated the agent on ElevenLabs.", "Agent id: agent-1")
			remote, _ := p.Get(context.Background(), "agent-1")
			if !strings.Contains(string(remote), "Mine") {
				t.Errorf("the remote agent is not mine: %s", remote)
			}
		}},
		{"save mine as a copy", driftCopyMine, func(t *testing.T, h *harness, _ *scriptProvider, d agent.Draft) {
			if got := h.store.get(d.ID); got.Agent.Identity.Name != "Theirs" {
				t.Errorf("the draft holds %q, want theirs", got.Agent.Identity.Name)
			}
			r := h.review()
			cp := h.store.get(r.draft.ID)
			if cp.ID == d.ID || cp.Name != "Desk (my copy)" || cp.Agent.Identity.Name != "Mine" || cp.Remote().ID != "" {
				t.Errorf("the review goes on with %+v", cp)
			}
			h.press(h.keys().Global.Back)
			if e := h.editor(); e.draft.ID != cp.ID || e.draft.Agent.Identity.Name != "Mine" {
				t.Errorf("the editor is on %s holding %q", e.draft.ID, e.draft.Agent.Identity.Name)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := newScriptProvider("elevenlabs")
			h := newHarness(t, withProvider(p))
			d := pushed(t, h, p, h.seed("Desk", "elevenlabs", "receptionist"))
			d.Agent.Identity.Name = "Mine"
			d = h.store.put(d)
			p.change("agent-1", func(a *agent.Agent) { a.Identity.Name = "Theirs" })
			h.start(80, 24)
			h.press(h.keys().Drafts.Open)
			h.press(h.keys().Editor.Review)
			if h.app.dialog == nil || !isDialog[*driftDialog](h.app.dialog) || len(h.app.dialog.menu().options) != 3 {
				t.Fatalf("no drift question:\n%s", h.view())
			}
			h.requireView("“Desk” was changed on ElevenLabs", "Pull theirs into this draft (your changes go to a copy)")
			for range tt.choice {
				h.press(h.keys().Dialog.Next)
			}
			h.press(h.keys().Dialog.Confirm)
			tt.check(t, h, p, d)
			if n := len(p.order); n != 1 {
				t.Errorf("%d remote agents", n)
			}
		})
	}
}

func TestReviewDriftQuestionCanWait(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	h := newHarness(t, withProvider(p))
	pushed(t, h, p, h.seed("Desk", "elevenlabs", "receptionist"))
	p.change("agent-1", func(a *agent.Agent) { a.Identity.Name = "Theirs" })
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.press(h.keys().Editor.Review)
	h.press(h.keys().Dialog.Cancel)
	h.requireView("! Changed on ElevenLabs since your last push. Press c to choose what to do.")
	// Submitting asks again before anything is sent.
	h.press(h.keys().Review.Submit)
	if h.app.dialog == nil || !isDialog[*driftDialog](h.app.dialog) {
		t.Fatalf("submit went ahead over a change made elsewhere:\n%s", h.view())
	}
	h.press(h.keys().Dialog.Cancel)
	h.press(h.keys().Review.Drift)
	if h.app.dialog == nil || !isDialog[*driftDialog](h.app.dialog) {
		t.Fatalf("c does not ask again:\n%s", h.view())
	}
}

func TestGoldenReviewAndSubmitViews(t *testing.T) {
	t.Parallel()
	scenes := map[string]func(t *testing.T, h *harness, p *scriptProvider){
		"review_new": func(t *testing.T, h *harness, p *scriptProvider) {
			h.seed("Front desk", "nova", "receptionist")
			openAndReview(h)
		},
		"review_problems": func(t *testing.T, h *harness, p *scriptProvider) {
			d := h.seed("Front desk", "nova", "receptionist")
			hot := 7.0
			d.Agent.LLM.Temperature = &hot
			h.store.put(d)
			openAndReview(h)
		},
		"review_changes": func(t *testing.T, h *harness, p *scriptProvider) {
			d := pushed(t, h, p, h.seed("Front desk", "nova", "receptionist"))
			speed := 1.1
			d.Agent.Voice.Speed = &speed
			d.Agent.Greeting.Text = "Hello there"
			h.store.put(d)
			openAndReview(h)
			h.press(h.keys().Review.Switch)
		},
		"submit_done": func(t *testing.T, h *harness, p *scriptProvider) {
			h.seed("Front desk", "nova", "receptionist")
			openAndReview(h)
			h.press(h.keys().Review.Submit)
			h.press(h.keys().Dialog.Next)
			h.press(h.keys().Dialog.Confirm)
		},
		"submit_refused": func(t *testing.T, h *harness, p *scriptProvider) {
			h.seed("Front desk", "nova", "receptionist")
			p.failNext("create", &agent.ProviderError{
				Provider: "nova", Op: "create", Kind: agent.ErrInvalid, Status: 422,
				Message: "Nova refused a setting", Fields: []agent.FieldError{{Path: "voice.speed", Loc: "voice_config.speed", Message: "must be at most 1.5"}},
			})
			openAndReview(h)
			h.press(h.keys().Review.Submit)
			h.press(h.keys().Dialog.Next)
			h.press(h.keys().Dialog.Confirm)
			h.press(h.keys().Submit.Detail)
		},
		"submit_confirm": func(t *testing.T, h *harness, p *scriptProvider) {
			h.seed("Front desk", "nova", "receptionist")
			openAndReview(h)
			h.press(h.keys().Review.Submit)
		},
	}
	for name, scene := range scenes {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				p := newScriptProvider("nova")
				h := newHarness(t, withProvider(p))
				h.start(size[0], size[1])
				scene(t, h, p)
				golden.RequireEqual(t, []byte(h.view()))
			})
		}
	}
}

func openAndReview(h *harness) {
	h.press(h.keys().Drafts.Reload)
	h.press(h.keys().Drafts.Open)
	h.press(h.keys().Editor.Review)
}
