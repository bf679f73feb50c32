package ui

// What "Try it" and the test run share: finding the draft's pushed agent
// (agent.NewTestTarget, as `agentdeck try` and `test` do) and holding one
// run against it off the UI loop, with its progress, the calls it made,
// and esc that stops waiting (the provider offers no way to cancel a run,
// so it finishes there on its own).

import (
	"context"
	"errors"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// runTimeout bounds one run: a test run at the provider can queue.
const runTimeout = 25 * time.Minute

// targetReadyMsg is the draft's pushed agent, found; blocked says in one
// sentence why there is nothing to run.
type targetReadyMsg struct {
	reqID   int
	target  agent.TestTarget
	blocked string
}

// findTarget reads the draft afresh (its link to the remote agent may be
// newer than the caller's copy) and its provider, off the UI loop.
func findTarget(sh *shared, draftID string, reqID int) tea.Cmd {
	deps := sh.deps
	return func() tea.Msg {
		msg := targetReadyMsg{reqID: reqID}
		d, err := deps.Drafts.Load(draftID)
		if err != nil {
			msg.blocked = "Could not read the draft: " + storeErrText(err)
			return msg
		}
		p, err := deps.Providers.Get(d.Provider)
		if err != nil {
			msg.blocked = "Could not set up the connection: " + errText(err)
			return msg
		}
		msg.target, err = agent.NewTestTarget(p, d, agent.DefaultEnv)
		msg.blocked = blockedWords(err, msg.target.Name())
		return msg
	}
}

// blockedWords says why a draft cannot be tried or tested; "" when it can.
func blockedWords(err error, provider string) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, agent.ErrNoTester):
		return agent.NoTesterWords(provider) + "."
	case errors.Is(err, agent.ErrNotPushed):
		return "This draft is not on " + provider + " yet: submit it first (ctrl+r in the editor), then try it."
	}
	return errText(err)
}

// runProgressMsg is a step of a run under way, in plain words.
type runProgressMsg struct {
	reqID int
	text  string
}

// runDoneMsg is how a run ended: its value (the agent's turns, the tests'
// report), the provider calls it made, or why it failed.
type runDoneMsg struct {
	reqID int
	value any
	calls []string
	err   error
}

// runner holds at most one run at a time.
type runner struct {
	sh       *shared
	reqID    int // the run under way, 0 when none
	progress string
	events   chan tea.Msg // progress of the run under way
	done     chan tea.Msg // its end; room for one, so the run never waits
}

// running reports whether a run is under way.
func (r *runner) running() bool { return r.reqID != 0 }

// start runs fn on its own goroutine with the target's session: progress
// goes to the screen (dropped when the screen is not keeping up; the end
// never is) and every call is recorded.
func (r *runner) start(t agent.TestTarget, fn func(ctx context.Context, s agent.TestSession) (any, error)) tea.Cmd {
	ctx, id := r.sh.withTimeout(runTimeout)
	r.reqID, r.progress = id, ""
	events, done := make(chan tea.Msg, 16), make(chan tea.Msg, 1)
	r.events, r.done = events, done
	var calls []string
	sess := t.Session(r.sh.deps.TestIDs,
		func(text string) {
			select {
			case events <- runProgressMsg{reqID: id, text: text}:
			default:
			}
		},
		func(method, path string) { calls = append(calls, method+" "+path) })
	go func() {
		v, err := fn(ctx, sess)
		if errors.Is(err, context.Canceled) {
			err = errors.New("stopped")
		}
		done <- runDoneMsg{reqID: id, value: v, calls: calls, err: err}
	}()
	return r.listen()
}

// listen waits for the next event of the run under way.
func (r *runner) listen() tea.Cmd {
	events, done := r.events, r.done
	return func() tea.Msg {
		select {
		case m := <-done:
			return m
		case m := <-events:
			return m
		}
	}
}

// progressed takes a step of the run under way and listens on; another
// run's step is dropped.
func (r *runner) progressed(msg runProgressMsg) tea.Cmd {
	if msg.reqID != r.reqID || r.reqID == 0 {
		return nil
	}
	r.progress = msg.text
	return r.listen()
}

// finished takes the end of the run under way; false for another run's
// (one stopped with esc, whose end comes later and is dropped).
func (r *runner) finished(msg runDoneMsg) bool {
	if msg.reqID != r.reqID || r.reqID == 0 {
		return false
	}
	r.sh.done(r.reqID)
	r.reqID, r.progress = 0, ""
	return true
}

// stop stops waiting for the run under way.
func (r *runner) stop() {
	r.sh.done(r.reqID)
	r.reqID, r.progress = 0, ""
}

// stoppedWords is what esc during a run says.
func stoppedWords(provider string) string {
	return "Stopped waiting. " + provider + " finishes that run on its own; the agent was not changed."
}

// callsWords lists the provider calls a run made, "" for none.
func callsWords(provider string, calls []string) string {
	if len(calls) == 0 {
		return ""
	}
	out := "Calls made to " + provider + ": "
	for i, c := range calls {
		if i > 0 {
			out += ", "
		}
		out += c
	}
	return out
}

// targetScreen is what "Try it" and the test run share: the draft's pushed
// agent, found when the screen opens, and the run under way.
type targetScreen struct {
	sh      *shared
	draftID string
	prepID  int
	ready   bool
	blocked string // why there is nothing to run, in one sentence
	target  agent.TestTarget
	run     runner
	width   int
	height  int
}

func newTargetScreen(sh *shared, draftID string) targetScreen {
	return targetScreen{sh: sh, draftID: draftID, run: runner{sh: sh}}
}

// find looks for the target, off the UI loop.
func (b *targetScreen) find() tea.Cmd {
	b.prepID = b.sh.nextID()
	return findTarget(b.sh, b.draftID, b.prepID)
}

// found takes the target found; true when it is this screen's and can be
// tried or tested.
func (b *targetScreen) found(msg targetReadyMsg) bool {
	if msg.reqID != b.prepID {
		return false
	}
	b.ready, b.target, b.blocked = true, msg.target, msg.blocked
	return b.blocked == ""
}

// usable reports whether the target is found and can be talked to.
func (b *targetScreen) usable() bool { return b.ready && b.blocked == "" }

// textWidth is the width of the screen's text, inside a one-column margin.
func (b *targetScreen) textWidth() int { return max(b.width-2, 10) }

// stateView is the screen while the target is sought or when it cannot be
// used; ok is false then.
func (b *targetScreen) stateView() (view string, ok bool) {
	st := b.sh.theme.Styles
	w := b.textWidth()
	switch {
	case !b.ready:
		return "\n " + st.App.Muted.Render("Getting ready…"), false
	case b.blocked != "":
		return "\n" + paragraph(st.App.Error, b.blocked, w), false
	}
	return "", true
}

// waitingLine is the line under a run in progress: its latest step, or
// what is awaited before the first, and how to stop waiting.
func (b *targetScreen) waitingLine(awaited string, w int) string {
	p := b.run.progress
	if p == "" {
		p = awaited
	}
	return b.sh.theme.Styles.App.Muted.Render(wrap(p+" (esc stops waiting)", w))
}

// idleKey is what a key does that stops nothing: nothing while a run is
// under way, back on back, nothing when there is no target to use;
// handled is false for the screen's own keys.
func (b *targetScreen) idleKey(msg tea.KeyPressMsg, back key.Binding) (cmd tea.Cmd, handled bool) {
	switch {
	case b.run.running():
		return nil, true
	case key.Matches(msg, back):
		return func() tea.Msg { return backMsg{} }, true
	case !b.usable():
		return nil, true
	}
	return nil, false
}
