package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// Column width of the remote id in the agents list; the name takes the
// rest, the linked draft what is left after both.
const colRemoteID = 26

func (s *pullScreen) View() string {
	st := s.sh.theme.Styles
	w := max(s.width-4, 20)
	var b strings.Builder
	switch s.phase {
	case pullPickProvider:
		b.WriteString(" " + st.App.Title.Render("Which provider is the agent on?") + "\n\n")
		if len(s.infos) == 0 {
			b.WriteString(" " + st.App.Muted.Render("This agentdeck has no providers."))
			return b.String()
		}
		for i, p := range s.infos {
			line := pad(p.Name, 20) + " " + p.Summary
			if i == s.provCursor {
				b.WriteString(" " + st.List.Cursor.Render("›") + " " + st.List.Selected.Render(pad(line, w-2)) + "\n")
			} else {
				b.WriteString("   " + st.List.Row.Render(truncate(line, w-2)) + "\n")
			}
		}
		return b.String()
	case pullListing:
		return "\n " + st.App.Muted.Render("Fetching the agents on "+s.infos[s.provCursor].Name+"… (esc stops)")
	case pullPulling:
		return "\n " + st.App.Muted.Render(truncate("Pulling "+quote(s.agents[s.cursor].Name)+" from "+s.provider.Info().Name+"…", w))
	}
	name := s.infos[s.provCursor].Name
	if s.listErr != nil {
		return "\n" + indent(st.App.Error.Render(wrap("Could not list the agents on "+name+": "+errText(s.listErr), w)), 1) +
			"\n\n " + st.App.Muted.Render("Press r to try again, or esc to pick another provider.")
	}
	if len(s.agents) == 0 {
		return "\n " + st.App.Text.Render(name+" has no agents yet.") + "\n\n " +
			st.App.Muted.Render(wrap("Make one here: go back to the drafts (esc twice), press n, and submit it.", w))
	}
	b.WriteString(" " + st.App.Muted.Render(plural(len(s.agents), "agent", "agents")+" on "+name) + "\n")
	nameW := max(w-colRemoteID-20, 12)
	b.WriteString("   " + st.List.Header.Render(pad("NAME", nameW)+" "+pad("AGENT ID", colRemoteID)+" DRAFT") + "\n")
	n := s.rowsVisible()
	for i := s.offset; i < min(s.offset+n, len(s.agents)); i++ {
		a := s.agents[i]
		draft := ""
		if e, ok := s.linked[a.ID]; ok {
			draft = e.Name
		}
		line := pad(a.Name, nameW) + " " + pad(a.ID, colRemoteID) + " " + truncate(draft, max(w-nameW-colRemoteID-4, 4))
		if i == s.cursor {
			b.WriteString(" " + st.List.Cursor.Render("›") + " " + st.List.Selected.Render(pad(line, w-2)) + "\n")
		} else {
			b.WriteString("   " + st.List.Row.Render(line) + "\n")
		}
	}
	for i := len(s.agents) - s.offset; i < n; i++ {
		b.WriteString("\n")
	}
	if s.pullErr != nil {
		b.WriteString(" " + st.App.Error.Render(truncate(pullErrText(s.pullErr), w)))
	} else if _, ok := s.linked[s.agents[s.cursor].ID]; ok {
		b.WriteString(" " + st.App.Muted.Render(truncate("Enter refreshes the draft linked to this agent.", w)))
	} else {
		b.WriteString(" " + st.App.Muted.Render(truncate("Enter makes a new draft of this agent.", w)))
	}
	return b.String()
}

func (s *pullScreen) ShortHelp() []key.Binding {
	k := s.keys
	b := s.back
	switch s.phase {
	case pullPickProvider:
		b.SetHelp("esc", "drafts")
		k.Choose.SetHelp("enter", "list its agents")
		k.Choose.SetEnabled(len(s.infos) > 0)
		return enabled(k.Choose, b)
	case pullListing, pullPulling:
		b.SetHelp("esc", "stop")
		return enabled(b)
	}
	b.SetHelp("esc", "other provider")
	k.Choose.SetEnabled(len(s.agents) > 0)
	if _, ok := s.linked[s.currentID()]; ok {
		k.Choose.SetHelp("enter", "refresh its draft")
	} else {
		k.Choose.SetHelp("enter", "open as a draft")
	}
	return enabled(k.Choose, k.Reload, b)
}

func (s *pullScreen) currentID() string {
	if s.cursor < len(s.agents) {
		return s.agents[s.cursor].ID
	}
	return ""
}

func (s *pullScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), s.ShortHelp()}
}
