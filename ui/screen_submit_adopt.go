package ui

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
)

// When a submit stops because an earlier, unclear create may have made one
// of several agents (agent.AdoptError), the submit screen lists them and
// asks: the person links the one that is this draft's, or cancels. Nothing
// is adopted without that answer.

// adoptPicker is the list of agents an unclear create may have made, with
// "Cancel" after them.
type adoptPicker struct {
	candidates []agent.RemoteAgent
	cursor     int // len(candidates) is Cancel
}

// adoptAnswer is the picker's typed result.
type adoptAnswer interface{ adoptAnswer() }

// adoptThis links the draft to the agent id, then updates it.
type adoptThis struct{ id string }

// adoptCancelled sends nothing.
type adoptCancelled struct{}

func (adoptThis) adoptAnswer()      {}
func (adoptCancelled) adoptAnswer() {}

// newAdoptPicker returns a picker for err, or nil when err is not a push
// that stopped on agents it could not tell apart.
func newAdoptPicker(err error) *adoptPicker {
	var ae *agent.AdoptError
	if !errors.As(err, &ae) || len(ae.Candidates) == 0 {
		return nil
	}
	return &adoptPicker{candidates: ae.Candidates}
}

// update moves the cursor or answers.
func (p *adoptPicker) update(msg tea.KeyPressMsg, k SubmitKeys) adoptAnswer {
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.Down):
		p.cursor = min(p.cursor+1, len(p.candidates))
	case key.Matches(msg, k.Fix):
		if p.cursor < len(p.candidates) {
			return adoptThis{id: p.candidates[p.cursor].ID}
		}
		return adoptCancelled{}
	case key.Matches(msg, k.Done):
		return adoptCancelled{}
	}
	return nil
}

// lines draws the question and the list, the chosen line marked.
func (p *adoptPicker) lines(s *submitScreen, w int) []string {
	st := s.sh.theme.Styles
	out := []string{"", renderLines(st.App.Text, wrap("If one of these is the agent this draft made, link the draft to it and update it; otherwise cancel and check "+s.providerName()+".", w))}
	for i := 0; i <= len(p.candidates); i++ {
		text := "Cancel: send nothing"
		if i < len(p.candidates) {
			c := p.candidates[i]
			text = plainText(c.ID) + "  " + quote(plainText(c.Name))
			if !c.Created.IsZero() {
				text += "  created " + c.Created.UTC().Format("2006-01-02 15:04 UTC")
			}
		}
		if i == p.cursor {
			out = append(out, st.App.Title.Render(truncate("› "+text, w)))
		} else {
			out = append(out, st.App.Text.Render(truncate("  "+text, w)))
		}
	}
	return out
}

// pickKey handles a key while the picker is open.
func (s *submitScreen) pickKey(msg tea.KeyPressMsg) tea.Cmd {
	switch a := s.pick.update(msg, s.keys).(type) {
	case adoptThis:
		s.pick, s.adoptID = nil, a.id
		s.phase = submitWaiting
		return s.waitForSaves()
	case adoptCancelled:
		s.pick = nil
		return func() tea.Msg { return backMsg{} }
	}
	return nil
}

// pickHelp is the footer while the picker is open.
func (s *submitScreen) pickHelp() []key.Binding {
	k := s.keys
	k.Fix.SetHelp("enter", "choose")
	k.Done.SetHelp("esc", "cancel")
	return enabled(k.Up, k.Down, k.Fix, k.Done)
}

// plainText replaces control characters (escape sequences included) with
// a visible mark, so that a name from the provider cannot redraw the screen.
func plainText(s string) string { return errtext.Printable(s) }
