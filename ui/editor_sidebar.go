package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// sectionMark is a section's state as the sidebar shows it.
type sectionMark int

const (
	markComplete sectionMark = iota
	markProblems
	markUnsupported
)

// sidebarEntry is one line of the sidebar: a section, or one of the lists
// of the section the cursor is in.
type sidebarEntry struct {
	section string
	list    forms.ListInfo // zero for a section line
}

func (s sidebarEntry) isList() bool { return s.list.ID != "" }

// entries lists the sidebar lines: every section, with the lists of the
// section the cursor is in right below it.
func (e *editorScreen) entries() []sidebarEntry {
	open := e.cursorSection()
	out := make([]sidebarEntry, 0, len(agent.Sections)+4)
	for _, s := range agent.Sections {
		out = append(out, sidebarEntry{section: s.ID})
		if s.ID == open {
			for _, l := range forms.Lists(s.ID, e.caps) {
				out = append(out, sidebarEntry{section: s.ID, list: l})
			}
		}
	}
	return out
}

// cursorSection is the section the cursor is on or inside. The cursor is
// kept as a section index plus an offset into its lists, so the sidebar
// can grow and shrink as it moves.
func (e *editorScreen) cursorSection() string {
	return agent.Sections[e.cursor/listStride].ID
}

// listStride spaces sections in the cursor value: cursor = section*stride
// + 0 for the section line, + n for its n-th list.
const listStride = 100

func (e *editorScreen) cursorEntry() sidebarEntry {
	sec := e.cursorSection()
	n := e.cursor % listStride
	if n == 0 {
		return sidebarEntry{section: sec}
	}
	lists := forms.Lists(sec, e.caps)
	if n-1 < len(lists) {
		return sidebarEntry{section: sec, list: lists[n-1]}
	}
	return sidebarEntry{section: sec}
}

// moveCursor steps through sections and the lists of the current one.
func (e *editorScreen) moveCursor(delta int) {
	sec, n := e.cursor/listStride, e.cursor%listStride
	lists := len(forms.Lists(agent.Sections[sec].ID, e.caps))
	switch {
	case delta > 0 && n < lists:
		e.cursor++
	case delta > 0 && sec < len(agent.Sections)-1:
		e.cursor = (sec + 1) * listStride
	case delta < 0 && n > 0:
		e.cursor--
	case delta < 0 && sec > 0:
		prev := len(forms.Lists(agent.Sections[sec-1].ID, e.caps))
		e.cursor = (sec-1)*listStride + prev
	}
	e.itemPos = 0
	e.listStack, e.parentPos = nil, nil
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
	switch {
	case key.Matches(msg, e.back):
		return e, e.leave()
	case key.Matches(msg, e.keys.Up):
		e.moveCursor(-1)
	case key.Matches(msg, e.keys.Down):
		e.moveCursor(1)
	case key.Matches(msg, e.keys.Provider):
		return e, e.pickProvider()
	case key.Matches(msg, e.keys.Open):
		ent := e.cursorEntry()
		if ent.isList() {
			e.focus = focusItems
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
	e.form, e.formFor, e.focus = nil, "", focusSidebar
	if len(forms.Lists(id, e.caps)) > 0 {
		e.cursor = e.cursor/listStride*listStride + 1
		e.focus = focusItems
	}
	return nil
}

// nextSection opens the next section the provider carries after the one
// just finished; a section with only lists is shown in the sidebar.
func (e *editorScreen) nextSection() tea.Cmd {
	e.form, e.formFor = nil, ""
	e.focus = focusSidebar
	sec := e.cursor / listStride
	for next := sec + 1; next < len(agent.Sections); next++ {
		id := agent.Sections[next].ID
		if !forms.SectionSupported(id, e.caps) {
			continue
		}
		e.cursor = next * listStride
		return e.enterSection(id)
	}
	return notice("That was the last section. Every change is saved.", levelOK)
}
