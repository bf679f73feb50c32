package agent

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// SchemaVersion is the version of the draft file format written today.
const SchemaVersion = 1

// Draft is one local agent draft: the agent, the provider it is for, the
// provider-native document it came from, and what is known of its remote twin.
type Draft struct {
	SchemaVersion int       `yaml:"schema_version" json:"schema_version"`
	ID            string    `yaml:"id" json:"id"`
	Name          string    `yaml:"name" json:"name"`
	Provider      string    `yaml:"provider" json:"provider"`
	Template      string    `yaml:"template,omitempty" json:"template,omitempty"`
	Created       time.Time `yaml:"created" json:"created"`
	Updated       time.Time `yaml:"updated" json:"updated"`
	// Revision grows by one with every save; a save that does not start from
	// the revision on disk is refused (see storage).
	Revision int    `yaml:"revision" json:"revision"`
	Remote   Remote `yaml:"remote,omitempty" json:"remote,omitzero"`
	Agent    Agent  `yaml:"agent" json:"agent"`
	// Native is the provider-native JSON document the draft came from (import
	// or pull), with secrets replaced by references; "" for a fresh draft.
	Native string `yaml:"native,omitempty" json:"native,omitempty"`
}

// Remote is what is known of the agent on the provider's side.
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
	// have happened, so the provider's list is checked before creating.
	CreatePending bool `yaml:"create_pending,omitempty" json:"create_pending,omitempty"`
}

// Status values of a draft, as the drafts screen and `list` show them.
const (
	StatusNew     = "new"
	StatusPushed  = "pushed"
	StatusChanged = "changed"
	StatusError   = "error"
)

// Status says where the draft stands against its remote agent.
func (d *Draft) Status() string {
	switch {
	case d.Remote.ID == "" && d.Remote.CreatePending:
		return StatusError
	case d.Remote.ID == "":
		return StatusNew
	case d.Remote.AgentHash != ContentHash(&d.Agent):
		return StatusChanged
	default:
		return StatusPushed
	}
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
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		sum := sha256.Sum256(doc)
		return hex.EncodeToString(sum[:12])
	}
	canon, _ := json.Marshal(withoutRefIdentity(v)) // encoding/json sorts map keys
	sum := sha256.Sum256(canon)
	return hex.EncodeToString(sum[:12])
}
