package errtext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestEnvDriftReadsAsTheAgentChanged: a push to an environment stopped by
// changes made elsewhere reads as the agent changed, never as the draft
// saved elsewhere, and names the way on.
func TestEnvDriftReadsAsTheAgentChanged(t *testing.T) {
	t.Parallel()
	got := Sentence(fmt.Errorf("push: %w", &agent.EnvDriftError{Env: "prod", Provider: "Nova", RemoteID: "a1"}), "Nova")
	for _, want := range []string{"The agent in prod was changed on Nova", "nothing was sent", "--env prod --ours"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "another window") {
		t.Errorf("reads as the draft saved elsewhere: %q", got)
	}
	got = Sentence(&agent.EnvDriftError{Env: "prod", Provider: "Nova", RemoteID: "a1", Changed: []string{"Greeting", "Voice › Speed"}}, "Nova")
	if !strings.Contains(got, "meanwhile (Greeting, Voice › Speed); nothing was sent") {
		t.Errorf("the settings changed elsewhere are not named: %q", got)
	}
}
