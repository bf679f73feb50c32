package ui

import (
	"errors"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// submitTimeout bounds a whole submit: up to four requests (check, create,
// configure or update, read back), each with its own timeout and retries.
const submitTimeout = 2 * time.Minute

// submitPhase is where a submit stands.
type submitPhase int

const (
	submitWaiting  submitPhase = iota // for the draft's saves and the provider
	submitRunning                     // agent.Push is under way
	submitStopping                    // cancelled; waiting for Push to return
	submitDone                        // finished, well or not
)

// stepState is how far one step of a submit got.
type stepState int

const (
	stepPending stepState = iota
	stepRunning
	stepDone
	stepFailed
)

type submitStep struct {
	step  string
	state stepState
}

// submitScreen sends a draft to its provider through agent.Push, the one
// submit flow, and shows each step as it happens, then the remote id and
// what the provider did not keep, or why it failed. esc stops it.
type submitScreen struct {
	sh   *shared
	keys SubmitKeys

	draft     agent.Draft
	provider  agent.Provider // the editor's, handed on by the review
	settleReq int
	settled   bool

	phase     submitPhase
	pushReq   int
	steps     []submitStep
	stopped   bool // the person pressed esc while it ran
	result    agent.PushResult
	err       error
	refused   agent.Problems // the fields the provider (or validation) refused
	setupErr  error          // the submit could not start
	detail    bool           // the raw detail is shown
	detailTop int            // scroll of the detail
	// pick asks which agent an unclear create made, when the push could
	// not prove it; adoptID is the answer, for the push it starts.
	pick    *adoptPicker
	adoptID string
	// sharedTools is the answer "change it for them too" to a tool other
	// agents use (screen_submit_shared.go).
	sharedTools bool
	// merge settles conflicts with changes made elsewhere (the review's
	// answers).
	merge agent.MergeOptions
	// env is the environment pushed to; send, when set, is what a promote
	// sends there instead of the draft's agent (see toEnv).
	env  string
	send *agent.Payload
	// driftReq is the push whose environment was changed elsewhere, while
	// the question what to do about it is open (dialogs_env_drift.go).
	driftReq int

	width, height int
}

func newSubmitScreen(sh *shared, d agent.Draft, p agent.Provider) *submitScreen {
	return &submitScreen{sh: sh, keys: sh.keys.Submit, draft: d, provider: p}
}

func (s *submitScreen) Init() tea.Cmd { return s.waitForSaves() }

// waitForSaves asks the App to answer once the draft's saves have landed:
// Push saves the draft itself and must start from the revision on disk.
func (s *submitScreen) waitForSaves() tea.Cmd {
	s.settled = false
	s.settleReq = s.sh.nextID()
	req, id := s.settleReq, s.draft.ID
	return func() tea.Msg { return settleWantedMsg{reqID: req, id: id} }
}

func (s *submitScreen) Title() string {
	if s.env != "" && s.env != agent.DefaultEnv {
		return s.draft.Name + " · submit to " + s.env
	}
	return s.draft.Name + " · submit"
}

func (s *submitScreen) SetSize(w, h int) { s.width, s.height = w, h }

func (s *submitScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftSettledMsg:
		if msg.reqID != s.settleReq {
			return s, nil
		}
		s.settleReq = 0
		if msg.err != nil {
			s.phase, s.setupErr = submitDone, msg.err
			return s, nil
		}
		if msg.known {
			s.draft.Revision = msg.revision
		}
		s.settled = true
		return s, s.startWhenReady()
	case submitProgressMsg:
		if msg.reqID != s.pushReq {
			return s, nil
		}
		s.reached(msg.step)
		return s, waitForSubmit(msg.next)
	case submitDoneMsg:
		return s, s.finished(msg)
	case envDriftOursMsg:
		return s, s.pushOurs(msg)
	case sharedToolsAllowedMsg:
		return s, s.allowSharedTools()
	case draftRecordedMsg:
		if msg.draft.ID == s.draft.ID {
			s.draft = msg.draft
		}
		return s, nil
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

// startWhenReady starts the push once the provider is built and the
// draft's saves have landed.
func (s *submitScreen) startWhenReady() tea.Cmd {
	if s.provider == nil || !s.settled || s.phase == submitRunning {
		return nil
	}
	s.phase, s.stopped, s.err, s.refused, s.setupErr, s.detail = submitRunning, false, nil, nil, nil, false
	s.result = agent.PushResult{}
	s.steps = s.plannedSteps()
	ctx, id := s.sh.withTimeout(submitTimeout)
	s.pushReq = id
	return startSubmit(ctx, submitRun{
		reqID: id, provider: s.provider, draft: s.draft,
		store: s.sh.deps.Drafts, pushes: s.sh.deps.Pushes, secrets: s.sh.deps.Secrets, now: s.sh.deps.Now,
		links: s.sh.deps.Links, adopt: s.adoptID, merge: s.merge, env: s.env, send: s.send, sharedTools: s.sharedTools,
	})
}

// plannedSteps are the steps the push is expected to take, from the
// requests the provider says it will make.
func (s *submitScreen) plannedSteps() []submitStep {
	var out []submitStep
	if s.draft.Remote().Pending() || s.adoptID != "" {
		out = append(out, submitStep{step: agent.StepCheck})
	}
	if body, err := s.provider.Encode(&s.draft.Agent, []byte(s.draft.Native()), agent.MaskSecrets{}); err == nil {
		for _, r := range s.provider.Requests(body, s.draft.Remote().ID) {
			out = append(out, submitStep{step: r.Step})
		}
	}
	return append(out, submitStep{step: agent.StepReadBack})
}

// reached marks step as running and the ones before it as done. A step
// that comes before the plan (waiting for another push, checking for an
// earlier create) goes in front of it; a step the plan did not foresee (an
// earlier agent found, so an update instead of a create) takes the place
// of the pending ones.
func (s *submitScreen) reached(step string) {
	at := slices.IndexFunc(s.steps, func(st submitStep) bool { return st.step == step && st.state == stepPending })
	if at < 0 {
		at = s.insertStep(step)
	}
	for i := range s.steps[:at] {
		if s.steps[i].state != stepFailed {
			s.steps[i].state = stepDone
		}
	}
	s.steps[at].state = stepRunning
}

// insertStep puts a step the plan did not list where it belongs and
// returns its index.
func (s *submitScreen) insertStep(step string) int {
	firstPending := slices.IndexFunc(s.steps, func(st submitStep) bool { return st.state == stepPending })
	if firstPending < 0 {
		firstPending = len(s.steps)
	}
	if step != stepWaitLock && step != agent.StepCheck {
		kept := s.steps[:0]
		for _, st := range s.steps {
			if st.state != stepPending || st.step == agent.StepReadBack {
				kept = append(kept, st)
			}
		}
		s.steps = kept
		firstPending = slices.IndexFunc(s.steps, func(st submitStep) bool { return st.state == stepPending })
		if firstPending < 0 || step == agent.StepReadBack {
			firstPending = len(s.steps)
		}
	}
	s.steps = slices.Insert(s.steps, firstPending, submitStep{step: step})
	return firstPending
}

// finished takes the end of a submit: the draft as it is on disk goes to
// the App and the screens below, and the result is shown.
func (s *submitScreen) finished(msg submitDoneMsg) tea.Cmd {
	s.sh.done(msg.reqID)
	if msg.reqID != s.pushReq {
		return nil
	}
	s.pushReq, s.phase = 0, submitDone
	s.result, s.err = msg.result, msg.err
	s.pick, s.adoptID = newAdoptPicker(msg.err), ""
	for i := range s.steps {
		switch {
		case s.steps[i].state == stepRunning && msg.err != nil:
			s.steps[i].state = stepFailed
		case s.steps[i].state == stepRunning || (msg.err == nil && s.steps[i].state == stepPending):
			s.steps[i].state = stepDone
		}
	}
	s.refused = refusedFields(msg.err)
	var cmd tea.Cmd
	if msg.loaded {
		s.draft = msg.draft
		s.draft.Env = s.env
		d := msg.draft
		cmd = func() tea.Msg { return draftRecordedMsg{draft: d} }
	}
	return tea.Batch(cmd, s.askEnvDrift(msg.reqID, msg.err), askSharedTools(msg.err))
}

// refusedFields are the field problems behind a failed submit: the
// provider's, or the draft's own when validation stopped it.
func refusedFields(err error) agent.Problems {
	var pe *agent.ProviderError
	if errors.As(err, &pe) {
		var out agent.Problems
		for _, p := range pe.Problems() {
			if onAField(p.Path) {
				out = append(out, p)
			}
		}
		return out
	}
	var ps agent.Problems
	if errors.As(err, &ps) {
		return ps.Errors()
	}
	return nil
}

// onAField reports whether a provider placed its complaint on a field of
// the draft. A provider that could not place it passes its own location
// (a wire path such as "params[1].name") or nothing: that complaint is
// told by its message alone (providerSaid), its location only under
// details.
func onAField(path string) bool {
	if path == "" {
		return false
	}
	_, ok := agent.FieldByPath(path)
	_, _, _, setting := agent.SplitSettingPath(path) // a provider's own setting
	return ok || setting
}

// providerSaid is what the provider said beyond the settings it refused:
// its own message, unless it only restates the count the sentence gives,
// and each complaint it placed on no field, by its message alone.
func providerSaid(err error, name string) []string {
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) {
		return nil
	}
	var out []string
	if len(refusedFields(err)) > 0 && pe.Message != "" && !strings.HasPrefix(pe.Message, name+" refused") {
		out = append(out, sentenceCase(pe.Message))
	}
	for _, f := range pe.Fields {
		if !onAField(f.Path) && f.Message != "" {
			out = append(out, sentenceCase(f.Message))
		}
	}
	return out
}

func (s *submitScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	k := s.keys
	switch s.phase {
	case submitWaiting:
		if key.Matches(msg, k.Stop) {
			return s, func() tea.Msg { return backMsg{} }
		}
	case submitRunning:
		if key.Matches(msg, k.Stop) {
			// Push returns as soon as its request sees the context end; the
			// draft's settings are never changed by it.
			s.phase, s.stopped = submitStopping, true
			s.sh.done(s.pushReq)
		}
	case submitDone:
		if s.pick != nil {
			return s, s.pickKey(msg)
		}
		return s, s.doneKey(msg)
	case submitStopping:
		// keys wait until the stopped push returns
	}
	return s, nil
}

func (s *submitScreen) doneKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	back := func() tea.Msg { return backMsg{} }
	switch {
	case key.Matches(msg, k.Done):
		return back
	case key.Matches(msg, k.Fix) && len(s.refused) > 0:
		ps := s.refused
		return tea.Sequence(back, back, func() tea.Msg { return pushProblemsMsg{problems: ps} })
	case key.Matches(msg, k.Fix) && s.err == nil && s.setupErr == nil:
		return tea.Sequence(back, back) // done: back to the editor
	case key.Matches(msg, k.Detail) && s.failed():
		s.detail, s.detailTop = !s.detail, 0
	case key.Matches(msg, k.Up) && s.detail:
		s.detailTop = max(s.detailTop-1, 0)
	case key.Matches(msg, k.Down) && s.detail:
		s.detailTop++
	case key.Matches(msg, k.Retry) && s.failed() && s.provider != nil:
		s.phase = submitWaiting
		return s.waitForSaves()
	}
	return nil
}

func (s *submitScreen) failed() bool {
	return s.phase == submitDone && (s.err != nil || s.setupErr != nil)
}
