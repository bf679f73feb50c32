package ui

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// How a submit runs: agent.Push in its own goroutine, under the push lock,
// its steps sent to the UI as messages.

// stepWaitLock is the step of waiting for another push of the same draft
// (another window, the command line) to finish.
const stepWaitLock = "wait"

// errChangedSinceReview stops a submit whose draft changed on disk after
// it was reviewed: what is sent must be what was shown.
var errChangedSinceReview = errors.New("the draft changed after it was reviewed")

// submitRun is what one submit works with.
type submitRun struct {
	reqID    int
	provider agent.Provider
	draft    agent.Draft // as reviewed
	store    DraftStore
	pushes   PushStarter // nil: no push lock
	secrets  agent.SecretLookup
	now      func() time.Time
	links    LinkFinder // nil: no other draft is known
	adopt    string     // link the draft to this agent on purpose first
	merge    agent.MergeOptions
	env      string         // the environment pushed to; "" the default
	send     *agent.Payload // what a promote sends instead of the draft's agent
	// sharedTools allows changing workspace tools other agents use.
	sharedTools bool
}

// startSubmit runs agent.Push in its own goroutine and reports each step
// as a message: the command returns the first, and each progress message
// carries the channel the next one comes on.
func startSubmit(ctx context.Context, run submitRun) tea.Cmd {
	return func() tea.Msg {
		ch := make(chan tea.Msg, 16) // more than the steps of any push: sends never block
		progress := func(step string) { ch <- submitProgressMsg{reqID: run.reqID, step: step, next: ch} }
		go func() {
			defer close(ch)
			ch <- run.push(ctx, progress)
		}()
		return <-ch
	}
}

// push is one submit from start to end, under the push lock when there is
// one; the result carries the draft as it is on disk afterwards.
func (run submitRun) push(ctx context.Context, progress func(string)) submitDoneMsg {
	var saver agent.DraftSaver = run.store
	d := run.draft
	var session PushSession
	if run.pushes != nil {
		s, err := run.pushes.BeginPush(ctx, d.ID, func() { progress(stepWaitLock) })
		if err != nil {
			return submitDoneMsg{reqID: run.reqID, err: err}
		}
		session, saver = s, s
		onDisk := s.Draft()
		if agent.ContentHash(&onDisk.Agent) != agent.ContentHash(&d.Agent) {
			_ = s.End(errChangedSinceReview)
			return submitDoneMsg{reqID: run.reqID, err: errChangedSinceReview}
		}
		d = onDisk
	}
	opt := agent.PushOptions{
		Secrets: run.secrets, Now: run.now, Progress: progress, Adopt: run.adopt, Merge: run.merge,
		Env: run.env, Send: run.send,
	}
	if run.links != nil {
		opt.LinkedDrafts = run.links.LinkedDrafts
	}
	if tl, ok := run.links.(toolLinker); ok {
		opt.ToolLinks = tl.ToolLinks
	}
	opt.SharedTools = run.sharedTools
	res, err := agent.Push(ctx, run.provider, d, saver, opt)
	if session != nil {
		// A failed push that left nothing to keep puts the file back as it
		// was; the draft read below is then that one.
		_ = session.End(err)
	}
	done := submitDoneMsg{reqID: run.reqID, result: res, err: err, draft: res.Draft, loaded: err == nil}
	if err != nil {
		// A failed push may still have recorded a remote id or an unclear
		// create: the App must know the revision on disk.
		if onDisk, lerr := run.store.Load(d.ID); lerr == nil {
			done.draft, done.loaded = onDisk, true
		}
	}
	return done
}

// waitForSubmit delivers the next message of a running submit.
func waitForSubmit(next <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-next }
}
