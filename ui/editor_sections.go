package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// What the editor does with the sidebar: the keys it takes while the
// sidebar has focus, opening a section, and each section's mark.

// cursorEntry is the sidebar line under the cursor.
func (e *editorScreen) cursorEntry() sidebarEntry { return e.side.entry(e.caps) }

// sidebarLook is what the sidebar marks: each section's state and each
// list's length in this draft.
func (e *editorScreen) sidebarLook() sidebarLook {
	return sidebarLook{
		caps:  e.caps,
		mark:  e.mark,
		count: func(list string) int { return len(forms.Items(list, &e.draft.Agent)) },
	}
}

// mark says whether a section is complete, has problems, or is not
// carried by the provider at all.
func (e *editorScreen) mark(section string) sectionMark {
	if !forms.SectionSupported(section, e.caps) {
		return markUnsupported
	}
	if len(e.sectionProblems(section).Errors()) > 0 {
		return markProblems
	}
	return markComplete
}

// sectionProblems are the problems whose field lies in section.
func (e *editorScreen) sectionProblems(section string) agent.Problems {
	var out agent.Problems
	for _, p := range append(e.problems, e.formErrs...) {
		if f, ok := agent.FieldByPath(p.Path); ok && f.Section == section {
			out = append(out, p)
		}
	}
	return out
}

func (e *editorScreen) sidebarKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	if cmd, ok := e.navKey(msg); ok {
		return e, cmd
	}
	switch {
	case key.Matches(msg, e.back):
		return e, e.leave()
	case key.Matches(msg, e.keys.Up):
		e.side.move(-1, e.caps)
		e.items.reset()
	case key.Matches(msg, e.keys.Down):
		e.side.move(1, e.caps)
		e.items.reset()
	case key.Matches(msg, e.keys.Home):
		e.side.home()
		e.items.reset()
	case key.Matches(msg, e.keys.End):
		e.side.end(e.caps)
		e.items.reset()
	case key.Matches(msg, e.keys.Provider):
		return e, e.pickProvider()
	case key.Matches(msg, e.keys.Try) && e.draft.Remote().ID != "":
		d := e.draft
		return e, tea.Sequence(e.flush(), func() tea.Msg { return openScreenMsg{to: routeTry, draft: d} })
	case key.Matches(msg, e.keys.Tests):
		d := e.draft
		return e, func() tea.Msg { return openScreenMsg{to: routeTests, draft: d} }
	case key.Matches(msg, e.keys.History):
		return e, e.openHistory()
	case key.Matches(msg, e.keys.Open):
		e.side.openHere()
		ent := e.cursorEntry()
		if ent.isList() {
			e.setFocus(focusItems)
			return e, nil
		}
		if !forms.SectionSupported(ent.section, e.caps) {
			return e, notice(e.provider.Info().Name+" has no settings in this section.", levelInfo)
		}
		return e, e.enterSection(ent.section)
	}
	return e, nil
}

// enterSection opens a section's form, or, for a section that has only
// lists, its first list.
func (e *editorScreen) enterSection(id string) tea.Cmd {
	cmd := e.openSection(id)
	if !e.form.Empty() {
		return cmd
	}
	e.form, e.formFor = nil, ""
	e.setFocus(focusSidebar)
	if len(forms.Lists(id, e.caps)) > 0 {
		e.side.goToList(0)
		e.setFocus(focusItems)
	}
	return nil
}

// nextSection opens the next section the provider carries after the one
// just finished; a section with only lists is shown in the sidebar.
func (e *editorScreen) nextSection() tea.Cmd {
	e.form, e.formFor = nil, ""
	e.setFocus(focusSidebar)
	for next := e.side.sectionIndex() + 1; next < len(agent.Sections); next++ {
		id := agent.Sections[next].ID
		if !forms.SectionSupported(id, e.caps) {
			continue
		}
		e.side.goToSection(next)
		return e.enterSection(id)
	}
	return notice("That was the last section. Every change is saved.", levelOK)
}
