package ui

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui/theme"
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

// listStride spaces sections in the cursor value: cursor = section*stride
// + 0 for the section line, + n for its n-th list.
const listStride = 100

// sidebar is the editor's list of sections, with the lists of the open
// section right below it. It is a plain component: the editor tells it
// what the provider carries (caps) and what to mark, and it keeps only its
// cursor, which section is open and whether it has the keys.
//
// A section opens (shows its lists) when it is entered or jumped to, not
// when the cursor passes over it: moving up and down never makes lines
// appear or vanish, so the line under the cursor never shifts.
type sidebar struct {
	// cursor is a section index plus an offset into its lists.
	cursor int
	// open is the section index whose lists are shown.
	open    int
	focused bool
	// more are the sections (by index) whose advanced lists all show;
	// count says how many items a list holds (nil shows every list). See
	// shows.
	more  map[int]bool
	count func(list string) int
}

func (s *sidebar) Focus() { s.focused = true }
func (s *sidebar) Blur()  { s.focused = false }

// section is the section the cursor is on or inside.
func (s *sidebar) section() string { return agent.Sections[s.cursor/listStride].ID }

// sectionIndex is the index in agent.Sections of the cursor's section.
func (s *sidebar) sectionIndex() int { return s.cursor / listStride }

// entry is the line under the cursor.
func (s *sidebar) entry(caps agent.Capabilities) sidebarEntry {
	sec := s.section()
	n := s.cursor % listStride
	if n == 0 {
		return sidebarEntry{section: sec}
	}
	lists := forms.Lists(sec, caps)
	if n-1 < len(lists) {
		return sidebarEntry{section: sec, list: lists[n-1]}
	}
	return sidebarEntry{section: sec}
}

// entries lists the lines: every section, with the lists of the open
// section right below it.
func (s *sidebar) entries(caps agent.Capabilities) []sidebarEntry {
	out := make([]sidebarEntry, 0, len(agent.Sections)+4)
	for i, sec := range agent.Sections {
		out = append(out, sidebarEntry{section: sec.ID})
		if i == s.open {
			for k, l := range forms.Lists(sec.ID, caps) {
				if s.shows(i, k, l) {
					out = append(out, sidebarEntry{section: sec.ID, list: l})
				}
			}
		}
	}
	return out
}

// cursorOf is the cursor value of a line.
func cursorOf(ent sidebarEntry, caps agent.Capabilities) int {
	sec := sectionIndex(ent.section)
	for k, l := range forms.Lists(ent.section, caps) {
		if ent.list.ID != "" && l.ID == ent.list.ID {
			return sec*listStride + k + 1
		}
	}
	return sec * listStride
}

// move steps the cursor over the lines as they are drawn; the open
// section stays open, so no line moves.
func (s *sidebar) move(delta int, caps agent.Capabilities) {
	ents := s.entries(caps)
	cur := s.entry(caps)
	at := 0
	for i, ent := range ents {
		// The section's line, then the cursor's list if it has a line.
		if ent.section == cur.section && (ent.list.ID == "" || ent.list.ID == cur.list.ID) {
			at = i
		}
	}
	at = max(min(at+delta, len(ents)-1), 0)
	s.cursor = cursorOf(ents[at], caps)
}

// sectionIndex is the index of section id in agent.Sections.
func sectionIndex(id string) int {
	for i, sec := range agent.Sections {
		if sec.ID == id {
			return i
		}
	}
	return 0
}

// home and end put the cursor on the first and the last line.
func (s *sidebar) home() { s.cursor = 0 }

func (s *sidebar) end(caps agent.Capabilities) {
	ents := s.entries(caps)
	s.cursor = cursorOf(ents[len(ents)-1], caps)
}

// goToSection puts the cursor on the line of section index sec, and opens
// that section.
func (s *sidebar) goToSection(sec int) { s.cursor, s.open = sec*listStride, sec }

// goToList puts the cursor on the k-th list of its section, and opens it.
// Whoever goes straight to a list (a section of lists only, a problem in
// a list) is shown its section's lists, advanced ones too.
func (s *sidebar) goToList(k int) {
	s.open = s.cursor / listStride
	s.cursor = s.open*listStride + k + 1
	s.showMore(s.open)
}

// showMore shows every list of section index sec from now on.
func (s *sidebar) showMore(sec int) {
	if s.more == nil {
		s.more = map[int]bool{}
	}
	s.more[sec] = true
}

// shows reports whether the k-th list l of section index sec has a line:
// when it is offered (forms.ListInfo.Offered; More settings counts once
// turned on in this editor), and always under the cursor, so emptying a
// list never takes the line from under it.
func (s *sidebar) shows(sec, k int, l forms.ListInfo) bool {
	if s.count == nil || s.cursor == sec*listStride+k+1 || !l.Advanced {
		return true // counting the items is only needed for an advanced list
	}
	return l.Offered(s.count(l.ID), s.more[sec])
}

// openHere opens the section the cursor is on.
func (s *sidebar) openHere() { s.open = s.cursor / listStride }

// sidebarLook is what the sidebar draws besides its own state: each
// section's mark and how many items each list holds.
type sidebarLook struct {
	caps  agent.Capabilities
	mark  func(section string) sectionMark
	count func(list string) int
}

// Render draws the sidebar w wide and h high.
func (s *sidebar) Render(st *theme.Styles, w, h int, look sidebarLook) string {
	return st.Editor.Sidebar.Width(w).Height(max(h, 1)).Render(s.lines(st, w-st.Editor.Sidebar.GetHorizontalFrameSize(), look))
}

func (s *sidebar) lines(st *theme.Styles, w int, look sidebarLook) string {
	cur := s.entry(look.caps)
	var b strings.Builder
	for i, ent := range s.entries(look.caps) {
		if i > 0 {
			b.WriteString("\n")
		}
		selected := ent.section == cur.section && ent.list.ID == cur.list.ID
		var line string
		if ent.isList() {
			line = "   " + truncate(ent.list.Title+" ("+itoa(look.count(ent.list.ID))+")", w-5)
		} else {
			line = markText(look.mark(ent.section)) + " " + truncate(agent.SectionTitle(ent.section), w-4)
		}
		line = pad(line, w-2)
		// The cursor is a character as well as a colour, so it shows
		// without colour (NO_COLOR, a plain terminal).
		switch {
		case selected && s.focused:
			b.WriteString(st.List.Cursor.Render("›") + " " + st.Editor.ItemSelected.Render(line))
		case selected:
			b.WriteString(st.List.Cursor.Render("›") + " " + st.Editor.ItemSelectedDim.Render(line))
		case ent.isList():
			b.WriteString("  " + st.Editor.Sub.Render(line))
		default:
			b.WriteString("  " + markStyled(st, line, look.mark(ent.section)))
		}
	}
	b.WriteString("\n\n" + st.App.Muted.Render(truncate("✓ done  ! fix  – n/a", w)))
	return b.String()
}

func markText(m sectionMark) string {
	switch m {
	case markProblems:
		return "!"
	case markUnsupported:
		return "–"
	case markComplete:
		// the tick, below
	}
	return "✓"
}

// markStyled colours a section line by its mark; the mark itself is a
// character too, so the state reads without colour.
func markStyled(st *theme.Styles, line string, m sectionMark) string {
	switch m {
	case markProblems:
		return st.Editor.MarkProblem.Render(line[:1]) + st.Editor.Item.Render(line[1:])
	case markUnsupported:
		return st.Editor.MarkUnsupported.Render(line)
	case markComplete:
		// the tick, below
	}
	return st.Editor.MarkOK.Render(line[:len("✓")]) + st.Editor.Item.Render(line[len("✓"):])
}
