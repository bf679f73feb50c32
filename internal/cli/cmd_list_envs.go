package cli

import (
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// listedEnv is one of a draft's environments in `list --json`.
type listedEnv struct {
	Name    string `json:"name"`
	State   string `json:"state"`
	AgentID string `json:"agent_id"`
}

func listedEnvs(envs []storage.EnvEntry) []listedEnv {
	if len(envs) == 0 {
		return nil
	}
	out := make([]listedEnv, len(envs))
	for i, e := range envs {
		out[i] = listedEnv{Name: e.Name, State: e.State, AgentID: e.AgentID}
	}
	return out
}

// envCell is the environments column of one draft: "default ✓ prod •",
// the same cell as the TUI's drafts list.
func envCell(envs []storage.EnvEntry) string {
	cell := make([]ui.DraftEnv, len(envs))
	for i, e := range envs {
		cell[i] = ui.DraftEnv{Name: e.Name, State: e.State}
	}
	return ui.EnvsCell(cell)
}

// hasNamedEnvs reports whether any of entries has an environment besides
// the default: only then does `list` show the environments column, so a
// folder without environments lists as it always did.
func hasNamedEnvs(entries []storage.Entry) bool {
	for _, e := range entries {
		if len(e.Envs) > 1 {
			return true
		}
	}
	return false
}
