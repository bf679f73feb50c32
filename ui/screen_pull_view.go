package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

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
	case pullAgents:
		// the list of agents, below
	}
	name := s.infos[s.provCursor].Name
	if s.listErr != nil {
		return "\n" + indent(renderLines(st.App.Error, wrap("Could not list the agents on "+name+": "+errTextFor(s.listErr, name), w)), 1) +
			"\n\n " + st.App.Muted.Render("Press r to try again, or esc to pick another provider.")
	}
	if len(s.agents) == 0 {
		return "\n " + st.App.Text.Render(name+" has no agents yet.") + "\n\n " +
			renderLines(st.App.Muted, wrap("Make one here: go back to the drafts (esc twice), press n, and submit it.", w))
	}
	b.WriteString(" " + st.App.Muted.Render(plural(len(s.agents), "agent", "agents")+" on "+name) + "\n")
	nameW, idW, draftW := s.columns(w - 2)
	b.WriteString("   " + st.List.Header.Render(pad("NAME", nameW)+" "+pad("AGENT ID", idW)+" "+pad("DRAFT", draftW)) + "\n")
	n := s.rowsVisible()
	first, end, blank := s.window.span(n, len(s.agents))
	for i := first; i < end; i++ {
		a := s.agents[i]
		line := pad(plain(a.Name), nameW) + " " + pad(plain(a.ID), idW) + " " + pad(plain(s.linked[a.ID].Name), draftW)
		b.WriteString(" " + st.List.Line(line, i == s.cursor) + "\n")
	}
	for range blank {
		b.WriteString("\n")
	}
	switch _, linked := s.linked[s.currentID()]; {
	case s.pullErr != nil:
		b.WriteString(indent(renderLines(st.App.Error, wrap(pullErrText(s.pullErr, s.provider.Info().Name), w)), 1))
	case linked:
		b.WriteString(" " + st.App.Muted.Render(truncate("Enter refreshes the draft linked to this agent.", w)))
	default:
		b.WriteString(" " + st.App.Muted.Render(truncate("Enter makes a new draft of this agent.", w)))
	}
	return b.String()
}

// columns shares width between the name, the remote id and the linked
// draft: the id as long as the longest (within half the width), the draft
// column only as wide as it needs, the name the rest.
func (s *pullScreen) columns(width int) (nameW, idW, draftW int) {
	for _, a := range s.agents {
		idW = max(idW, ansi.StringWidth(plain(a.ID)))
		draftW = max(draftW, ansi.StringWidth(plain(s.linked[a.ID].Name)))
	}
	idW = min(max(idW, len("AGENT ID")), width/2)
	draftW = min(max(draftW, len("DRAFT")), width/4)
	nameW = max(width-idW-draftW-2, 8)
	return nameW, idW, draftW
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
	case pullAgents:
		// the list of agents, below
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
