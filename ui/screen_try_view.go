package ui

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// View draws the conversation so far, newest at the bottom (older lines
// give way when the screen is full), then the fields: the caller's line,
// or a simulated caller and the most turns it may take.
func (s *tryScreen) View() string {
	st := s.sh.theme.Styles
	w := s.textWidth()
	if v, ok := s.stateView(); !ok {
		return v
	}
	name := s.target.Name()
	var lines []string
	intro := "A text conversation with " + quote(s.target.Draft.Name) + " as pushed to " + name +
		". Type the caller's lines, or tab to describe a caller whom " + name + " plays. Each answer is a test run, billed by " +
		name + "; the agent is never changed."
	lines = append(lines, strings.Split(st.App.Muted.Render(wrap(intro, w)), "\n")...)
	lines = append(lines, "")
	for _, e := range s.log {
		if e.turn != nil {
			lines = append(lines, s.turnLines(*e.turn, w)...)
		} else {
			lines = append(lines, strings.Split(st.App.Muted.Render(wrap(plain(e.note), w)), "\n")...)
		}
	}
	var foot string
	if s.run.running() {
		foot = s.waitingLine("Waiting for the agent's answer…", w)
	} else {
		views := make([]string, len(s.inputs))
		for i := range s.inputs {
			views[i] = s.inputs[i].View()
		}
		foot = strings.Join(views, "\n ")
	}
	room := max(s.height-1-strings.Count(foot, "\n")-1, 1)
	if len(lines) > room {
		lines = lines[len(lines)-room:]
	}
	return " " + strings.Join(lines, "\n ") + "\n " + foot
}

// turnLines is one turn: who spoke and what, then a line per tool call.
func (s *tryScreen) turnLines(t agent.ChatTurn, w int) []string {
	st := s.sh.theme.Styles
	var out []string
	who := "Agent:  "
	if t.Role == agent.RoleCaller {
		who = "Caller: "
	}
	if t.Text != "" {
		body := wrap(plain(t.Text), max(w-len(who), 10))
		for i, l := range strings.Split(body, "\n") {
			if i == 0 {
				out = append(out, st.App.Key.Render(who)+st.App.Text.Render(l))
			} else {
				out = append(out, strings.Repeat(" ", len(who))+st.App.Text.Render(l))
			}
		}
	}
	for _, tc := range t.Tools {
		out = append(out, strings.Repeat(" ", len(who))+st.App.Muted.Render(wrap("↳ calls the tool "+plain(tc.Name)+" "+plain(tc.Params), max(w-len(who), 10))))
	}
	return out
}
