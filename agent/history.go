package agent

import (
	"encoding/json"
	"time"
)

// Version is one successful push as the draft's history keeps it: what was
// sent and what the provider showed it kept, secrets as references only.
// The read-back is the base of a three-way merge when the agent is later
// changed elsewhere; the body sent is what a rollback returns to.
type Version struct {
	Version  int       `json:"version"`
	Time     time.Time `json:"time"`
	Provider string    `json:"provider"`
	Env      string    `json:"environment"`
	RemoteID string    `json:"agent_id"`
	// Sent is the request body as pushed, each secret value replaced by
	// its reference (see KeepRefs).
	Sent json.RawMessage `json:"sent"`
	// ReadBack is the native document read back after the push (secrets as
	// references); empty when the read-back failed.
	ReadBack json.RawMessage `json:"read_back,omitempty"`
	// ReadBackHash is DocHash of ReadBack: the draft's Remote.RemoteHash
	// right after this push, so the base of a later merge is found by it.
	ReadBackHash string `json:"read_back_hash,omitempty"`
	// Name is the history file's name; set when read, never written.
	Name string `json:"-"`
}

// History keeps a draft's versions. The storage's push session implements
// it, so the one submit flow records every push wherever it starts.
type History interface {
	// AppendVersion stores v as the draft's next version (numbered from
	// the versions already kept) and returns it as stored.
	AppendVersion(draftID string, v Version) (Version, error)
	// Versions lists the draft's versions, oldest first.
	Versions(draftID string) ([]Version, error)
}

// BaseVersion is the version whose read-back the draft last recorded for
// provider and env (its Remote.RemoteHash): the base of a three-way merge.
// ok is false when there is none — a draft pushed before history existed,
// or pulled since.
func BaseVersion(vs []Version, provider, env, remoteID, remoteHash string) (Version, bool) {
	for i := len(vs) - 1; i >= 0; i-- {
		v := vs[i]
		if v.Provider == provider && v.Env == env && v.RemoteID == remoteID &&
			remoteHash != "" && v.ReadBackHash == remoteHash && len(v.ReadBack) > 0 {
			return v, true
		}
	}
	return Version{}, false
}

// recordVersion keeps what a push sent and read back in the draft's
// history, when the saver keeps one. The body is built again with
// references in place of secret values: history never holds a value.
func recordVersion(p Provider, d *Draft, saver DraftSaver, env, remoteID string, readBack []byte, now time.Time) error {
	h, ok := saver.(History)
	if !ok {
		return nil
	}
	sent, err := p.Encode(&d.Agent, []byte(d.Native()), KeepRefs{})
	if err != nil {
		return err
	}
	v := Version{Time: now, Provider: p.Info().ID, Env: env, RemoteID: remoteID, Sent: compactJSON(sent)}
	if len(readBack) > 0 {
		v.ReadBack, v.ReadBackHash = compactJSON(readBack), DocHash(readBack)
	}
	_, err = h.AppendVersion(d.ID, v)
	return err
}

// compactJSON is doc as valid JSON for a RawMessage: a document that is not
// JSON is kept as a JSON string, so a history file always parses.
func compactJSON(doc []byte) json.RawMessage {
	if json.Valid(doc) {
		return append(json.RawMessage(nil), doc...)
	}
	raw, _ := json.Marshal(string(doc))
	return raw
}

// VersionChanges is what version i changed against the version before it
// that went to the same provider and environment (against nothing for the
// first there), field by field, as each body reads through the provider's
// decoder: a push to prod after one to staging lists what prod got new, not
// how prod's values differ from staging's.
func VersionChanges(p Provider, vs []Version, i int) []Change {
	cur, err := p.Decode(vs[i].Sent)
	if err != nil {
		return nil
	}
	prev := &Agent{}
	for j := i - 1; j >= 0; j-- {
		if vs[j].Provider != vs[i].Provider || EnvName(vs[j].Env) != EnvName(vs[i].Env) {
			continue
		}
		if dec, err := p.Decode(vs[j].Sent); err == nil {
			prev = &dec.Agent
		}
		break
	}
	return DiffWith(p.Capabilities(), HideSecrets(*prev), HideSecrets(cur.Agent))
}
