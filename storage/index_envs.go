package storage

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// EnvEntry is where one of a draft's environments stands, as the list
// shows it.
type EnvEntry struct {
	Name    string
	State   string // agent.EnvInStep, EnvChanged, EnvNever or EnvUnclear
	AgentID string // its remote agent's id; "" when it has none
}

// The index keeps each draft's environments in one field: the default
// environment's state as one letter (its agent id is the entry's
// RemoteID), then, for each other environment, 0x1e, its name, 0x1f, its
// state's letter, 0x1f, its agent id. A draft with only the default
// environment — most of them — costs one byte and no allocation to read.
var envCodes = [...]struct {
	state string
	code  byte
}{
	{agent.EnvInStep, 's'},
	{agent.EnvChanged, 'c'},
	{agent.EnvNever, 'n'},
	{agent.EnvUnclear, 'u'},
}

// envCode is state's letter; a state the index does not know reads as
// never pushed.
func envCode(state string) byte {
	for _, e := range envCodes {
		if e.state == state {
			return e.code
		}
	}
	return envCode(agent.EnvNever)
}

// envState is the state a letter stands for.
func envState(code byte) (string, bool) {
	for _, e := range envCodes {
		if e.code == code {
			return e.state, true
		}
	}
	return "", false
}

// defaultEnvCode is the default environment's state for a draft of
// status (see agent.Draft.Status and EnvState).
func defaultEnvCode(status string) byte {
	switch status {
	case agent.StatusError:
		return envCode(agent.EnvUnclear)
	case agent.StatusNew:
		return envCode(agent.EnvNever)
	case agent.StatusChanged:
		return envCode(agent.EnvChanged)
	}
	return envCode(agent.EnvInStep) // pushed or pulled
}

// describeEnvs is the index's field for d's environments; status is
// d.Status(), which is the default environment's state in other words, so
// its agent is not hashed twice.
func describeEnvs(d *agent.Draft, status string) string {
	var b []byte
	for i, env := range d.EnvNames() {
		if i == 0 { // the default, always first
			b = append(b, defaultEnvCode(status))
			continue
		}
		code := envCode(d.EnvState(env))
		b = append(b, linkSep...)
		b = appendEscaped(b, env)
		b = append(b, linkIDSep...)
		b = append(b, code)
		b = append(b, linkIDSep...)
		b = appendEscaped(b, d.RemoteFor(d.Provider, env).ID)
	}
	return string(b)
}

// checkEnvsField reports whether an index field for environments is one
// describeEnvs writes ("" for a damaged file), without allocating: the
// whole index is checked as it is read.
func checkEnvsField(f string) bool {
	if f == "" {
		return true
	}
	if _, ok := envState(f[0]); !ok {
		return false
	}
	rest := f[1:]
	if rest == "" {
		return true
	}
	rest, ok := strings.CutPrefix(rest, linkSep)
	for ok {
		var group string
		group, rest, ok = strings.Cut(rest, linkSep)
		name, tail, found1 := strings.Cut(group, linkIDSep)
		code, id, found2 := strings.Cut(tail, linkIDSep)
		if !found1 || !found2 || len(code) != 1 || strings.Contains(id, linkIDSep) || !escapedWell(name) || !escapedWell(id) {
			return false
		}
		if _, good := envState(code[0]); !good {
			return false
		}
	}
	return rest == ""
}

// escapedWell reports whether unescape takes s.
func escapedWell(s string) bool {
	if !strings.Contains(s, "\\") {
		return true
	}
	_, ok := unescape(s)
	return ok
}

// envCount is how many environments the field f names.
func envCount(f string) int {
	if f == "" {
		return 0
	}
	return 1 + strings.Count(f, linkSep)
}

// decodeEnvs appends the environments of the field f to out, the default's
// with defaultID.
func decodeEnvs(f, defaultID string, out []EnvEntry) ([]EnvEntry, bool) {
	if f == "" {
		return out, true
	}
	state, ok := envState(f[0])
	if !ok {
		return out, false
	}
	out = append(out, EnvEntry{Name: agent.DefaultEnv, State: state, AgentID: defaultID})
	if len(f) == 1 {
		return out, true
	}
	if !strings.HasPrefix(f[1:], linkSep) {
		return out, false
	}
	for _, group := range strings.Split(f[1+len(linkSep):], linkSep) {
		parts := strings.Split(group, linkIDSep)
		if len(parts) != 3 || len(parts[1]) != 1 {
			return out, false
		}
		name, ok1 := unescape(parts[0])
		id, ok2 := unescape(parts[2])
		state, ok3 := envState(parts[1][0])
		if !ok1 || !ok2 || !ok3 {
			return out, false
		}
		out = append(out, EnvEntry{Name: name, State: state, AgentID: id})
	}
	return out, true
}
