package ui

// "Try it": a text conversation with a draft's pushed agent through the
// provider's agent.Tester, as `agentdeck try` holds it: the caller's lines
// typed one at a time, each answered, or a caller described in one line
// whom the provider plays (`try --caller`, with the most turns as
// `--turns`). It says in one sentence when the provider offers no way to
// talk to an agent or the draft is not pushed, and never changes the agent.

import (
	"context"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// The fields of the screen, in tab order.
const (
	tryLine   = iota // what the caller says next
	tryCaller        // or a simulated caller, in one line
	tryTurns         // and the most turns that conversation may take
	tryFields
)

type tryScreen struct {
	targetScreen
	keys TryKeys
	back key.Binding

	inputs  [tryFields]textinput.Model
	focus   int
	history []agent.ChatTurn // the typed conversation, sent with each line
	log     []tryEntry       // what the screen shows, in order
}

// tryEntry is a turn of a conversation or a note about what happened.
type tryEntry struct {
	turn *agent.ChatTurn
	note string
}

// simulated is the end of a simulated conversation.
type simulated struct {
	caller string
	turns  []agent.ChatTurn
}

func newTryScreen(sh *shared, draftID string) *tryScreen {
	s := &tryScreen{targetScreen: newTargetScreen(sh, draftID), keys: sh.keys.Try, back: sh.keys.Global.Back}
	for i, f := range []struct{ prompt, hint string }{
		{"Caller: ", "type what the caller says, then enter"},
		{"Or a simulated caller: ", "describe the caller in one line, then enter"},
		{"Most turns: ", "1 to 50; empty for the provider's default"},
	} {
		in := textinput.New()
		in.Prompt, in.Placeholder = f.prompt, f.hint
		st := in.Styles()
		st.Focused.Prompt = sh.theme.Styles.App.Key
		st.Focused.Text = sh.theme.Styles.App.Text
		st.Focused.Placeholder = sh.theme.Styles.App.Muted
		st.Blurred.Prompt = sh.theme.Styles.App.Muted
		st.Blurred.Placeholder = sh.theme.Styles.App.Muted
		in.SetStyles(st)
		s.inputs[i] = in
	}
	s.inputs[tryTurns].CharLimit = 2
	return s
}

func (s *tryScreen) Title() string { return "Try it" }

func (s *tryScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	for i := range s.inputs {
		s.inputs[i].SetWidth(max(w-len(s.inputs[i].Prompt)-4, 10))
	}
}

func (s *tryScreen) Init() tea.Cmd { return s.find() }

func (s *tryScreen) capturesInput() bool { return s.usable() && !s.run.running() }

func (s *tryScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case targetReadyMsg:
		if s.found(msg) {
			return s, s.inputs[s.focus].Focus()
		}
	case runProgressMsg:
		return s, s.run.progressed(msg)
	case runDoneMsg:
		if !s.run.finished(msg) {
			return s, nil
		}
		return s, s.ended(msg)
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

// ended shows how a run ended: the agent's answer, or why there is none,
// then the calls made, as agentdeck try lists them: the caller's line and
// the agent's answer stay together.
func (s *tryScreen) ended(msg runDoneMsg) tea.Cmd {
	calls := callsWords(s.target.Name(), msg.calls)
	switch v := msg.value.(type) {
	case simulated:
		if msg.err != nil {
			s.note("The simulated conversation did not finish: " + errTextFor(msg.err, s.target.Name()))
			break
		}
		s.note("A conversation with a simulated caller (" + v.caller + "):")
		for _, t := range v.turns {
			s.say(t)
		}
		if calls != "" {
			s.note(calls)
			calls = ""
		}
		s.note("The next line you type starts a new conversation.")
		s.history = nil
	default:
		if msg.err != nil {
			// The line stays in the box, to send again.
			s.unsay()
			s.note("The agent did not answer: " + errTextFor(msg.err, s.target.Name()))
			break
		}
		turns, _ := v.([]agent.ChatTurn)
		for _, t := range turns {
			s.say(t)
		}
		s.inputs[tryLine].SetValue("")
	}
	if calls != "" {
		s.note(calls)
	}
	return s.inputs[s.focus].Focus()
}

func (s *tryScreen) note(text string) { s.log = append(s.log, tryEntry{note: text}) }

// say adds a turn to the typed conversation and to the screen.
func (s *tryScreen) say(t agent.ChatTurn) {
	s.log = append(s.log, tryEntry{turn: &t})
	s.history = append(s.history, t)
}

// unsay takes back the caller's line that got no answer.
func (s *tryScreen) unsay() {
	if n := len(s.history); n > 0 && s.history[n-1].Role == agent.RoleCaller {
		s.history = s.history[:n-1]
	}
	for i := len(s.log) - 1; i >= 0; i-- {
		if s.log[i].turn != nil {
			if s.log[i].turn.Role == agent.RoleCaller {
				s.log = append(s.log[:i], s.log[i+1:]...)
			}
			return
		}
	}
}

func (s *tryScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case s.run.running() && s.ready && key.Matches(msg, s.keys.Stop):
		s.run.stop()
		if s.focus == tryLine {
			s.unsay()
		}
		s.note(stoppedWords(s.target.Name()))
		return s, s.inputs[s.focus].Focus()
	}
	if cmd, handled := s.idleKey(msg, s.back); handled {
		return s, cmd
	}
	switch {
	case key.Matches(msg, s.keys.Next):
		return s, s.moveFocus(1)
	case key.Matches(msg, s.keys.Prev):
		return s, s.moveFocus(tryFields - 1)
	case key.Matches(msg, s.keys.Send) && s.focus == tryLine:
		return s, s.sendLine()
	case key.Matches(msg, s.keys.Send):
		return s, s.simulate()
	}
	var cmd tea.Cmd
	s.inputs[s.focus], cmd = s.inputs[s.focus].Update(msg)
	return s, cmd
}

func (s *tryScreen) moveFocus(by int) tea.Cmd {
	s.inputs[s.focus].Blur()
	s.focus = (s.focus + by) % tryFields
	return s.inputs[s.focus].Focus()
}

// sendLine asks the agent to answer the conversation so far and the line.
func (s *tryScreen) sendLine() tea.Cmd {
	line := strings.TrimSpace(s.inputs[tryLine].Value())
	if line == "" {
		return nil
	}
	s.say(agent.ChatTurn{Role: agent.RoleCaller, Text: line})
	s.inputs[tryLine].Blur()
	t, history := s.target, append([]agent.ChatTurn(nil), s.history...)
	return s.run.start(t, func(ctx context.Context, sess agent.TestSession) (any, error) {
		return t.Tester.Reply(ctx, t.RemoteID, history, sess)
	})
}

// simulate has the provider play the caller described, under the rules
// `agentdeck try --caller` keeps.
func (s *tryScreen) simulate() tea.Cmd {
	sc := agent.Scenario{Caller: strings.TrimSpace(s.inputs[tryCaller].Value())}
	if v := strings.TrimSpace(s.inputs[tryTurns].Value()); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return notice("The most turns must be a number from 1 to "+strconv.Itoa(agent.MaxSimulationTurns)+".", levelError)
		}
		sc.MaxTurns = n
	}
	if err := agent.CheckScenario(sc); err != nil {
		return notice(sentenceCase(err.Error())+".", levelError)
	}
	s.inputs[s.focus].Blur()
	t := s.target
	return s.run.start(t, func(ctx context.Context, sess agent.TestSession) (any, error) {
		turns, err := t.Tester.Simulate(ctx, t.RemoteID, sc, sess)
		return simulated{caller: sc.Caller, turns: turns}, err
	})
}

func (s *tryScreen) ShortHelp() []key.Binding {
	k := s.keys
	b := s.back
	running := s.run.running() && s.ready
	can := !running && s.usable()
	k.Stop.SetEnabled(running)
	k.Send.SetEnabled(can)
	k.Next.SetEnabled(can)
	if s.focus != tryLine {
		k.Send.SetHelp("enter", "play the caller")
	}
	b.SetEnabled(!running)
	return enabled(k.Send, k.Next, k.Stop, b)
}

func (s *tryScreen) FullHelp() [][]key.Binding {
	k := s.keys
	k.Prev.SetEnabled(s.usable() && !s.run.running())
	return [][]key.Binding{append(s.ShortHelp(), enabled(k.Prev)...)}
}
