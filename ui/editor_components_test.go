package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// The editor's components are plain structs: driven here without the
// editor, with what the editor would tell them.

func TestSidebarMovesThroughSectionsAndTheirLists(t *testing.T) {
	t.Parallel()
	caps := fakeCaps["dasha"]()
	var s sidebar
	for i := range agent.Sections {
		if got := s.section(); got != agent.Sections[i].ID {
			t.Fatalf("step %d: on %s, want %s", i, got, agent.Sections[i].ID)
		}
		s.openHere() // enter on the section shows its lists
		for range forms.Lists(s.section(), caps) {
			s.move(1, caps)
			if !s.entry(caps).isList() {
				t.Fatalf("%s: moving down did not reach its list", s.section())
			}
		}
		s.move(1, caps)
	}
	s.goToSection(0)
	s.move(-1, caps)
	if s.cursor != 0 {
		t.Fatalf("moving up from the first section went to %d", s.cursor)
	}
}

// TestSidebarLinesStayPutAsTheCursorMoves: moving up and down never opens
// or closes a section, so every line stays where it was drawn; only
// entering a section (or jumping to it) shows its lists.
func TestSidebarLinesStayPutAsTheCursorMoves(t *testing.T) {
	t.Parallel()
	caps := fakeCaps["dasha"]()
	var s sidebar
	s.goToSection(sectionIndex(agent.SectionHours))
	before := s.entries(caps)
	if len(before) <= len(agent.Sections) {
		t.Fatalf("jumping to calling hours did not show its days: %d lines", len(before))
	}
	for step := range 2 * len(before) {
		delta := 1
		if step >= len(before) {
			delta = -1
		}
		s.move(delta, caps)
		after := s.entries(caps)
		if len(after) != len(before) {
			t.Fatalf("step %d (%s): the sidebar went from %d to %d lines", step, s.entry(caps).section, len(before), len(after))
		}
	}
	s.end(caps)
	if got := s.entry(caps); got.section != agent.Sections[len(agent.Sections)-1].ID || got.isList() {
		t.Fatalf("end put the cursor on %+v, want the last section", got)
	}
	s.home()
	if s.cursor != 0 {
		t.Fatalf("home put the cursor at %d", s.cursor)
	}
}

func TestSidebarDrawsItsCursorBrightOnlyWithFocus(t *testing.T) {
	t.Parallel()
	st := &theme.New(true).Styles
	look := sidebarLook{caps: fakeCaps["dasha"](), mark: func(string) sectionMark { return markProblems }, count: func(string) int { return 0 }}
	var s sidebar
	blurred := s.Render(st, 26, 20, look)
	s.Focus()
	focused := s.Render(st, 26, 20, look)
	if ansi.Strip(blurred) != ansi.Strip(focused) || !strings.Contains(ansi.Strip(focused), "› ! ") {
		t.Fatalf("focus changed the text, or the cursor and mark are missing:\n%s", ansi.Strip(focused))
	}
	if blurred == focused {
		t.Fatal("the cursor line looks the same with and without focus")
	}
}

func TestItemsPaneOpensAndLeavesAListInsideAnItem(t *testing.T) {
	t.Parallel()
	var p itemsPane
	root := sidebarEntry{section: "tools", list: forms.ListInfo{ID: "tools", Title: "Tools"}}
	p.pos = 2
	p.open(forms.ListInfo{ID: "tools[1].parameters", Title: "Parameters"})
	if l, _ := p.list(root); l.ID != "tools[1].parameters" || p.pos != 0 || p.breadcrumb(root.list) != "Tools › Parameters" {
		t.Fatalf("inside: list %s, cursor %d, %q", l.ID, p.pos, p.breadcrumb(root.list))
	}
	if !p.up() || p.pos != 2 || p.nested() {
		t.Fatalf("up: cursor %d, nested %v", p.pos, p.nested())
	}
	if p.up() {
		t.Fatal("up left a list that was not open")
	}
}

func TestExternalEditorHandsBackTheTextWithoutTheFinalNewline(t *testing.T) {
	t.Parallel()
	x := externalEditor{req: 7, getenv: func(string) string { return "vi" }}
	if _, edited, _ := x.Update(promptEditedMsg{reqID: 6, text: "stale"}); edited {
		t.Fatal("an old run's text was taken")
	}
	text, edited, _ := x.Update(promptEditedMsg{reqID: 7, text: "Be brief.\r\n"})
	if !edited || text != "Be brief." || x.req != 0 {
		t.Fatalf("edited %v, %q, run %d", edited, text, x.req)
	}
	x.req = 8
	if _, edited, cmd := x.Update(editorFileReadyMsg{reqID: 8, err: errors.New("disk full")}); edited || cmd == nil || x.req != 0 {
		t.Fatalf("a failed start: edited %v, notice %v, run %d", edited, cmd != nil, x.req)
	}
}
