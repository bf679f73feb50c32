package agent

import (
	"context"
	"errors"
	"fmt"
)

// What a plan says will happen to a draft (`agentdeck plan` and `apply`).
const (
	PlanCreate    = "create"    // no remote agent yet: apply makes one
	PlanUpdate    = "update"    // the remote agent differs: apply sends the changes
	PlanUnchanged = "unchanged" // the remote agent already is the draft
	PlanBlocked   = "blocked"   // apply leaves it alone; Reason says why
)

// PlanItem is what a plan says of one draft.
type PlanItem struct {
	Action   string
	RemoteID string // the linked agent; for an adoption, the one that will be linked
	// Changes are the settings an update changes: "Label: remote → draft".
	Changes []Change
	// Reason says, in one plain sentence without a full stop, why the draft
	// is blocked, or what else apply will do (link an agent an earlier push
	// made).
	Reason string
	// Problems are the validation errors that block the draft.
	Problems Problems
	// Adopt marks an update of the agent an earlier, unclear create was
	// proven to have made: apply links it before updating.
	Adopt bool
	// Err is the failure behind a blocked plan that reading the provider
	// caused (a network error), for --details and exit codes; nil otherwise.
	Err error
}

// Plan says what a push of d to env would do (Push with PushOptions.Env),
// reading the provider but changing nothing, neither the draft nor the
// remote agent.
func Plan(ctx context.Context, p Provider, d Draft, env string, opt PushOptions) PlanItem {
	// The draft as it goes to env: its values applied, its remote state
	// and document env's (see Draft.ForEnv).
	d, err := d.ForEnv(env)
	if err != nil {
		return blocked("the draft's values for this environment cannot be applied", err)
	}
	if errs := p.Validate(&d.Agent).Errors(); len(errs) > 0 {
		return PlanItem{Action: PlanBlocked, Problems: errs, Reason: fmt.Sprintf("the draft has %s to fix first", plural(len(errs), "problem"))}
	}
	if err := CheckSecretPlaces(p, &d, opt.Secrets); err != nil {
		return blocked("a saved secret is not where it was made for", err)
	}
	r := d.RemoteFor(p.Info().ID, d.Env)
	switch {
	case r.Pending():
		return planPending(ctx, p, d, opt)
	case r.ID == "":
		return PlanItem{Action: PlanCreate}
	}
	raw, err := p.Get(ctx, r.ID)
	if errors.Is(err, ErrNotFound) {
		return PlanItem{
			Action: PlanBlocked, RemoteID: r.ID, Err: err,
			Reason: fmt.Sprintf("its agent %s is no longer on %s; pull or copy the draft to decide what to do", r.ID, p.Info().Name),
		}
	}
	if err != nil {
		return blockedAt(r.ID, "reading its agent failed", err)
	}
	remote, err := p.Decode(raw)
	if err != nil {
		return blockedAt(r.ID, "its agent came back in a form agentdeck cannot read", err)
	}
	if r.RemoteHash != "" && DocHash(remote.Native) != r.RemoteHash {
		return PlanItem{
			Action: PlanBlocked, RemoteID: r.ID, Err: ErrConflict,
			Reason: fmt.Sprintf("its agent was changed on %s since the last push or pull; pull it, or push it on its own", p.Info().Name),
		}
	}
	changes, err := PushDiff(p, &d, &remote.Agent)
	if err != nil {
		return blockedAt(r.ID, "the request could not be built", err)
	}
	more, err := PrepareChanges(ctx, p, &d.Agent, opt.Secrets)
	if err != nil {
		return blockedAt(r.ID, "reading what the agent uses failed", err)
	}
	changes = append(changes, more...)
	if len(changes) == 0 {
		return PlanItem{Action: PlanUnchanged, RemoteID: r.ID}
	}
	return PlanItem{Action: PlanUpdate, RemoteID: r.ID, Changes: changes}
}

// planPending is the plan of a draft whose earlier create is unclear: the
// same proof a push runs, read-only.
func planPending(ctx context.Context, p Provider, d Draft, opt PushOptions) PlanItem {
	doc, err := p.Encode(&d.Agent, []byte(d.Native()), opt.Secrets)
	if err != nil {
		return blocked("the request could not be built", err)
	}
	id, err := findEarlierCreate(ctx, p, &d, doc, opt)
	var ae *AdoptError
	switch {
	case errors.As(err, &ae):
		return PlanItem{
			Action: PlanBlocked, Err: err,
			Reason: "an earlier push may have created it, and " + ae.Reason + "; push it on its own to choose",
		}
	case err != nil:
		return blocked("checking for the agent an earlier push may have made failed", err)
	case id == "":
		return PlanItem{Action: PlanCreate, Reason: "an earlier push did not make it after all"}
	}
	item := PlanItem{Action: PlanUpdate, RemoteID: id, Adopt: true, Reason: "links the agent " + id + " an earlier push made"}
	if raw, err := p.Get(ctx, id); err == nil {
		if remote, err := p.Decode(raw); err == nil {
			item.Changes, _ = PushDiff(p, &d, &remote.Agent)
		}
	}
	return item
}

func blocked(reason string, err error) PlanItem { return blockedAt("", reason, err) }

func blockedAt(id, reason string, err error) PlanItem {
	return PlanItem{Action: PlanBlocked, RemoteID: id, Reason: reason, Err: err}
}
