package cli

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// The TUI's drafts list gets each draft's environments from the index,
// only for a draft with one besides the default.
func TestTUIEntriesCarryEnvironments(t *testing.T) {
	t.Parallel()
	got := uiEntries([]storage.Entry{
		{ID: "a", Envs: []storage.EnvEntry{{Name: agent.DefaultEnv, State: agent.EnvInStep}, {Name: "prod", State: agent.EnvChanged}}},
		{ID: "b", Envs: []storage.EnvEntry{{Name: agent.DefaultEnv, State: agent.EnvInStep}}},
	})
	if len(got[0].Envs) != 2 || got[0].Envs[1].Name != "prod" || got[0].Envs[1].State != agent.EnvChanged || got[1].Envs != nil {
		t.Fatalf("entries %+v", got)
	}
}
