package agent

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Environments: one draft pushed to several places (staging, prod), each
// with its own remote agent (Draft.Remotes is keyed by environment), its
// own connection (each person's settings, never the draft) and its own
// values (EnvValues, in the draft file, so a team shares them).

// maxEnvName keeps an environment's name short enough to read in a list
// and to sit inside an environment variable's name.
const maxEnvName = 40

// CheckEnvName refuses an environment name that is not made of letters,
// digits, - and _ (it becomes part of environment variable names), in plain
// words.
func CheckEnvName(name string) error {
	if name == "" {
		return errors.New("an environment needs a name")
	}
	if len(name) > maxEnvName {
		return fmt.Errorf("the environment name %.40q… is longer than %d characters", name, maxEnvName)
	}
	for _, c := range name {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if !ok {
			return fmt.Errorf("the environment name %q may hold only letters, digits, - and _", name)
		}
	}
	return nil
}

// EnvValues are one environment's own values, kept in the draft file so a
// team shares them. Secrets never go here: they stay references, filled in
// from each person's credentials.
type EnvValues struct {
	// Variables sets the agent's variables by name (added when the agent
	// has none of that name).
	Variables map[string]string `yaml:"variables,omitempty" json:"variables,omitempty"`
	// Overrides sets settings by their path in the draft file
	// (webhooks.post_call.url, telephony.inbound_number, …).
	Overrides map[string]string `yaml:"overrides,omitempty" json:"overrides,omitempty"`
	// IDs maps the ids of things that live in one provider account (phone
	// numbers, workspace tools, webhooks) to their counterparts in this
	// environment's account: {id the draft holds: id here}.
	IDs map[string]string `yaml:"ids,omitempty" json:"ids,omitempty"`
}

// EnvName is the environment env names, DefaultEnv for "".
func EnvName(env string) string {
	if env == "" {
		return DefaultEnv
	}
	return env
}

// CheckEnvironments refuses environment values that cannot be applied: a
// bad name, two names that read the same environment variables (prod and
// Prod), the default environment (it is the draft's own values), a secret
// among the overrides, or an override of no setting.
func (d *Draft) CheckEnvironments() error {
	if err := CheckEnvNamesDistinct(d.EnvNames()); err != nil {
		return err
	}
	for _, env := range sortedKeys(d.Environments) {
		if env == DefaultEnv {
			return fmt.Errorf("the environment %q uses the draft's own values, so it cannot have values of its own; "+
				"remove it from environments", env)
		}
		if err := CheckEnvName(env); err != nil {
			return err
		}
		if _, err := ApplyEnv(d.Agent, d.Environments[env]); err != nil {
			return fmt.Errorf("the environment %s: %w", env, err)
		}
	}
	return nil
}

// AgentFor is the agent as it goes to env: the draft's agent with env's
// values applied. The draft is not changed.
func (d *Draft) AgentFor(env string) (Agent, error) {
	env = EnvName(env)
	v, ok := d.Environments[env]
	if !ok || env == DefaultEnv {
		return d.Agent, nil
	}
	a, err := ApplyEnv(d.Agent, v)
	if err != nil {
		return Agent{}, fmt.Errorf("the environment %s: %w", env, err)
	}
	return a, nil
}

// EnvNames lists the environments the draft knows for its provider: the
// default first, then those with values or a remote agent, by name.
func (d *Draft) EnvNames() []string {
	seen := map[string]bool{DefaultEnv: true}
	out := []string{DefaultEnv}
	var more []string
	add := func(e string) {
		if !seen[e] {
			seen[e] = true
			more = append(more, e)
		}
	}
	for e := range d.Environments {
		add(e)
	}
	for e := range d.Remotes[d.Provider] {
		add(e)
	}
	sort.Strings(more)
	return append(out, more...)
}

// Environment states, as `list`, the editor and the drafts screen show them.
const (
	EnvInStep  = "in step"
	EnvChanged = "changed since push"
	EnvNever   = "never pushed"
	EnvUnclear = "unclear push"
)

// EnvState says where env's remote agent stands against what the draft
// would send there now.
func (d *Draft) EnvState(env string) string {
	r := d.RemoteFor(d.Provider, EnvName(env))
	if r.Pending() {
		return EnvUnclear
	}
	if r.ID == "" {
		return EnvNever
	}
	a, err := d.AgentFor(env)
	if err != nil || r.AgentHash != ContentHash(&a) {
		return EnvChanged
	}
	return EnvInStep
}

// sortedKeys lists a map's keys in order, so messages name things the same
// way every time.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// EnvVarName is env as part of an environment variable's name: upper case,
// - as _ (AGENTDECK_ELEVENLABS_API_KEY_PROD).
func EnvVarName(env string) string {
	return strings.ReplaceAll(strings.ToUpper(env), "-", "_")
}

// envView is d as it goes to d.Env (see ForEnv), or send's agent and
// document when given (promote).
func envView(d Draft, send *Payload) (Draft, error) {
	if send != nil {
		view := d
		view.Agent = send.Agent
		view.SetNative(string(send.Native))
		return view, nil
	}
	return d.ForEnv(d.Env)
}

// ForEnv is d as it goes to env: Env set, so its remote state and native
// document are env's; the agent with env's values applied; and the ids
// env maps swapped in the document too.
func (d Draft) ForEnv(env string) (Draft, error) {
	env = EnvName(env)
	if err := CheckEnvName(env); err != nil {
		return Draft{}, err
	}
	a, err := d.AgentFor(env)
	if err != nil {
		return Draft{}, err
	}
	d.Env, d.Agent = env, a
	if ids := d.Environments[env].IDs; len(ids) > 0 && env != DefaultEnv {
		d.SetNative(string(MapDocIDs([]byte(d.Native()), ids)))
	}
	return d, nil
}
