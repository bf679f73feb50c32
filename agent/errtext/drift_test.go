package errtext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestDriftIsWordedAsTheAgentChangedNotTheDraft(t *testing.T) {
	t.Parallel()
	for name, err := range map[string]error{
		"conflicts": &agent.DriftError{Provider: "Nova", Conflicts: []agent.Conflict{{Label: "Basics › Name"}}},
		"no base":   &agent.DriftError{Provider: "Nova", NoBase: true},
		"invalid":   &agent.DriftError{Provider: "Nova", Invalid: agent.Problems{{Path: "identity.name", Message: "is required"}}},
	} {
		got := Sentence(fmt.Errorf("push: %w", err), "Nova")
		if !strings.HasPrefix(got, "The agent was changed on Nova") || !strings.Contains(got, "nothing was sent") {
			t.Errorf("%s: %q", name, got)
		}
	}
}
