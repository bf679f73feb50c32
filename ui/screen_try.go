package ui

// "Try it": a text conversation with a draft's pushed agent, a line at a
// time, through the provider's agent.Tester. The screen reads the draft
// afresh (its link to the remote agent may be newer than the caller's
// copy), says in one sentence when the provider offers no way to talk to
// an agent or the draft is not pushed, and never changes the agent.

import (
	"context"
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// tryTimeout bounds one answer: a test run at the provider can queue.
const tryTimeout = 25 * time.Minute

type tryScreen struct {
	sh      *shared
	keys    TryKeys
	back    key.Binding
	draftID string

	// Set once ready.
	ready    bool
	blocked  string // why there is nothing to try, in one sentence
	draft    agent.Draft
	provider string // the provider's name
	tester   agent.Tester
	remoteID string

	input    textinput.Model
	history  []agent.ChatTurn
	notes    []string // what happened besides the conversation (calls, stops, errors)
	reqID    int      // the request under way, 0 when none
	progress string
	events   chan tea.Msg // progress of the run under way
	done     chan tea.Msg // its answer; room for one, so the run never waits
	width    int
	height   int
}

// tryReadyMsg is the draft, its provider and its pushed agent, read.
type tryReadyMsg struct {
	reqID    int
	draft    agent.Draft
	provider string
	tester   agent.Tester
	remoteID string
	blocked  string
}

// tryProgressMsg is a step of a run under way, in plain words.
type tryProgressMsg struct {
	reqID int
	text  string
}

// tryRepliedMsg is the agent's answer to a line, and the calls it took.
type tryRepliedMsg struct {
	reqID int
	turns []agent.ChatTurn
	calls []string
	err   error
}

func newTryScreen(sh *shared, draftID string) *tryScreen {
	in := textinput.New()
	in.Prompt = "Caller: "
	in.Placeholder = "type what the caller says, then enter"
	st := in.Styles()
	st.Focused.Prompt = sh.theme.Styles.App.Key
	st.Focused.Text = sh.theme.Styles.App.Text
	st.Focused.Placeholder = sh.theme.Styles.App.Muted
	in.SetStyles(st)
	return &tryScreen{sh: sh, keys: sh.keys.Try, back: sh.keys.Global.Back, draftID: draftID, input: in}
}

func (s *tryScreen) Title() string { return "Try it" }

func (s *tryScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.input.SetWidth(max(w-12, 10))
}

func (s *tryScreen) Init() tea.Cmd {
	s.reqID = s.sh.nextID()
	return s.prepare(s.reqID)
}

// prepare reads the draft and builds its provider off the UI loop.
func (s *tryScreen) prepare(reqID int) tea.Cmd {
	deps, id := s.sh.deps, s.draftID
	return func() tea.Msg {
		msg := tryReadyMsg{reqID: reqID}
		d, err := deps.Drafts.Load(id)
		if err != nil {
			msg.blocked = "Could not read the draft: " + storeErrText(err)
			return msg
		}
		msg.draft = d
		p, err := deps.Providers.Get(d.Provider)
		if err != nil {
			msg.blocked = "Could not set up the connection: " + errText(err)
			return msg
		}
		msg.provider = p.Info().Name
		t, ok := agent.AsTester(p)
		remote := d.RemoteFor(d.Provider, agent.DefaultEnv)
		switch {
		case !ok:
			msg.blocked = msg.provider + " offers no way to talk to an agent in text, so there is nothing to try here; only ElevenLabs Agents does."
		case remote.ID == "":
			msg.blocked = "This draft is not on " + msg.provider + " yet: submit it first (ctrl+r in the editor), then try it."
		default:
			msg.tester, msg.remoteID = t, remote.ID
		}
		return msg
	}
}

func (s *tryScreen) capturesInput() bool { return s.ready && s.blocked == "" && s.reqID == 0 }

func (s *tryScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tryReadyMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.reqID, s.ready = 0, true
		s.draft, s.provider, s.tester, s.remoteID, s.blocked = msg.draft, msg.provider, msg.tester, msg.remoteID, msg.blocked
		if s.blocked == "" {
			return s, s.input.Focus()
		}
		return s, nil
	case tryProgressMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.progress = msg.text
		return s, s.listen()
	case tryRepliedMsg:
		if msg.reqID != s.reqID {
			return s, nil
		}
		s.sh.done(s.reqID)
		s.reqID, s.progress = 0, ""
		if len(msg.calls) > 0 {
			s.notes = append(s.notes, "Calls made to "+s.provider+": "+strings.Join(msg.calls, ", "))
		}
		if msg.err != nil {
			// The line stays in the box, to send again.
			s.history = s.history[:len(s.history)-1]
			s.notes = append(s.notes, "The agent did not answer: "+errTextFor(msg.err, s.provider))
			return s, s.input.Focus()
		}
		s.history = append(s.history, msg.turns...)
		s.input.SetValue("")
		return s, s.input.Focus()
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

func (s *tryScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case s.reqID != 0 && s.ready && key.Matches(msg, s.keys.Stop):
		// The provider offers no way to cancel a run: stop waiting for it.
		s.sh.done(s.reqID)
		s.reqID, s.progress = 0, ""
		s.history = s.history[:len(s.history)-1]
		s.notes = append(s.notes, "Stopped waiting. "+s.provider+" finishes that run on its own; the agent was not changed.")
		return s, s.input.Focus()
	case s.reqID != 0:
		return s, nil
	case key.Matches(msg, s.back):
		return s, func() tea.Msg { return backMsg{} }
	case !s.ready || s.blocked != "":
		return s, nil
	case key.Matches(msg, s.keys.Send):
		line := strings.TrimSpace(s.input.Value())
		if line == "" {
			return s, nil
		}
		s.history = append(s.history, agent.ChatTurn{Role: agent.RoleCaller, Text: line})
		s.input.Blur()
		return s, s.send()
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return s, cmd
}

// send asks the agent to answer the conversation so far. The run reports
// its steps on a channel that listen reads one message at a time.
func (s *tryScreen) send() tea.Cmd {
	ctx, id := s.sh.withTimeout(tryTimeout)
	s.reqID = id
	events, done := make(chan tea.Msg, 16), make(chan tea.Msg, 1)
	s.events, s.done = events, done
	tester, remoteID, history := s.tester, s.remoteID, append([]agent.ChatTurn(nil), s.history...)
	sess := s.session(id, events)
	var calls []string
	sess.Call = func(method, path string) { calls = append(calls, method+" "+path) }
	go func() {
		turns, err := tester.Reply(ctx, remoteID, history, sess)
		if errors.Is(err, context.Canceled) {
			err = errors.New("stopped")
		}
		done <- tryRepliedMsg{reqID: id, turns: turns, calls: calls, err: err}
	}()
	return s.listen()
}

// session is the TestSession of one run: progress goes to the screen,
// dropped when the screen is not keeping up (the answer never is).
func (s *tryScreen) session(id int, events chan tea.Msg) agent.TestSession {
	sess := agent.TestSession{Env: agent.DefaultEnv, Owner: s.draft.ID, Tools: s.draft.Agent.Tools}
	if f := s.sh.deps.TestIDs; f != nil {
		sess.IDs = f(s.draft.Provider, agent.DefaultEnv)
	}
	sess.Progress = func(text string) {
		select {
		case events <- tryProgressMsg{reqID: id, text: text}:
		default:
		}
	}
	return sess
}

// listen waits for the next event of the run under way.
func (s *tryScreen) listen() tea.Cmd {
	events, done := s.events, s.done
	return func() tea.Msg {
		select {
		case m := <-done:
			return m
		case m := <-events:
			return m
		}
	}
}

func (s *tryScreen) ShortHelp() []key.Binding {
	k := s.keys
	b := s.back
	running := s.reqID != 0 && s.ready
	k.Stop.SetEnabled(running)
	k.Send.SetEnabled(!running && s.ready && s.blocked == "")
	b.SetEnabled(!running)
	return enabled(k.Send, k.Stop, b)
}

func (s *tryScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
