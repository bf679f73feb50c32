package ui

import (
	"context"
	"slices"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func (p *scriptProvider) Prepare(_ context.Context, _ *agent.Agent, in agent.PrepareInput) (agent.Prepared, error) {
	if p.prepare == nil {
		return agent.Prepared{}, nil
	}
	return agent.Prepared{}, p.prepare(in)
}

// A submit that would change a workspace tool other agents use stops and
// asks, naming them; "Change it for them too" submits again, allowed to,
// and "Send nothing" sends nothing.
func TestSubmitAsksBeforeChangingASharedTool(t *testing.T) {
	t.Parallel()
	for _, allow := range []bool{true, false} {
		p := newScriptProvider("elevenlabs")
		var allowed []bool
		p.prepare = func(in agent.PrepareInput) error {
			allowed = append(allowed, in.SharedTools)
			if !in.SharedTools {
				return &agent.SharedToolError{Tool: "lookup", Agents: []agent.RemoteAgent{{ID: "a2", Name: "Sales line"}}}
			}
			return nil
		}
		h, _ := openEditorWith(t, p, nil)
		h.submitFromEditor()
		requireDialog[*sharedToolDialog](h)
		h.requireView("Sales line", "Change it for them too")
		if slices.Contains(p.calls, "create") {
			t.Fatalf("the agent was sent before the person answered: %v", p.calls)
		}
		if allow {
			h.choose("Change it for them too")
			h.requireView("✓")
			if !slices.Equal(allowed, []bool{false, true}) || !slices.Contains(p.calls, "create") {
				t.Fatalf("after allowing: prepared %v, calls %v", allowed, p.calls)
			}
			continue
		}
		h.choose("Send nothing")
		if len(allowed) != 1 || slices.Contains(p.calls, "create") {
			t.Fatalf("after sending nothing: prepared %v, calls %v", allowed, p.calls)
		}
	}
}

// ShareTool makes the provider's step refuse to change a tool the agent
// "Sales line" also uses unless the submit is allowed to; allowed lists
// what each submit was allowed.
func (r ScriptRemote) ShareTool() (allowed *[]bool) {
	allowed = new([]bool)
	r.p.prepare = func(in agent.PrepareInput) error {
		*allowed = append(*allowed, in.SharedTools)
		if !in.SharedTools {
			return &agent.SharedToolError{Tool: "lookup", Agents: []agent.RemoteAgent{{ID: "a2", Name: "Sales line"}}}
		}
		return nil
	}
	return allowed
}
