package agent

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// SchemaVersion is the version of the draft file format written today.
// Format 2 keeps the remote state (and the native document) per provider and
// environment, and remembers what an unclear create sent and when. Format 3
// adds each provider's own settings (agent.settings), the draft's tests
// (tests) and its environments' values (environments), and no longer writes
// revision and updated, which change on every save, into the shared file:
// they live in the drafts folder's .agentdeck/ (see storage), so two people's
// edits merge in git.
const SchemaVersion = 3

// DefaultEnv is the one environment there is until environments come; the
// remote state is keyed by it already so that they need no new format.
const DefaultEnv = "default"

// Draft is one local agent draft: the agent, the provider it is for, and,
// per provider and environment, the provider-native document and what is
// known of its remote twin.
type Draft struct {
	SchemaVersion int       `yaml:"schema_version" json:"schema_version" jsonschema:"required"`
	ID            string    `yaml:"id" json:"id"`
	Name          string    `yaml:"name" json:"name" jsonschema:"required"`
	Provider      string    `yaml:"provider" json:"provider" jsonschema:"required"`
	Template      string    `yaml:"template,omitempty" json:"template,omitempty"`
	Created       time.Time `yaml:"created" json:"created"`
	Updated       time.Time `yaml:"updated" json:"updated"`
	// Revision grows by one with every save; a save that does not start from
	// the revision on disk is refused (see storage).
	Revision int   `yaml:"revision" json:"revision"`
	Agent    Agent `yaml:"agent" json:"agent"`
	// Tests are the draft's test scenarios (agentdeck test). They sit
	// beside the agent, never in it: they never reach the provider's agent
	// and never count as a change to it.
	Tests []TestCase `yaml:"tests,omitempty" json:"tests,omitempty"`
	// Environments holds each named environment's own values (see
	// EnvValues); the default environment uses the agent as it is.
	Environments map[string]EnvValues `yaml:"environments,omitempty" json:"environments,omitempty"`
	// Remotes is the remote state by provider id, then environment. Switching
	// the draft to another provider and back finds its agent again. Change
	// it only through SetRemote: drafts are copied by value, and SetRemote
	// never writes into a map another copy shares.
	Remotes map[string]map[string]Remote `yaml:"remotes,omitempty" json:"remotes,omitempty"`
	// Env is the environment Remote, SetRemote and Native work in while a
	// push runs ("" is DefaultEnv). It is never saved.
	Env string `yaml:"-" json:"-"`
}

// Remote is what is known of the agent on one provider, in one environment.
type Remote struct {
	ID string `yaml:"id,omitempty" json:"id,omitempty"`
	// AgentHash is ContentHash of the agent as last pushed or pulled; the
	// draft is "changed since push" when its current hash differs.
	AgentHash string `yaml:"agent_hash,omitempty" json:"agent_hash,omitempty"`
	// RemoteHash is DocHash of the remote document as read back after the
	// last push or pull; a different hash now means someone changed the
	// agent elsewhere.
	RemoteHash string    `yaml:"remote_hash,omitempty" json:"remote_hash,omitempty"`
	PushedAt   time.Time `yaml:"pushed_at,omitempty" json:"pushed_at,omitzero"`
	// CreatePending is set just before a create is sent and cleared when the
	// answer is clear. If it is still set at the next push, the create may
	// have happened: the next push adopts an agent only when it can prove
	// that this create made it (see Push).
	CreatePending *PendingCreate `yaml:"create_pending,omitempty" json:"create_pending,omitempty"`
	// Native is the provider-native JSON document the draft came from (import
	// or pull), with secrets replaced by references; "" for a fresh draft.
	// Encoding overlays the agent on it, so settings agentdeck does not
	// model survive.
	Native string `yaml:"native,omitempty" json:"native,omitempty"`
}

// PendingCreate is what an unclear create sent, and when.
type PendingCreate struct {
	// BodyHash is BodyHash of the create's request body; "" when unknown
	// (a draft of format 1), which makes adoption ask instead.
	BodyHash string `yaml:"body_hash,omitempty" json:"body_hash,omitempty"`
	// SentAt is when the create was about to be sent, by this machine's clock.
	SentAt time.Time `yaml:"sent_at" json:"sent_at"`
}

// Pending reports whether an earlier create's outcome is still unclear.
func (r Remote) Pending() bool { return r.ID == "" && r.CreatePending != nil }

// Remote is the remote state of the draft's current provider in its
// environment, d.Env (the zero Remote when there is none).
func (d Draft) Remote() Remote { return d.RemoteFor(d.Provider, EnvName(d.Env)) }

// RemoteFor is the remote state of provider in env.
func (d Draft) RemoteFor(provider, env string) Remote { return d.Remotes[provider][env] }

// Native is the current provider's native document (see Remote.Native) in
// d.Env; an environment never pushed yet starts from the default
// environment's, so settings agentdeck does not model go there too.
func (d Draft) Native() string {
	if n := d.Remote().Native; n != "" || EnvName(d.Env) == DefaultEnv {
		return n
	}
	return d.RemoteFor(d.Provider, DefaultEnv).Native
}

// SetRemote records r as the current provider's state in d.Env.
func (d *Draft) SetRemote(r Remote) { d.SetRemoteFor(d.Provider, EnvName(d.Env), r) }

// SetNative records the current provider's native document.
func (d *Draft) SetNative(native string) {
	r := d.Remote()
	r.Native = native
	d.SetRemote(r)
}

// SetRemoteFor records r as provider's state in env. The maps are copied
// first, so no other copy of the draft sees the change; an empty state is
// dropped.
func (d *Draft) SetRemoteFor(provider, env string, r Remote) {
	out := make(map[string]map[string]Remote, len(d.Remotes)+1)
	for p, envs := range d.Remotes {
		c := make(map[string]Remote, len(envs))
		for e, v := range envs {
			c[e] = v
		}
		out[p] = c
	}
	if out[provider] == nil {
		out[provider] = map[string]Remote{}
	}
	if r == (Remote{}) {
		delete(out[provider], env)
		if len(out[provider]) == 0 {
			delete(out, provider)
		}
	} else {
		out[provider][env] = r
	}
	if len(out) == 0 {
		out = nil
	}
	d.Remotes = out
}

// Unlink forgets every remote agent the draft is linked to (or may have
// made), keeping the native documents: a copy of a draft must not update
// what the original pushed.
func (d *Draft) Unlink() {
	for p, envs := range d.Remotes {
		for e, r := range envs {
			d.SetRemoteFor(p, e, Remote{Native: r.Native})
		}
	}
}

// LinkedIDs lists the remote agents the draft is linked to, as
// provider → ids (one per environment).
func (d *Draft) LinkedIDs() map[string][]string {
	var out map[string][]string
	for p, envs := range d.Remotes {
		for _, r := range envs {
			if r.ID != "" {
				if out == nil {
					out = map[string][]string{}
				}
				out[p] = append(out[p], r.ID)
			}
		}
	}
	return out
}

// Status values of a draft, as the drafts screen and `list` show them.
const (
	StatusNew     = "new"
	StatusPushed  = "pushed"
	StatusChanged = "changed"
	StatusError   = "error"
	// StatusPulled is a draft that is as its remote agent was when pulled,
	// and that agentdeck never pushed: calling it "pushed" would claim a
	// push that never happened.
	StatusPulled = "pulled"
)

// Status says where the draft stands against its remote agent. A linked
// draft unchanged since the last push or pull is "pushed" once agentdeck
// has pushed it, "pulled" while it only ever came from the provider.
func (d *Draft) Status() string {
	r := d.Remote()
	switch {
	case r.Pending():
		return StatusError
	case r.ID == "":
		return StatusNew
	case r.AgentHash != ContentHash(&d.Agent):
		return StatusChanged
	case r.PushedAt.IsZero():
		return StatusPulled
	default:
		return StatusPushed
	}
}

// InStep reports whether the draft is as its remote agent was at the last
// push or pull ("pushed" or "pulled").
func (d *Draft) InStep() bool {
	s := d.Status()
	return s == StatusPushed || s == StatusPulled
}

// Rename gives the draft a new name. The draft's name and its agent's name
// are one name to the person using agentdeck (the editor keeps them in
// step), so both change; the next push sends the new name.
func (d *Draft) Rename(name string) {
	d.Name = name
	d.Agent.Identity.Name = name
}

// ContentHash is a stable hash of what the person configured.
func ContentHash(a *Agent) string {
	raw, _ := json.Marshal(a)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:12])
}

// DocHash is a hash of a JSON document that ignores key order and spacing,
// and which secret reference stands in for a secret: every decode makes
// fresh references, so two reads of an unchanged agent must hash the same.
func DocHash(doc []byte) string {
	return jsonHash(doc, 12, withoutRefIdentity)
}

// BodyHash is a hash of a request body as sent, secrets included: it is
// kept to recognise the same body later, never to show. Key order and
// spacing do not count.
func BodyHash(doc []byte) string {
	return jsonHash(doc, 16, func(v any) any { return v })
}

// jsonHash is the first size bytes, in hex, of the SHA-256 of doc's JSON
// value as prepare leaves it, written again so that key order and spacing
// do not count (encoding/json sorts map keys); text that is not JSON is
// hashed as it is.
func jsonHash(doc []byte, size int, prepare func(any) any) string {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		sum := sha256.Sum256(doc)
		return hex.EncodeToString(sum[:size])
	}
	canon, _ := json.Marshal(prepare(v))
	sum := sha256.Sum256(canon)
	return hex.EncodeToString(sum[:size])
}
