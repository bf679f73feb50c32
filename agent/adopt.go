package agent

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ClockMargin is how far this machine's clock and the provider's may
// disagree: an agent listed as created up to this long before an unclear
// create was sent may still be the one it made.
const ClockMargin = 2 * time.Minute

// ErrUnproven means an earlier create may have made an agent, and which one
// (if any) could not be proven, so nothing was sent.
var ErrUnproven = errors.New("an earlier push may have created this agent, and which one could not be proven")

// AdoptError is a push that stopped because an earlier, unclear create may
// have made one of Candidates and agentdeck cannot tell which, or whether.
// The person links one on purpose (push --adopt) or checks the provider.
type AdoptError struct {
	Provider   string // as people know it
	Reason     string // plain words, one sentence without a full stop
	Candidates []RemoteAgent
}

func (e *AdoptError) Error() string {
	return fmt.Sprintf("an earlier push may have created this agent on %s, and %s, so nothing was sent", e.Provider, e.Reason)
}

// Is makes errors.Is(err, ErrUnproven) hold.
func (e *AdoptError) Is(target error) bool { return target == ErrUnproven }

// findEarlierCreate looks for the agent an unclear create may have made and
// returns its id only when it can prove the agent is this draft's own:
// exactly one listed agent of this name was created after the create was
// sent (less ClockMargin, where the provider gives creation times), no other
// local draft is linked to it, the draft still encodes to the body that
// create sent, and every field the create sent reads back equal. It returns
// "" when no agent can be the one (a create follows), and an *AdoptError when
// it cannot tell. A listed agent whose id cannot be read counts as "cannot
// tell", never as absent.
func findEarlierCreate(ctx context.Context, p Provider, d *Draft, doc []byte, opt PushOptions) (string, error) {
	agents, err := p.List(ctx)
	if err != nil {
		return "", fmt.Errorf("an earlier push may have created this agent, and checking the list failed, so nothing was sent: %w", err)
	}
	pending := d.Remote().CreatePending
	name := d.Agent.Identity.Name
	provider := p.Info()
	var cands []RemoteAgent
	unreadable := 0
	for _, a := range agents {
		switch {
		case a.ID == "" && (a.Name == "" || a.Name == name):
			unreadable++
			continue
		case a.ID == "" || a.Name != name:
			continue
		case !a.Created.IsZero() && !pending.SentAt.IsZero() && a.Created.Before(pending.SentAt.Add(-ClockMargin)):
			continue // made before this create was sent
		}
		others, err := linkedElsewhere(opt, provider.ID, a.ID, d.ID)
		if err != nil {
			return "", fmt.Errorf("an earlier push may have created this agent, and checking which drafts are linked to %s failed, so nothing was sent: %w", a.ID, err)
		}
		if len(others) == 0 {
			cands = append(cands, a)
		}
	}
	unsure := func(reason string) (string, error) {
		return "", &AdoptError{Provider: provider.Name, Reason: reason, Candidates: cands}
	}
	switch {
	case unreadable > 0:
		return unsure(fmt.Sprintf("its agent list holds %s whose id could not be read", plural(unreadable, "agent")))
	case len(cands) == 0:
		return "", nil
	case len(cands) > 1:
		return unsure(fmt.Sprintf("%d agents could be the one it made", len(cands)))
	case pending.BodyHash == "" || pending.BodyHash != BodyHash(doc):
		return unsure("the draft has changed since that push, so it cannot be checked that the agent is the one it made")
	}
	got, err := p.Get(ctx, cands[0].ID)
	if err != nil {
		return "", fmt.Errorf("an earlier push may have created this agent as %s, and reading it failed, so nothing was sent: %w", cands[0].ID, err)
	}
	if !sentFieldsKept(p, doc, got) {
		return unsure("the one agent it could be does not hold every setting that push sent")
	}
	return cands[0].ID, nil
}

// sentFieldsKept reports whether every field the create request carried
// reads back equal in got.
func sentFieldsKept(p Provider, doc, got []byte) bool {
	body := doc
	for _, r := range p.Requests(doc, "") {
		if r.Step == StepCreate {
			body = r.Body
			break
		}
	}
	sent, err := p.Decode(body)
	if err != nil {
		return false
	}
	back, err := p.Decode(got)
	if err != nil {
		return false
	}
	return len(carriedChanges(NotKept(&sent.Agent, &back.Agent), p.Capabilities())) == 0
}

// adoptOnPurpose links d to the existing agent id because the person said
// so, after checking the agent exists and no other local draft is linked to
// it. A draft already linked to another agent is refused.
func adoptOnPurpose(ctx context.Context, p Provider, d *Draft, id string, store DraftSaver, opt PushOptions) error {
	info := p.Info()
	if err := NeedRemoteID(info.ID, "adopt", id); err != nil {
		return err
	}
	r := d.Remote()
	if r.ID != "" {
		return fmt.Errorf("%w: this draft is already linked to the agent %s on %s; pull %s into a draft of its own instead", ErrConflict, r.ID, info.Name, id)
	}
	others, err := linkedElsewhere(opt, info.ID, id, d.ID)
	if err != nil {
		return fmt.Errorf("checking which drafts are linked to %s failed, so nothing was sent: %w", id, err)
	}
	if len(others) > 0 {
		return fmt.Errorf("%w: the agent %s on %s belongs to the draft %s; nothing was sent", ErrConflict, id, info.Name, strings.Join(others, ", "))
	}
	if _, err := p.Get(ctx, id); err != nil {
		return err
	}
	r.ID, r.CreatePending = id, nil
	d.SetRemote(r)
	return store.Save(d)
}

// linkedElsewhere lists the local drafts other than self linked to id.
func linkedElsewhere(opt PushOptions, provider, id, self string) ([]string, error) {
	if opt.LinkedDrafts == nil {
		return nil, nil
	}
	ids, err := opt.LinkedDrafts(provider, id)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, other := range ids {
		if other != self {
			out = append(out, other)
		}
	}
	return out, nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
