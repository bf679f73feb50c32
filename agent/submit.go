package agent

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// DraftSaver persists a draft. Save refuses a draft whose Revision is not the
// one on disk (ErrConflict) and, on success, advances d.Revision and d.Updated.
type DraftSaver interface {
	Save(d *Draft) error
}

// SecretStore keeps secret values under their references.
type SecretStore interface {
	SecretLookup
	SetSecret(ref SecretRef, value string) error
}

// Push steps, reported through PushOptions.Progress.
const (
	StepCheck     = "check"     // look for an agent an earlier, unclear create made
	StepCreate    = "create"    // make the remote agent
	StepConfigure = "configure" // send the rest after a create (Nova)
	StepUpdate    = "update"    // update an existing remote agent
	StepReadBack  = "read back" // fetch the agent to see what the provider kept
)

// PushOptions carries what a push needs besides the draft.
type PushOptions struct {
	Secrets  SecretLookup
	Progress func(step string) // may be nil
	Now      func() time.Time  // may be nil
}

// PushResult is what a successful push did.
type PushResult struct {
	RemoteID string
	Created  bool // a new remote agent was made
	Adopted  bool // an agent an earlier, unclear create made was found and linked
	// NotKept lists fields that were sent but that the provider did not keep
	// (only fields the provider carries: the others were never sent),
	// as read back after the push.
	NotKept []Change
	// ReadBackErr is set when the push succeeded but the read-back failed.
	ReadBackErr error
	Draft       Draft // the draft as saved after the push
}

// Push is the one submit flow, shared by the command line and the TUI:
// validate, encode, create or update, record the result. The remote id is
// saved the moment a create answers, before any follow-up call, and a create
// whose outcome is unclear is remembered so the next push looks for the agent
// instead of making a second one. The person's settings in d are never changed.
func Push(ctx context.Context, p Provider, d Draft, store DraftSaver, opt PushOptions) (PushResult, error) {
	progress := opt.Progress
	if progress == nil {
		progress = func(string) {}
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	if errs := p.Validate(&d.Agent).Errors(); len(errs) > 0 {
		return PushResult{}, errs
	}
	// A saved secret is filled in only where it was made for; one moved
	// elsewhere (a crafted import, a teammate's file) stops the push here,
	// before any value is read.
	if err := CheckSecretPlaces(p, &d, opt.Secrets); err != nil {
		return PushResult{}, err
	}
	doc, err := p.Encode(&d.Agent, []byte(d.Native), opt.Secrets)
	if err != nil {
		return PushResult{}, fmt.Errorf("build the request: %w", err)
	}
	res := PushResult{RemoteID: d.Remote.ID}
	if res.RemoteID == "" && d.Remote.CreatePending {
		progress(StepCheck)
		id, err := findEarlierCreate(ctx, p, d.Agent.Identity.Name)
		if err != nil {
			return PushResult{}, err
		}
		if id != "" {
			d.Remote.ID, d.Remote.CreatePending = id, false
			if err := store.Save(&d); err != nil {
				return PushResult{}, err
			}
			res.RemoteID, res.Adopted = id, true
		}
	}
	if res.RemoteID == "" {
		id, err := create(ctx, p, &d, doc, store, progress)
		if err != nil {
			return PushResult{}, err
		}
		res.RemoteID, res.Created = id, true
	}
	if !res.Created || p.Info().CreateThenUpdate {
		step := StepUpdate
		if res.Created {
			step = StepConfigure
		}
		progress(step)
		if err := p.Update(ctx, res.RemoteID, doc); err != nil {
			return PushResult{RemoteID: res.RemoteID, Created: res.Created, Draft: d}, err
		}
	}
	progress(StepReadBack)
	d.Remote.AgentHash = ContentHash(&d.Agent)
	d.Remote.PushedAt = now().UTC()
	if got, err := p.Get(ctx, res.RemoteID); err != nil {
		res.ReadBackErr = err
	} else if back, err := p.Decode(got); err != nil {
		res.ReadBackErr = err
	} else {
		d.Remote.RemoteHash = DocHash(back.Native)
		// What the answer leaves out was not dropped: compare against the
		// answer completed with what was just sent (see NativeMerger).
		if shown, err := p.Decode(MergeNative(p, doc, got)); err == nil {
			back = shown
		}
		res.NotKept = carriedChanges(NotKept(asSent(p, doc, &d.Agent), &back.Agent), p.Capabilities())
	}
	if err := store.Save(&d); err != nil {
		return res, err
	}
	res.Draft = d
	return res, nil
}

// create records that a create is under way, sends it, and records the new
// id at once. A clear refusal puts the remote state back as it was.
func create(ctx context.Context, p Provider, d *Draft, doc []byte, store DraftSaver, progress func(string)) (string, error) {
	d.Remote.CreatePending = true
	if err := store.Save(d); err != nil {
		return "", err
	}
	progress(StepCreate)
	id, err := p.Create(ctx, doc)
	if err != nil {
		if !errors.Is(err, ErrAmbiguous) {
			d.Remote.CreatePending = false
			if serr := store.Save(d); serr != nil {
				return "", errors.Join(err, serr)
			}
		}
		return "", err
	}
	d.Remote.ID, d.Remote.CreatePending = id, false
	if err := store.Save(d); err != nil {
		return id, fmt.Errorf("the agent was created as %s but the draft could not record it: %w", id, err)
	}
	return id, nil
}

// findEarlierCreate looks for the agent an unclear create may have made.
func findEarlierCreate(ctx context.Context, p Provider, name string) (string, error) {
	agents, err := p.List(ctx)
	if err != nil {
		return "", fmt.Errorf("an earlier push may have created this agent, and checking the list failed, so nothing was sent: %w", err)
	}
	var ids []string
	for _, a := range agents {
		if a.Name == name {
			ids = append(ids, a.ID)
		}
	}
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	default:
		return "", fmt.Errorf("%w: an earlier push may have created this agent, and %d agents on %s are named %q; pull the right one instead of pushing",
			ErrConflict, len(ids), p.Info().Name, name)
	}
}

// carriedChanges keeps the changes to fields caps carries: a field the
// provider has no setting for was never sent (validation already warned),
// so it is not news that it did not come back.
func carriedChanges(cs []Change, caps Capabilities) []Change {
	var out []Change
	for _, c := range cs {
		if caps.Supports(c.Path) {
			out = append(out, c)
		}
	}
	return out
}

// asSent is the agent as the provider reads the body it was sent: the form
// the provider keeps things in (a language without its region, parameters
// in the provider's order) is then not mistaken for a setting it dropped.
// When the body cannot be read back, the draft's agent is used.
func asSent(p Provider, doc []byte, a *Agent) *Agent {
	if shaped, err := p.Decode(doc); err == nil {
		return &shaped.Agent
	}
	return a
}

// NotKept lists the fields set in sent that came back different in got. A
// secret counts as kept when a secret came back: each read makes a new
// reference, and the value is never compared.
func NotKept(sent, got *Agent) []Change {
	gotValues := map[string]string{}
	for _, f := range Flatten(got) {
		gotValues[f.Path] = f.Value
	}
	var out []Change
	for _, f := range Flatten(sent) {
		// A secret comes back under a fresh reference: its value cannot be
		// compared, but its absence can.
		v := gotValues[f.Path]
		if v != f.Value && !(IsRef(v) && IsRef(f.Value)) {
			out = append(out, Change{Path: f.Path, Label: Label(f.Path), From: f.Value, To: v})
		}
	}
	return out
}

// Drift fetches the remote agent of a pushed draft and reports whether it was
// changed elsewhere since the last push or pull.
func Drift(ctx context.Context, p Provider, d *Draft) (remote Decoded, changedElsewhere bool, err error) {
	if d.Remote.ID == "" {
		return Decoded{}, false, fmt.Errorf("%w: this draft has not been pushed yet", ErrNotFound)
	}
	got, err := p.Get(ctx, d.Remote.ID)
	if err != nil {
		return Decoded{}, false, err
	}
	remote, err = p.Decode(got)
	if err != nil {
		return Decoded{}, false, err
	}
	return remote, d.Remote.RemoteHash != "" && DocHash(remote.Native) != d.Remote.RemoteHash, nil
}
