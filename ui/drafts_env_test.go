package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// fakeEnvironments reaches every environment through one script provider,
// and promotes as the command line does when both reach one account.
type fakeEnvironments struct {
	p        *scriptProvider
	envs     []string // environments asked for, in order
	promoted []string
}

func (f *fakeEnvironments) ProviderIn(_, env string) (agent.Provider, error) {
	f.envs = append(f.envs, env)
	return f.p, nil
}

func (f *fakeEnvironments) Promotion(_ context.Context, d agent.Draft, from, to string) (Promotion, error) {
	f.promoted = append(f.promoted, from+"→"+to)
	got, err := d.AgentFor(from)
	if err != nil {
		return Promotion{}, err
	}
	out, err := agent.Retarget(&d, got, from, to, true)
	if err != nil {
		return Promotion{}, err
	}
	return Promotion{
		Send: agent.Payload{Agent: out}, Provider: f.p, Creates: d.RemoteFor(d.Provider, to).ID == "",
		Changes: []agent.Change{{Path: "variables[0].value", Label: "Clinic", From: "", To: "Main street"}},
	}, nil
}

func withEnvironments(f *fakeEnvironments) harnessOption {
	return func(_ *harness, deps *Deps) { deps.Environments = f }
}

// chooseOption moves the open question's cursor to the option that reads
// text and confirms it.
func (h *harness) chooseOption(text string) {
	h.t.Helper()
	if h.app.dialog == nil {
		h.t.Fatalf("no question is open:\n%s", h.view())
	}
	q := h.app.dialog.menu()
	for i, o := range q.options {
		if o == text {
			for q.cursor < i {
				h.press(h.keys().Dialog.Next)
			}
			h.press(h.keys().Dialog.Confirm)
			return
		}
	}
	h.t.Fatalf("the question %q has no option %q: %v", q.title, text, q.options)
}

func TestDraftsListPushesToAnEnvironmentThenPromotes(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	envs := &fakeEnvironments{p: p}
	h := newHarness(t, withProvider(p), withEnvironments(envs))
	d := h.seed("Desk", "nova", "receptionist")
	d.Environments = map[string]agent.EnvValues{
		"staging": {Variables: map[string]string{"clinic": "Test"}},
		"prod":    {Variables: map[string]string{"clinic": "Main street"}},
	}
	d = h.store.put(d)
	h.start(100, 30)

	h.press(h.keys().Drafts.Environments)
	if !isDialog[*envDialog](h.app.dialog) {
		t.Fatalf("e did not show the environments:\n%s", h.view())
	}
	h.requireView("default: never pushed", "prod: never pushed", "staging: never pushed")
	if opts := strings.Join(h.app.dialog.menu().options, "|"); strings.Contains(opts, "Promote") {
		t.Errorf("promote is offered before any push: %s", opts)
	}
	h.chooseOption("Push to staging")
	s := h.submit()
	if !strings.Contains(s.Title(), "submit to staging") {
		t.Errorf("submit title %q", s.Title())
	}
	onDisk := h.store.get(d.ID)
	if onDisk.RemoteFor("nova", "staging").ID != "agent-1" || onDisk.Remote().ID != "" {
		t.Fatalf("remotes after the push to staging: %+v", onDisk.Remotes)
	}
	if !strings.Contains(string(p.agents["agent-1"]), "Test") {
		t.Errorf("staging did not get its values: %s", p.agents["agent-1"])
	}
	if onDisk.Agent.Variables[0].Value != d.Agent.Variables[0].Value {
		t.Error("the push to staging wrote staging's values into the draft's own agent")
	}
	h.press(h.keys().Submit.Done)

	h.press(h.keys().Drafts.Environments)
	h.requireView("staging: in step (agent agent-1)", "prod: never pushed")
	h.chooseOption("Promote staging to prod")
	if !isDialog[*promoteDialog](h.app.dialog) {
		t.Fatalf("promote did not ask first:\n%s", h.view())
	}
	h.requireView("prod has no agent yet", "Clinic")
	h.chooseOption("Push it to prod")
	onDisk = h.store.get(d.ID)
	prodID := onDisk.RemoteFor("nova", "prod").ID
	if prodID == "" || prodID == "agent-1" || onDisk.EnvState("prod") != agent.EnvInStep {
		t.Fatalf("prod after promote: %+v, state %q", onDisk.RemoteFor("nova", "prod"), onDisk.EnvState("prod"))
	}
	if body := string(p.agents[prodID]); !strings.Contains(body, "Main street") || strings.Contains(body, `"Test"`) {
		t.Errorf("prod did not get its own values: %s", body)
	}
	if strings.Join(envs.promoted, ",") != "staging→prod" {
		t.Errorf("promotions asked: %v", envs.promoted)
	}
}

func TestPromoteCancelledSendsNothing(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	h := newHarness(t, withProvider(p), withEnvironments(&fakeEnvironments{p: p}))
	d := h.seed("Desk", "nova", "receptionist")
	d.SetRemoteFor("nova", "staging", agent.Remote{ID: "agent-9", AgentHash: agent.ContentHash(&d.Agent)})
	h.store.put(d)
	h.start(100, 30)
	h.press(h.keys().Drafts.Environments)
	h.chooseOption("Promote staging to default")
	h.chooseOption("Cancel")
	if _, ok := h.top().(*submitScreen); ok || len(p.calls) != 0 {
		t.Fatalf("a cancelled promote pushed: calls %v", p.calls)
	}
}
