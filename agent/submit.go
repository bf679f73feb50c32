package agent

import (
	"context"
	"errors"
	"fmt"
	"strings"
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
	// LinkedDrafts names the local drafts linked to the remote agent
	// remoteID on provider (storage's index knows); the pushed draft itself
	// may be among them. Nil means no other draft is known.
	LinkedDrafts func(provider, remoteID string) ([]string, error)
	// Adopt links the draft to this existing remote agent on purpose before
	// updating it (push --adopt); "" for an ordinary push.
	Adopt string
	// Env is the environment pushed to; "" is DefaultEnv. The agent goes
	// with that environment's values applied (Draft.AgentFor), and the
	// result is recorded as that environment's remote state.
	Env string
	// Send, when set, is sent instead of the draft's agent (promote: what
	// another environment received, with this one's values filled in).
	Send *Payload
	// Merge settles the conflicts of a three-way merge with changes made
	// elsewhere (see settleDrift); the zero value stops at any conflict.
	Merge MergeOptions
	// ToolLinks names the local drafts whose tools link a provider-side
	// tool (see PrepareInput); nil means no other draft is known.
	ToolLinks func(provider, toolID string) ([]string, error)
	// SharedTools allows changing a provider-side tool other agents also
	// use (push --shared-tools); without it such a push stops with a
	// SharedToolError.
	SharedTools bool
}

// Payload is an agent to send and the native document it is laid over.
type Payload struct {
	Agent  Agent
	Native []byte
}

// PushResult is what a successful push did.
type PushResult struct {
	RemoteID string
	Created  bool // a new remote agent was made
	// Adopted is set when the draft was linked to an existing agent: one an
	// earlier, unclear create was proven to have made, or one named by
	// PushOptions.Adopt.
	Adopted bool
	// NotKept lists fields that were sent but that the provider did not keep
	// (only fields the provider carries: the others were never sent),
	// as read back after the push.
	NotKept []Change
	// ReadBackErr is set when the push succeeded but the read-back failed.
	ReadBackErr error
	Draft       Draft // the draft as saved after the push
	// Merged is set when the agent had been changed elsewhere and those
	// changes were merged into what was sent.
	Merged *Merged
	// HistoryErr is set when the push worked but its version could not be
	// kept in the draft's history.
	HistoryErr error
}

// Push is the one submit flow, shared by the command line and the TUI:
// validate, encode, create or update, record the result. The remote id is
// saved the moment a create answers, before any follow-up call, and a create
// whose outcome is unclear is remembered (what it sent, and when) so the
// next push adopts the agent it made only when that can be proven, instead
// of making a second one or taking over someone else's (see
// findEarlierCreate). The person's settings in d are never changed.
func Push(ctx context.Context, p Provider, d Draft, store DraftSaver, opt PushOptions) (PushResult, error) {
	progress := opt.Progress
	if progress == nil {
		progress = func(string) {}
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	d.Env = EnvName(opt.Env)
	// view is the draft as it goes to d.Env: its values applied (or what
	// promote sends). d itself, the person's draft, is what gets saved.
	if err := CheckEnvNameClash(d.Env, d.EnvNames()); err != nil {
		return PushResult{}, err
	}
	view, err := envView(d, opt.Send)
	if err != nil {
		return PushResult{}, err
	}
	if err := view.TypeEnvSettings(p.Capabilities()); err != nil {
		return PushResult{}, err
	}
	if errs := p.Validate(&view.Agent).Errors(); len(errs) > 0 {
		return PushResult{}, errs
	}
	// A saved secret is filled in only where it was made for; one moved
	// elsewhere (a crafted import, a teammate's file) stops the push here,
	// before any value is read.
	if err := CheckSecretPlaces(p, &view, opt.Secrets); err != nil {
		return PushResult{}, err
	}
	// Changes made elsewhere since the last push are merged in first, or
	// the push stops here with nothing sent.
	d, view, secrets, merged, err := settleEnvDrift(ctx, p, d, view, store, opt)
	if err != nil {
		return PushResult{}, err
	}
	if merged != nil {
		if errs := p.Validate(&view.Agent).Errors(); len(errs) > 0 {
			return PushResult{}, &DriftError{Provider: p.Info().Name, RemoteID: d.Remote().ID, Invalid: errs}
		}
	}
	// What the provider keeps apart from the agent (a key saved as a
	// workspace secret) is made first, and the draft records it.
	if err := prepare(ctx, p, &d, &view, secrets, store, opt); err != nil {
		return PushResult{}, err
	}
	doc, err := p.Encode(&view.Agent, []byte(view.Native()), secrets)
	if err != nil {
		return PushResult{}, fmt.Errorf("build the request: %w", err)
	}
	res := PushResult{RemoteID: d.Remote().ID, Merged: merged}
	switch {
	case opt.Adopt != "" && opt.Adopt != res.RemoteID:
		progress(StepCheck)
		if err := adoptOnPurpose(ctx, p, &d, opt.Adopt, store, opt); err != nil {
			return PushResult{}, err
		}
		res.RemoteID, res.Adopted = opt.Adopt, true
	case d.Remote().Pending():
		progress(StepCheck)
		id, err := findEarlierCreate(ctx, p, &view, doc, opt)
		if err != nil {
			return PushResult{}, err
		}
		if id != "" {
			r := d.Remote()
			r.ID, r.CreatePending = id, nil
			d.SetRemote(r)
			if err := store.Save(&d); err != nil {
				return PushResult{}, err
			}
			res.RemoteID, res.Adopted = id, true
		}
	}
	if res.RemoteID == "" {
		id, err := create(ctx, p, &d, doc, store, progress, now)
		if err != nil {
			return PushResult{RemoteID: id, Created: id != ""}, err
		}
		res.RemoteID, res.Created = id, true
	}
	if !res.Created || p.Info().CreateThenUpdate {
		step := StepUpdate
		if res.Created {
			step = StepConfigure
		}
		progress(step)
		if err := NeedRemoteID(p.Info().ID, "update", res.RemoteID); err != nil {
			return PushResult{}, err
		}
		if err := p.Update(ctx, res.RemoteID, doc); err != nil {
			return PushResult{RemoteID: res.RemoteID, Created: res.Created, Draft: d}, err
		}
	}
	progress(StepReadBack)
	r := d.Remote()
	r.AgentHash = envContentHash(view)
	r.PushedAt = now().UTC()
	var readBack []byte
	if got, err := p.Get(ctx, res.RemoteID); err != nil {
		res.ReadBackErr = err
	} else if back, err := p.Decode(got); err != nil {
		res.ReadBackErr = err
	} else {
		r.RemoteHash = DocHash(back.Native)
		readBack = back.Native
		// What the answer leaves out was not dropped: compare against the
		// answer completed with what was just sent (see NativeMerger).
		if shown, err := p.Decode(MergeNative(p, doc, got)); err == nil {
			back = shown
		}
		res.NotKept = carriedChanges(NotKeptWith(p.Capabilities(), asSent(p, doc, &view.Agent), &back.Agent), p.Capabilities())
	}
	// The version is kept before the draft records the push, so a draft
	// whose remote hash names a read-back always finds it in history.
	res.HistoryErr = recordVersion(p, &view, store, pushEnv(opt), res.RemoteID, readBack, r.PushedAt)
	d.SetRemote(r)
	if err := store.Save(&d); err != nil {
		what := "updated"
		if res.Created {
			what = "created"
		}
		return res, &NotRecordedError{Provider: p.Info().Name, RemoteID: res.RemoteID, What: what, Err: err}
	}
	res.Draft = d
	res.Draft.Env = "" // the draft as saved: the environment is the push's, not the file's
	return res, nil
}

// create records that a create is under way — a hash of what it sends, and
// when — sends it, and records the new id at once. A clear refusal puts the
// remote state back as it was.
func create(ctx context.Context, p Provider, d *Draft, doc []byte, store DraftSaver, progress func(string), now func() time.Time) (string, error) {
	before := d.Remote()
	r := before
	r.CreatePending = &PendingCreate{BodyHash: BodyHash(doc), SentAt: now().UTC()}
	d.SetRemote(r)
	if err := store.Save(d); err != nil {
		return "", err
	}
	progress(StepCreate)
	id, err := p.Create(ctx, doc)
	if err == nil && id == "" {
		err = &ProviderError{
			Provider: p.Info().ID, Op: "create", Kind: ErrAmbiguous,
			Message: "the answer to the create named no agent",
		}
	}
	if err != nil {
		if !errors.Is(err, ErrAmbiguous) {
			d.SetRemote(before)
			if serr := store.Save(d); serr != nil {
				return "", errors.Join(err, serr)
			}
		}
		return "", err
	}
	r.ID, r.CreatePending = id, nil
	d.SetRemote(r)
	if err := store.Save(d); err != nil {
		return id, &NotRecordedError{Provider: p.Info().Name, RemoteID: id, What: "created", Err: err}
	}
	return id, nil
}

// NotRecordedError is a change that reached the provider but that the draft
// could not record (a full disk): the provider did not fail.
type NotRecordedError struct {
	Provider string // as people know it
	RemoteID string
	What     string // created, updated
	Err      error
}

func (e *NotRecordedError) Error() string {
	return fmt.Sprintf("the agent %s was %s on %s, but the draft could not record it: %v", e.RemoteID, e.What, e.Provider, e.Err)
}

// Unwrap exposes the storage error.
func (e *NotRecordedError) Unwrap() error { return e.Err }

// NeedRemoteID refuses an empty remote agent id before any request is
// built: an update or read of "" would address the agent collection.
func NeedRemoteID(provider, op, remoteID string) error {
	if strings.TrimSpace(remoteID) != "" {
		return nil
	}
	return &ProviderError{
		Provider: provider, Op: op, Kind: ErrNotFound,
		Message: "no agent id was given, so nothing was sent",
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
func NotKept(sent, got *Agent) []Change { return NotKeptWith(Capabilities{}, sent, got) }

// NotKeptWith is NotKept with provider settings named by caps' labels.
func NotKeptWith(caps Capabilities, sent, got *Agent) []Change {
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
			out = append(out, Change{Path: f.Path, Label: LabelWith(caps, sent, f.Path), From: f.Value, To: v})
		}
	}
	return out
}

// Drift fetches the remote agent of a pushed draft and reports whether it was
// changed elsewhere since the last push or pull.
func Drift(ctx context.Context, p Provider, d *Draft) (remote Decoded, changedElsewhere bool, err error) {
	r := d.Remote()
	if r.ID == "" {
		return Decoded{}, false, fmt.Errorf("%w: this draft has not been pushed yet", ErrNotFound)
	}
	got, err := p.Get(ctx, r.ID)
	if err != nil {
		return Decoded{}, false, err
	}
	remote, err = p.Decode(got)
	if err != nil {
		return Decoded{}, false, err
	}
	return remote, r.RemoteHash != "" && DocHash(remote.Native) != r.RemoteHash, nil
}
