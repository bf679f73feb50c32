package agent

import (
	"context"
	"strings"
)

// DraftCopier saves drafts and keeps copies of them; a pull needs both.
type DraftCopier interface {
	DraftSaver
	// SaveCopy writes d as a new draft called name, not linked to any
	// remote agent, and returns it.
	SaveCopy(d *Draft, name string) (Draft, error)
}

// PullOptions carries what a pull needs besides the provider and the id.
type PullOptions struct {
	// Linked is the draft already linked to the remote agent, nil when
	// there is none: it is refreshed instead of a new draft being made.
	Linked *Draft
	// Secrets keeps the secret values the agent carries; the draft gets
	// references to them. It may be nil only for agents without secrets.
	Secrets SecretStore
	// CopyAs, when set, names a copy of Linked that is kept before Linked
	// is refreshed, whether or not it has unpushed changes ("save mine as a
	// copy"). Without it, a copy named "<name> (local changes)" is kept
	// only when Linked has changes that were never pushed.
	CopyAs string
}

// PullResult is what a pull did.
type PullResult struct {
	Draft     Draft  // the new or refreshed draft, as saved
	Refreshed bool   // an existing draft (PullOptions.Linked) was refreshed
	Copy      *Draft // the copy kept of the linked draft before it was refreshed
}

// Steps of a pull, as PullError names them.
const (
	PullFetch   = "fetch"   // getting the agent from the provider
	PullRead    = "read"    // reading the provider's document
	PullSecrets = "secrets" // keeping the agent's secret values
	PullCopy    = "copy"    // keeping the linked draft's unpushed changes
	PullSave    = "save"    // saving the draft
)

// PullError says which step of a pull failed. No draft was changed by a
// pull that failed before PullSave.
type PullError struct {
	Step     string
	Provider string // the provider's name, as people know it
	Err      error
}

func (e *PullError) Error() string { return e.Summary() + ": " + e.Err.Error() }

// Unwrap exposes the cause, so errors.Is matches the provider's error kinds.
func (e *PullError) Unwrap() error { return e.Err }

// Summary is the failure in one plain sentence, without the cause.
func (e *PullError) Summary() string {
	switch e.Step {
	case PullFetch:
		return "Could not get the agent from " + e.Provider
	case PullRead:
		return e.Provider + " sent the agent in a form agentdeck cannot read"
	case PullSecrets:
		return "Could not keep the agent's secret values, so no draft was changed"
	case PullCopy:
		return "Could not keep the draft's unpushed changes, so it was not refreshed"
	}
	return "Could not save the draft"
}

// Pull fetches the agent remoteID from p and makes it a draft, or refreshes
// opt.Linked, the draft already linked to it. It is the one pull flow, for
// the command line and the TUI. Nothing of the person's is lost: a linked
// draft's unpushed changes are first kept in a copy, and settings the
// provider's answer does not show keep the values last pushed.
func Pull(ctx context.Context, p Provider, remoteID string, store DraftCopier, opt PullOptions) (PullResult, error) {
	name := p.Info().Name
	fail := func(step string, err error) (PullResult, error) {
		return PullResult{}, &PullError{Step: step, Provider: name, Err: err}
	}
	raw, err := p.Get(ctx, remoteID)
	if err != nil {
		return fail(PullFetch, err)
	}
	dec, err := p.Decode(raw)
	if err != nil {
		return fail(PullRead, err)
	}
	// The remote's hash is of what it showed, as the read-back after a push
	// and Drift compute it.
	remoteHash := DocHash(dec.Native)
	linked := opt.Linked
	if linked != nil && linked.Provider != p.Info().ID {
		// The draft was switched to another provider since it was linked:
		// refreshing it from this agent brings it back to this provider,
		// whose link and document it kept.
		back := *linked
		back.Provider = p.Info().ID
		linked = &back
	}
	if _, hides := p.(NativeMerger); hides && linked != nil {
		// Settings the answer does not show (Nova's placeholders) keep the
		// values last pushed instead of being wiped.
		if merged, err := p.Decode(MergeNative(p, lastPushed(p, *linked), raw)); err == nil {
			dec = merged
		}
	}
	// Secrets the linked draft already refers to, in the same place and
	// with the same value, keep their references: pulling an unchanged
	// agent again adds nothing to the credentials.
	if err := KeepDecodedSecrets(p, &dec, opt.Secrets, linked); err != nil {
		return fail(PullSecrets, err)
	}
	var res PullResult
	if linked != nil && (opt.CopyAs != "" || linked.Status() == StatusChanged) {
		copyName := opt.CopyAs
		if copyName == "" {
			copyName = linked.Name + " (local changes)"
		}
		keep := *linked
		cp, err := store.SaveCopy(&keep, copyName)
		if err != nil {
			return fail(PullCopy, err)
		}
		res.Copy = &cp
	}
	var d Draft
	if linked != nil {
		d, res.Refreshed = *linked, true
	} else {
		d = Draft{Provider: p.Info().ID, Name: firstNonBlank(dec.Agent.Identity.Name, remoteID)}
	}
	d.Agent = dec.Agent
	r := d.Remote()
	r.Native = string(dec.Native)
	r.ID, r.CreatePending = remoteID, nil
	r.AgentHash, r.RemoteHash = ContentHash(&d.Agent), remoteHash
	d.SetRemote(r)
	if err := store.Save(&d); err != nil {
		return fail(PullSave, err)
	}
	res.Draft = d
	return res, nil
}

// lastPushed is the document a linked draft last sent, as far as it is
// known: rebuilt from the agent when nothing changed since the push, else
// the stored native document. Secret references stay references.
func lastPushed(p Provider, d Draft) []byte {
	if d.InStep() {
		if doc, err := p.Encode(&d.Agent, []byte(d.Native()), KeepRefs{}); err == nil {
			return doc
		}
	}
	return []byte(d.Native())
}

// KeepRefs resolves each secret reference to itself, so a document can be
// rebuilt without reading any secret value.
type KeepRefs struct{}

// Secret implements SecretLookup.
func (KeepRefs) Secret(ref SecretRef) (string, bool) { return string(ref), true }

func firstNonBlank(values ...string) string {
	for _, v := range values {
		if s := strings.TrimSpace(v); s != "" {
			return s
		}
	}
	return ""
}
