package agent

import (
	"context"
	"fmt"
)

// DriftError stops a push of an agent changed elsewhere since the last
// push, before anything is sent: the draft and the remote agent stay as
// they were. With a base in history it names only the conflicts; without
// one (a draft pushed before history existed, or pulled since) it lists
// every difference, and one whole side must be chosen.
type DriftError struct {
	Provider  string // as people know it
	RemoteID  string
	NoBase    bool
	Conflicts []Conflict // with a base: settings changed on both sides differently
	Changes   []Change   // without one: remote value → draft value
	// Invalid is set when the merge settled everything but the merged
	// agent does not pass the provider's checks.
	Invalid Problems
}

func (e *DriftError) Error() string {
	switch {
	case len(e.Invalid) > 0:
		return fmt.Sprintf("the agent %s was changed on %s, and the draft merged with those changes has problems: %v", e.RemoteID, e.Provider, e.Invalid.Errors())
	case e.NoBase:
		return fmt.Sprintf("the agent %s was changed on %s since the last push, and there is no pushed version to merge on", e.RemoteID, e.Provider)
	}
	return fmt.Sprintf("the agent %s was changed on %s since the last push, and %d settings were changed differently in the draft", e.RemoteID, e.Provider, len(e.Conflicts))
}

// Is makes errors.Is(err, ErrConflict) true.
func (e *DriftError) Is(target error) bool { return target == ErrConflict }

// layeredSecrets looks a reference up in first, then in more.
type layeredSecrets struct {
	first SecretLookup
	more  SecretMap
}

func (l layeredSecrets) Secret(ref SecretRef) (string, bool) {
	if v, ok := l.more[ref]; ok {
		return v, true
	}
	if l.first == nil {
		return "", false
	}
	return l.first.Secret(ref)
}

// settleDrift reads the remote agent of a pushed draft and, when it was
// changed elsewhere since the last push, merges it into the draft on the
// base the history keeps (see ThreeWay). It returns the draft to push and
// the secrets to build it with. Nothing is saved or sent here: a merge that
// cannot complete leaves everything as it was.
func settleDrift(ctx context.Context, p Provider, d Draft, store DraftSaver, opt PushOptions) (Draft, SecretLookup, *Merged, error) {
	r := d.Remote()
	if r.ID == "" || r.RemoteHash == "" || r.Pending() || opt.Adopt != "" && opt.Adopt != r.ID {
		return d, opt.Secrets, nil, nil
	}
	got, err := p.Get(ctx, r.ID)
	if err != nil {
		return d, nil, nil, err
	}
	remote, err := p.Decode(got)
	if err != nil {
		return d, nil, nil, err
	}
	if DocHash(remote.Native) == r.RemoteHash {
		return d, opt.Secrets, nil, nil
	}
	drift := &DriftError{Provider: p.Info().Name, RemoteID: r.ID}
	base, ok := Version{}, false
	if h, isH := store.(History); isH {
		if vs, err := h.Versions(d.ID); err == nil {
			base, ok = BaseVersion(vs, p.Info().ID, pushEnv(opt), r.ID, r.RemoteHash)
		}
	}
	if !ok {
		switch opt.Merge.All {
		case SideOurs:
			return d, opt.Secrets, nil, nil
		case SideTheirs:
			before := d
			d.Agent = remote.Agent
			d.SetNative(string(remote.Native))
			keepNameInStep(&d, before)
			return d, keepSecrets(opt.Secrets, remote.Secrets), &Merged{Agent: remote.Agent}, nil
		case SideUnset:
		}
		drift.NoBase = true
		drift.Changes, _ = PushDiff(p, &d, &remote.Agent)
		return d, nil, nil, drift
	}
	m, err := ThreeWay(p, &d, base, remote, opt.Merge)
	if err != nil {
		return d, nil, nil, err
	}
	if drift.Conflicts = m.Unsettled(); len(drift.Conflicts) > 0 {
		return d, nil, nil, drift
	}
	merged := d
	merged.Agent = m.Agent
	merged.SetNative(string(m.Native))
	keepNameInStep(&merged, d)
	if errs := p.Validate(&merged.Agent).Errors(); len(errs) > 0 {
		drift.Invalid = errs
		return d, nil, nil, drift
	}
	return merged, keepSecrets(opt.Secrets, m.Secrets), &m, nil
}

// keepSecrets saves the values of secrets taken from the remote agent where
// the person's secrets are kept (when the lookup can save), and returns a
// lookup that finds them either way.
func keepSecrets(secrets SecretLookup, found map[SecretRef]string) SecretLookup {
	if len(found) == 0 {
		return secrets
	}
	if s, ok := secrets.(SecretStore); ok {
		for ref, v := range found {
			_ = s.SetSecret(ref, v) // still found below for this push
		}
	}
	return layeredSecrets{first: secrets, more: SecretMap(found)}
}

// pushEnv is the environment a push goes to.
func pushEnv(opt PushOptions) string {
	if opt.Env == "" {
		return DefaultEnv
	}
	return opt.Env
}

// keepNameInStep renames the draft with its agent when a merge took the
// agent's name from elsewhere: to people the two are one name (see
// Draft.Rename).
func keepNameInStep(merged *Draft, before Draft) {
	if before.Name == before.Agent.Identity.Name && merged.Agent.Identity.Name != "" {
		merged.Name = merged.Agent.Identity.Name
	}
}
