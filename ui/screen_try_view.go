package ui

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// View draws the conversation so far, newest at the bottom (older lines
// give way when the screen is full), then the caller's line.
func (s *tryScreen) View() string {
	st := s.sh.theme.Styles
	w := max(s.width-2, 10)
	switch {
	case !s.ready:
		return "\n " + st.App.Muted.Render("Getting ready…")
	case s.blocked != "":
		return "\n " + st.App.Error.Render(wrap(s.blocked, w))
	}
	var lines []string
	intro := "A text conversation with " + quote(s.draft.Name) + " as pushed to " + s.provider +
		". Each answer is a test run, billed by " + s.provider + "; the agent is never changed."
	lines = append(lines, strings.Split(st.App.Muted.Render(wrap(intro, w)), "\n")...)
	lines = append(lines, "")
	for _, t := range s.history {
		lines = append(lines, s.turnLines(t, w)...)
	}
	for _, n := range s.notes {
		lines = append(lines, strings.Split(st.App.Muted.Render(wrap(n, w)), "\n")...)
	}
	var foot string
	if s.reqID != 0 {
		p := s.progress
		if p == "" {
			p = "Waiting for the agent's answer…"
		}
		foot = st.App.Muted.Render(wrap(p+" (esc stops waiting)", w))
	} else {
		foot = s.input.View()
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
