package cli

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
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

// envMark is an environment's state in one character, as `list` shows it.
func envMark(state string) string {
	switch state {
	case agent.EnvInStep:
		return "✓"
	case agent.EnvChanged:
		return "•"
	case agent.EnvUnclear:
		return "?"
	}
	return "○"
}

// maxEnvCell keeps the environments column narrow enough that a row still
// fits 80 columns with a short name; the rest are counted ("+2"), and
// `list --json` names them all.
const maxEnvCell = 16

// envCell is the environments column of one draft: "default ✓ prod •".
func envCell(envs []storage.EnvEntry) string {
	if len(envs) == 1 && envs[0].Name == agent.DefaultEnv {
		return agent.DefaultEnv + " " + envMark(envs[0].State)
	}
	var b strings.Builder
	width := 0
	for i, e := range envs {
		part := e.Name + " " + envMark(e.State)
		w := utf8.RuneCountInString(part)
		if i > 0 {
			w++ // the space before it
		}
		// Room is kept for the count of those after it, should the next
		// not fit.
		reserve := 0
		if rest := len(envs) - i - 1; rest > 0 {
			reserve = len(" +" + strconv.Itoa(rest))
		}
		if i > 0 && width+w+reserve > maxEnvCell {
			b.WriteString(" +" + strconv.Itoa(len(envs)-i))
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part)
		width += w
	}
	return b.String()
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
