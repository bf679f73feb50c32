package ui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The review's answers to an agent changed elsewhere: pull theirs, push
// mine, or save mine as a copy.

func (r *reviewScreen) askDrift() tea.Cmd {
	name := r.provider.Info().Name
	pull := "Pull theirs into this draft"
	if r.draft.Status() == agent.StatusChanged {
		pull += " (your changes go to a copy)"
	}
	// The options are in driftAction's order.
	return openDialog(&driftDialog{question{
		title: quote(r.draft.Name) + " was changed on " + name,
		body: "Someone changed this agent on " + name + " (in its dashboard, or from another computer) " +
			"since your last push or pull. A push now would overwrite their changes.",
		options: []string{pull, "Push mine over theirs", "Save mine as a copy; this draft takes theirs"},
	}})
}

// driftChosen acts on the answer to the drift question.
func (r *reviewScreen) driftChosen(action driftAction) tea.Cmd {
	if action == driftPushMine {
		r.pushMine = true
		return r.confirmSubmit()
	}
	// The pull writes the draft: it must start from what is on disk,
	// every edit saved.
	r.action, r.settleReq = action, r.sh.nextID()
	req, id := r.settleReq, r.draft.ID
	return func() tea.Msg { return settleWantedMsg{reqID: req, id: id} }
}

// settled runs the drift answer that waited for the draft's saves.
func (r *reviewScreen) settled(msg draftSettledMsg) tea.Cmd {
	if msg.reqID != r.settleReq {
		return nil
	}
	r.settleReq = 0
	if msg.err != nil {
		return notice("The draft's latest changes are not saved, so nothing was pulled: "+errText(msg.err), levelError)
	}
	d := r.draft
	if msg.known {
		d.Revision = msg.revision
	}
	opt := agent.PullOptions{Linked: &d, Secrets: r.sh.deps.Secrets}
	r.actionWhat = "Pulling their version from " + r.provider.Info().Name + "…"
	if r.action == driftCopyMine {
		opt.CopyAs = d.Name + " (my copy)"
		r.actionWhat = "Saving your version as a copy and pulling theirs…"
	}
	ctx, id := r.sh.withTimeout(pullTimeout)
	r.actionReq = id
	r.layout()
	return pullAgent(ctx, id, r.provider, d.Remote().ID, r.sh.deps.Drafts, opt)
}

// pullAgent runs the one pull flow off the UI loop.
func pullAgent(ctx context.Context, reqID int, p agent.Provider, remoteID string, store agent.DraftCopier, opt agent.PullOptions) tea.Cmd {
	return func() tea.Msg {
		res, err := agent.Pull(ctx, p, remoteID, store, opt)
		return agentPulledMsg{reqID: reqID, result: res, err: err}
	}
}

// pulled takes the result of "pull theirs" or "save mine as a copy".
func (r *reviewScreen) pulled(msg agentPulledMsg) tea.Cmd {
	r.sh.done(msg.reqID)
	if msg.reqID != r.actionReq {
		return nil
	}
	r.actionReq, r.actionWhat = 0, ""
	if msg.err != nil {
		r.layout()
		return notice(pullErrText(msg.err, r.provider.Info().Name), levelError)
	}
	res := msg.result
	orig := r.draft.ID
	cmds := []tea.Cmd{func() tea.Msg { return draftRecordedMsg{draft: res.Draft} }}
	text := "Pulled their version from " + r.provider.Info().Name + "."
	r.draft = res.Draft
	if res.Copy != nil {
		cp := *res.Copy
		if r.action == driftCopyMine {
			// Go on with the copy, which holds what was on screen.
			cmds = append(cmds, func() tea.Msg { return draftRecordedMsg{draft: cp, from: orig} })
			text = "Yours is now " + quote(cp.Name) + "; " + quote(res.Draft.Name) + " holds theirs."
			r.draft = cp
		} else {
			text = "Pulled theirs; your changes are kept in " + quote(cp.Name) + "."
		}
	}
	r.recompute()
	cmds = append(cmds, r.compare(), notice(text, levelOK))
	return tea.Sequence(cmds...)
}

// pullErrText words a failed pull in one sentence.
func pullErrText(err error, provider string) string {
	var pe *agent.PullError
	if errors.As(err, &pe) && pe.Step != agent.PullFetch {
		return sentenceCase(pe.Summary()) + " " + errText(pe.Err)
	}
	return errTextFor(err, provider)
}
