package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// The keys of issue 16 point 7, each driven through App.Update: a section
// by its number, home and end, ready-made calling hours and a day's hours
// copied to other days.

func TestNumberKeyGoesToASectionAndShowsItsLists(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "dasha", "blank", nil)
	e := h.editor()
	h.send(keyPress("7"))
	if got := e.cursorEntry(); got.section != agent.SectionHours || got.isList() {
		t.Fatalf("7 put the cursor on %+v, want the calling hours", got)
	}
	h.requireView("Monday hours (0)", "Sunday hours (0)")
	h.send(keyPress("0"))
	if got := e.cursorEntry().section; got != agent.Sections[9].ID {
		t.Fatalf("0 went to %s, want the tenth section %s", got, agent.Sections[9].ID)
	}
	// From the items pane too, and out of a list opened inside an item.
	h.openEntry(agent.SectionTools, "tools")
	h.press(h.keys().Items.Add)
	h.press(h.keys().Global.Back)
	if e.focus != focusItems {
		t.Fatalf("focus is %d, want the tools list", e.focus)
	}
	h.send(keyPress("2"))
	if got := e.cursorEntry().section; got != agent.SectionBrain || e.focus != focusSidebar {
		t.Fatalf("2 from the tools list went to %s with focus %d", got, e.focus)
	}
}

func TestNumberKeyTypesInsideAFieldAndAltNumberJumps(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	e := h.editor()
	h.editField(agent.SectionBasics, "identity.name")
	h.typeText("7")
	if e.focus != focusForm || e.cursorEntry().section != agent.SectionBasics {
		t.Fatalf("7 typed in a field moved the editor: focus %d on %s", e.focus, e.cursorEntry().section)
	}
	h.send(keyPress("alt+7"))
	if e.focus != focusSidebar || e.cursorEntry().section != agent.SectionHours {
		t.Fatalf("alt+7 in a field: focus %d on %s, want the sidebar on calling hours", e.focus, e.cursorEntry().section)
	}
	h.autosaveNow()
	if got := h.store.get(d.ID).Agent.Identity.Name; !strings.HasSuffix(got, "7") {
		t.Fatalf("the name typed before jumping was not kept: %q", got)
	}
}

func TestHomeAndEndInTheSidebarAndTheItems(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "dasha", "blank", func(d *agent.Draft) {
		d.Agent.Variables = []agent.Variable{{Name: "a"}, {Name: "b"}, {Name: "c"}}
	})
	e := h.editor()
	k := h.keys()
	h.press(k.Editor.End)
	if got := e.cursorEntry().section; got != agent.Sections[len(agent.Sections)-1].ID {
		t.Fatalf("end went to %s", got)
	}
	h.press(k.Editor.Home)
	if e.side.cursor != 0 {
		t.Fatalf("home went to %d", e.side.cursor)
	}
	h.openEntry(agent.SectionVariables, "variables")
	h.press(k.Items.End)
	if e.items.pos != 2 {
		t.Fatalf("end in the variables put the cursor on row %d, want 2", e.items.pos)
	}
	h.press(k.Items.Home)
	if e.items.pos != 0 {
		t.Fatalf("home in the variables put the cursor on row %d", e.items.pos)
	}
}

func TestHomeAndEndInTheDraftsList(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	for _, n := range []string{"Alpha", "Bravo", "Charlie", "Delta"} {
		h.seed(n, "nova", "blank")
	}
	h.start(80, 24)
	s := topIs[*draftsScreen](h, "drafts")
	h.press(h.keys().Drafts.End)
	if s.cursor != 3 {
		t.Fatalf("end put the cursor on %d, want 3", s.cursor)
	}
	h.press(h.keys().Drafts.Home)
	if s.cursor != 0 {
		t.Fatalf("home put the cursor on %d", s.cursor)
	}
}

func TestHomeAndEndInTheReview(t *testing.T) {
	t.Parallel()
	h, _ := reviewOf(t, newScriptProvider("elevenlabs"), "receptionist", nil)
	r := h.review()
	if r.body.atBottom() {
		t.Fatal("the review fits on one screen; the test proves nothing")
	}
	h.press(h.keys().Review.End)
	if !r.body.atBottom() {
		t.Fatal("end did not scroll to the bottom")
	}
	h.press(h.keys().Review.Home)
	if !r.body.atTop() {
		t.Fatal("home did not scroll to the top")
	}
}

func TestReadyMadeHoursFromTheCallingHoursSection(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	k := h.keys()
	h.press(k.Editor.Hours) // on Basics: not offered
	if h.app.dialog != nil {
		t.Fatal("o offered calling hours outside their section")
	}
	h.gotoEntry(agent.SectionHours, "")
	h.requireView("o ready-made hours")
	h.press(k.Editor.Hours)
	requireDialog[*hoursPresetDialog](h)
	h.choose("Lunch break: Monday to Friday, 09:00–12:00 and 13:00–17:00")
	h.requireView("Monday hours (2)", "Friday hours (2)", "Saturday hours (0)", "Calling hours set to office hours with a lunch break.")
	h.autosaveNow()
	s := h.store.get(d.ID).Agent.Schedule
	lunch := []agent.Window{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "17:00"}}
	for _, day := range [][]agent.Window{s.Mon, s.Tue, s.Wed, s.Thu, s.Fri} {
		if !slices.Equal(day, lunch) {
			t.Fatalf("a weekday holds %v, want %v", day, lunch)
		}
	}
	if len(s.Sat)+len(s.Sun) != 0 {
		t.Fatalf("the weekend has hours: %v %v", s.Sat, s.Sun)
	}
}

func TestCopyADaysHoursToEveryDay(t *testing.T) {
	t.Parallel()
	mon := []agent.Window{{Start: "08:00", End: "11:00"}}
	h, d := openEditor(t, "dasha", "blank", func(d *agent.Draft) {
		d.Agent.Schedule.Mon = mon
		d.Agent.Schedule.Sat = []agent.Window{{Start: "10:00", End: "12:00"}}
	})
	k := h.keys()
	h.openEntry(agent.SectionHours, "schedule.tue")
	h.press(k.Items.CopyDay) // Tuesday has no hours: nothing to copy
	if h.app.dialog != nil {
		t.Fatal("c offered to copy an empty day")
	}
	h.press(k.Global.Back)
	h.openEntry(agent.SectionHours, "schedule.mon")
	h.requireView("c copy to other days")
	h.press(k.Items.CopyDay)
	requireDialog[*copyDayDialog](h)
	h.requireView("Copy Monday's hours to…")
	h.choose("Every day")
	h.requireView("Copied Monday's hours to 6 days.")
	h.autosaveNow()
	s := h.store.get(d.ID).Agent.Schedule
	for _, day := range [][]agent.Window{s.Mon, s.Tue, s.Wed, s.Thu, s.Fri, s.Sat, s.Sun} {
		if !slices.Equal(day, mon) {
			t.Fatalf("a day holds %v, want %v", day, mon)
		}
	}
}
