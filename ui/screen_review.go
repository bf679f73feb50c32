package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// compareTimeout bounds fetching the remote agent to compare it.
const compareTimeout = 15 * time.Second

// pullTimeout bounds a pull: one read of the agent.
const pullTimeout = 30 * time.Second

// reviewFocus is the part of the review that takes the arrow keys.
type reviewFocus int

const (
	reviewOnProblems reviewFocus = iota // the problems, each leading to its field
	reviewOnBody                        // the changes and the requests
)

// reviewScreen shows, before a submit, everything it would do: the draft's
// problems for its provider, the exact requests with secrets masked, and
// for a pushed draft what the push changes on the remote agent, fetched
// live, with a warning when that agent was changed elsewhere.
type reviewScreen struct {
	sh   *shared
	keys ReviewKeys
	back key.Binding

	draft    agent.Draft
	provider agent.Provider // the editor's, handed on (messages.go)

	problems  agent.Problems // errors first, then warnings
	requests  []agent.Request
	encodeErr error

	cmpReq           int // the compare in flight, 0 when none
	compared         bool
	changes          []agent.Change
	changedElsewhere bool
	cmpErr           error
	pushMine         bool // the person chose to push over changes made elsewhere
	merge            reviewMerge
	driftAsked       bool // the drift question was asked for this compare
	recompare        bool // the draft changed while another screen was on top

	settleReq  int         // waiting for the draft's saves, for action
	action     driftAction // a drift answer waiting to run
	actionReq  int         // the pull in flight
	actionWhat string

	focus  reviewFocus
	cursor int // index into problems
	body   scroller
	// wrapped keeps long texts (the request body, a changed prompt)
	// wrapped between layouts.
	wrapped wrapCache

	width, height int
}

func newReviewScreen(sh *shared, d agent.Draft, p agent.Provider) *reviewScreen {
	return &reviewScreen{sh: sh, keys: sh.keys.Review, back: sh.keys.Global.Back, draft: d, provider: p}
}

// Init works out what a submit would do with the provider the editor
// loaded, and compares with the remote agent.
func (r *reviewScreen) Init() tea.Cmd {
	if r.provider == nil {
		return nil
	}
	r.recompute()
	return r.compare()
}

func (r *reviewScreen) Title() string { return r.draft.Name + " · review" }

func (r *reviewScreen) SetSize(w, h int) {
	r.width, r.height = w, h
	r.layout()
}

func (r *reviewScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case remoteComparedMsg:
		return r, r.compared2(msg)
	case draftRecordedMsg:
		r.recorded(msg)
		return r, nil
	case resumedMsg:
		if r.recompare {
			r.recompare = false
			return r, r.compare()
		}
		return r, nil
	case submitConfirmedMsg:
		d, p := r.draft, r.provider
		merge := r.mergeOptions()
		return r, func() tea.Msg { return openScreenMsg{to: routeSubmit, draft: d, provider: p, merge: merge} }
	case mergePickedMsg:
		return r, r.mergePicked(msg)
	case driftChosenMsg:
		return r, r.driftChosen(msg.action)
	case draftSettledMsg:
		return r, r.settled(msg)
	case agentPulledMsg:
		return r, r.pulled(msg)
	case themeChangedMsg:
		r.layout()
		return r, nil
	case tea.KeyPressMsg:
		return r.handleKey(msg)
	}
	return r, nil
}

// recompute checks the draft and builds its requests; it does no IO.
func (r *reviewScreen) recompute() {
	if r.provider == nil {
		return
	}
	r.problems, r.requests, r.encodeErr = reviewPlan(r.provider, r.draft)
	r.cursor = min(r.cursor, max(len(r.problems)-1, 0))
	r.focus = reviewOnBody
	if len(r.problems.Errors()) > 0 {
		r.focus = reviewOnProblems
	}
	r.layout()
}

// reviewPlan is what a submit of d would do: its problems for p (errors
// first, then warnings) and the requests with secrets masked, or why they
// cannot be built. The review screen and the accessible front end share it.
func reviewPlan(p agent.Provider, d agent.Draft) (problems agent.Problems, requests []agent.Request, encodeErr error) {
	ps := p.Validate(&d.Agent)
	problems = append(ps.Errors(), warningsOf(ps)...)
	body, err := p.Encode(&d.Agent, []byte(d.Native()), agent.MaskSecrets{})
	if err != nil {
		return problems, nil, err
	}
	return problems, p.Requests(body, d.Remote().ID), nil
}

func warningsOf(ps agent.Problems) agent.Problems {
	var out agent.Problems
	for _, p := range ps {
		if p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// compare fetches the remote agent of a pushed draft and compares it with
// the draft, under a timeout; esc or leaving cancels it.
func (r *reviewScreen) compare() tea.Cmd {
	if r.provider == nil || r.draft.Remote().ID == "" {
		return nil
	}
	r.sh.done(r.cmpReq)
	ctx, id := r.sh.withTimeout(compareTimeout)
	r.cmpReq, r.compared, r.cmpErr, r.changes = id, false, nil, nil
	r.changedElsewhere, r.driftAsked, r.pushMine, r.merge = false, false, false, reviewMerge{}
	r.layout()
	return compareRemote(ctx, id, r.provider, r.draft, r.sh.deps.Secrets, r.textWidth(), r.sh.deps.History)
}

// compareRemote reads the remote agent and lists what a push would change.
// The changes are wrapped here for the review's width, off the UI loop.
func compareRemote(ctx context.Context, reqID int, p agent.Provider, d agent.Draft, secrets agent.SecretLookup, width int, h HistoryReader) tea.Cmd {
	return func() tea.Msg {
		changes, remote, elsewhere, err := diffWithRemote(ctx, p, d, secrets)
		var merge reviewMerge
		if elsewhere && err == nil {
			merge = mergeWithRemote(p, d, remote, h)
		}
		// Wrapped here, off the UI loop, so drawing the diff costs nothing.
		var wrapped wrapCache
		for _, c := range changes {
			wrapped.lines(c.String(), width-2, " ")
		}
		return remoteComparedMsg{reqID: reqID, changes: changes, changedElsewhere: elsewhere, err: err, wrapped: wrapped, merge: merge}
	}
}

// diffWithRemote reads d's remote agent and lists what a push would
// change there, and beside it (ElevenLabs' workspace tools), and whether
// it was changed elsewhere since the last push.
func diffWithRemote(ctx context.Context, p agent.Provider, d agent.Draft, secrets agent.SecretLookup) ([]agent.Change, agent.Decoded, bool, error) {
	remote, elsewhere, err := agent.Drift(ctx, p, &d)
	if err != nil {
		return nil, remote, false, err
	}
	changes, err := agent.PushDiff(p, &d, &remote.Agent)
	if err != nil {
		return nil, remote, elsewhere, err
	}
	more, err := agent.PrepareChanges(ctx, p, &d.Agent, secrets)
	return append(changes, more...), remote, elsewhere, err
}

// compared2 takes a compare's result and, the first time the agent is
// found changed elsewhere, asks what to do.
func (r *reviewScreen) compared2(msg remoteComparedMsg) tea.Cmd {
	r.sh.done(msg.reqID)
	if msg.reqID != r.cmpReq {
		return nil
	}
	r.cmpReq, r.compared = 0, true
	r.changes, r.changedElsewhere, r.cmpErr, r.merge = msg.changes, msg.changedElsewhere, msg.err, msg.merge
	r.wrapped.take(msg.wrapped)
	r.layout()
	if r.changedElsewhere && !r.driftAsked {
		r.driftAsked = true
		if r.merge.base {
			return r.askConflicts()
		}
		return r.askDrift()
	}
	return nil
}

// recorded takes the draft a push or pull wrote, when it is this one.
func (r *reviewScreen) recorded(msg draftRecordedMsg) {
	if !msg.replaces(r.draft.ID) {
		return
	}
	r.draft = msg.draft
	r.recompute()
	// The remote agent may have changed too; compare again once this
	// screen is on top, so the answer reaches it.
	r.compared, r.recompare = false, r.draft.Remote().ID != ""
}

func (r *reviewScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	k := r.keys
	switch {
	case key.Matches(msg, r.back):
		r.sh.done(r.cmpReq)
		r.cmpReq = 0
		return r, func() tea.Msg { return backMsg{} }
	case r.provider == nil:
		return r, nil
	case key.Matches(msg, k.Switch) && len(r.problems) > 0:
		if r.focus == reviewOnProblems {
			r.focus = reviewOnBody
		} else {
			r.focus = reviewOnProblems
		}
		r.layout()
	case key.Matches(msg, k.Fix) && r.focus == reviewOnProblems && len(r.problems) > 0:
		p := r.problems[r.cursor]
		r.sh.done(r.cmpReq)
		r.cmpReq = 0
		if p.NotCarried {
			// No form shows a value the provider does not carry: enter
			// removes it from the draft instead (the key's help says so).
			return r, tea.Sequence(func() tea.Msg { return backMsg{} }, func() tea.Msg { return clearFieldMsg{path: p.Path} })
		}
		return r, tea.Sequence(func() tea.Msg { return backMsg{} }, func() tea.Msg { return focusFieldMsg{path: p.Path} })
	case key.Matches(msg, k.Up):
		r.move(-1)
	case key.Matches(msg, k.Down):
		r.move(1)
	case key.Matches(msg, k.PageUp):
		r.body.page(-1)
	case key.Matches(msg, k.PageDown):
		r.body.page(1)
	case key.Matches(msg, k.Home):
		r.move(-r.span())
	case key.Matches(msg, k.End):
		r.move(r.span())
	case key.Matches(msg, k.Submit):
		return r, r.submit()
	case key.Matches(msg, k.Drift) && r.changedElsewhere:
		if r.merge.base {
			r.merge.picks = nil
			return r, r.askConflicts()
		}
		return r, r.askDrift()
	case key.Matches(msg, k.Refresh) && r.draft.Remote().ID != "" && r.cmpReq == 0:
		return r, r.compare()
	}
	return r, nil
}

// span is a move long enough to reach either end of what the cursor or
// the scroll moves over.
func (r *reviewScreen) span() int { return len(r.problems) + len(r.body.lines) + 1 }

func (r *reviewScreen) move(delta int) {
	if r.focus == reviewOnProblems && len(r.problems) > 0 {
		r.cursor = max(min(r.cursor+delta, len(r.problems)-1), 0)
		r.layout() // the problem under the cursor is shown whole
		return
	}
	r.body.scroll(delta)
}

// submit asks to confirm the push, or first what to do about changes
// made elsewhere. A draft with problems is not submitted.
func (r *reviewScreen) submit() tea.Cmd {
	switch {
	case r.actionReq != 0 || r.settleReq != 0:
		return nil
	case len(r.problems.Errors()) > 0:
		return notice("Fix the "+plural(len(r.problems.Errors()), "problem", "problems")+" first: press enter on one to go to its field.", levelError)
	case r.encodeErr != nil:
		return notice("The request cannot be built: "+errText(r.encodeErr), levelError)
	case r.changedElsewhere && !r.pushMine && r.merge.base:
		if ask := r.askConflicts(); ask != nil {
			return ask
		}
	case r.changedElsewhere && !r.pushMine:
		return r.askDrift()
	}
	return r.confirmSubmit()
}

func (r *reviewScreen) confirmSubmit() tea.Cmd {
	name := r.provider.Info().Name
	body := "This creates a new agent on " + name + " with these settings."
	if r.draft.Remote().ID != "" {
		body = "This updates the agent " + r.draft.Remote().ID + " on " + name + "."
		if r.compared && r.cmpErr == nil {
			body += " " + plural(len(r.changes), "setting changes", "settings change") + "."
		}
		if r.changedElsewhere {
			body += r.mergeNote()
		}
	}
	return openDialog(&submitDialog{question{
		title:   "Submit " + quote(r.draft.Name) + " to " + name + "?",
		body:    body,
		options: []string{"Not now", "Submit to " + name},
		danger:  true,
	}})
}
