package agent

import (
	"testing"
	"time"
)

// TestStatusTellsPulledFromPushed guards issue 16: a draft pulled from a
// provider and never pushed was listed as "pushed".
func TestStatusTellsPulledFromPushed(t *testing.T) {
	t.Parallel()
	linked := func(pushedAt time.Time) Draft {
		d := Draft{Provider: "nova", Agent: Agent{Identity: Identity{Name: "Desk"}}}
		d.SetRemote(Remote{ID: "a1", AgentHash: ContentHash(&d.Agent), PushedAt: pushedAt})
		return d
	}
	edited := func(d Draft) Draft { d.Agent.LLM.Prompt = "mine"; return d }
	pending := Draft{Provider: "nova"}
	pending.SetRemote(Remote{CreatePending: &PendingCreate{}})
	pushedAt := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name   string
		d      Draft
		want   string
		inStep bool
	}{
		{"never linked", Draft{Provider: "nova"}, StatusNew, false},
		{"pulled, never pushed", linked(time.Time{}), StatusPulled, true},
		{"pulled, then edited", edited(linked(time.Time{})), StatusChanged, false},
		{"pushed", linked(pushedAt), StatusPushed, true},
		{"pushed, then edited", edited(linked(pushedAt)), StatusChanged, false},
		{"a create whose outcome is unclear", pending, StatusError, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.d.Status(); got != tt.want {
				t.Errorf("Status() = %q, want %q", got, tt.want)
			}
			if got := tt.d.InStep(); got != tt.inStep {
				t.Errorf("InStep() = %v, want %v", got, tt.inStep)
			}
		})
	}
}

func TestRenameNamesTheDraftAndItsAgent(t *testing.T) {
	t.Parallel()
	d := Draft{Name: "Desk", Agent: Agent{Identity: Identity{Name: "Desk"}}}
	d.Rename("Night line")
	if d.Name != "Night line" || d.Agent.Identity.Name != "Night line" {
		t.Fatalf("renamed to %q, agent %q", d.Name, d.Agent.Identity.Name)
	}
}
