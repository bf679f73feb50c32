package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

func TestJourneyWizardThenEverySectionForEachProvider(t *testing.T) {
	for pi, id := range fakeIDs {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			store := newTestStore()
			j := startJourney(t, store, time.Millisecond)
			j.createThroughWizard(1, pi, "Journey "+id)
			caps := fakeCaps[id]()
			typed := map[string]bool{}
			visited := map[string]bool{}
			for _, sec := range agent.Sections {
				if !forms.SectionSupported(sec.ID, caps) {
					continue
				}
				j.gotoEntry(caps, sec.ID, "")
				s := j.hit(j.keys.Editor.Open)
				if s.focus == focusForm {
					visited[sec.ID] = true
					j.walkForm(typed)
					if s := j.settle(); s.focus != focusSidebar {
						j.hit(j.keys.Global.Back) // the next section opened
					}
				}
				for _, l := range forms.Lists(sec.ID, caps) {
					if strings.HasPrefix(l.ID, "schedule.") && l.ID != "schedule.sat" {
						continue // one day of the week stands for all seven
					}
					if s := j.settle(); s.focus != focusSidebar {
						j.hit(j.keys.Global.Back)
					}
					j.gotoEntry(caps, sec.ID, l.ID)
					j.hit(j.keys.Editor.Open)
					j.hit(j.keys.Items.Add)
					j.walkForm(typed)
					j.hit(j.keys.Global.Back) // from the items to the sidebar
					visited[sec.ID] = true
				}
			}
			app := j.quit()
			if app.saver.failing() {
				t.Fatalf("a save failed: %s", app.saver.failureText())
			}
			for _, sec := range agent.Sections {
				if forms.SectionSupported(sec.ID, caps) && !visited[sec.ID] {
					t.Errorf("section %s was never filled", sec.ID)
				}
			}
			if n := store.count(); n != 1 {
				ls, _ := store.List()
				t.Fatalf("the store holds %d drafts, want the one the wizard made: %+v", n, ls)
			}
			e, ok := app.top().(*editorScreen)
			if !ok {
				t.Fatalf("the journey ended on %T, not the editor", app.top())
			}
			d := store.get(e.draft.ID)
			if contentHashOf(d) != contentHashOf(e.draft) {
				t.Errorf("the draft on disk differs from the one in the editor at quit")
			}
			values := map[string]string{}
			for _, f := range agent.Flatten(&d.Agent) {
				values[f.Path] = f.Value
			}
			for path := range typed {
				if values[path] != fillValues[agent.StripIndices(path)] {
					t.Errorf("%s on disk is %q, want %q", path, values[path], fillValues[agent.StripIndices(path)])
				}
			}
			if len(typed) == 0 {
				t.Fatal("the journey typed nothing; it proves nothing")
			}
		})
	}
}

func TestJourneyFixAValidationProblem(t *testing.T) {
	t.Parallel()
	store := newTestStore()
	hot := 7.0
	tmpl, _ := agent.TemplateByID("blank")
	d := store.put(agent.Draft{Name: "Too hot", Provider: "nova", Agent: tmpl.New("Too hot")})
	d.Agent.LLM.Temperature = &hot
	d = store.put(d)
	j := startJourney(t, store, time.Millisecond)
	j.waitFor("the draft in the list", func(s snapshot) bool { return strings.Contains(s.view, "Too hot") })
	j.hit(j.keys.Drafts.Open)
	s := j.waitFor("the editor", func(s snapshot) bool { return s.marks != nil })
	if s.marks[agent.SectionBrain] != markProblems {
		t.Fatalf("Brain is not marked as having a problem:\n%s", s.view)
	}
	j.gotoEntry(fakeCaps["nova"](), agent.SectionBrain, "")
	j.hit(j.keys.Editor.Open)
	for range 20 {
		if j.settle().field == "llm.temperature" {
			break
		}
		j.press(KeyPress{keyPress("tab")})
	}
	if s := j.settle(); s.field != "llm.temperature" || !strings.Contains(s.view, "use a number from 0 to 2") {
		t.Fatalf("the temperature field and its problem are not on screen:\n%s", s.view)
	}
	for range 5 {
		j.press(KeyPress{keyPress("backspace")})
	}
	j.typeText("0.7")
	j.hit(j.keys.Global.Back)
	s = j.waitFor("Brain to be marked complete", func(s snapshot) bool { return s.marks[agent.SectionBrain] == markComplete })
	if !strings.Contains(lineWith(s.view, "Brain (LLM)"), "✓") {
		t.Fatalf("the sidebar does not show the fix:\n%s", s.view)
	}
	j.quit()
	if got := store.get(d.ID).Agent.LLM.Temperature; got == nil || *got != 0.7 {
		t.Fatalf("the temperature on disk is %v", got)
	}
}

func TestJourneyQuitAndReopenLosesNothing(t *testing.T) {
	t.Parallel()
	store := newTestStore()
	// An autosave delay longer than the journey: only quitting saves.
	j := startJourney(t, store, time.Hour)
	j.createThroughWizard(2, 1, "Keep me")
	j.hit(j.keys.Editor.Open)
	for range 10 {
		if j.settle().field == "identity.name" {
			break
		}
		j.press(bind(j.keys.Dialog.Confirm))
	}
	j.typeText(" please")
	if got := store.only().Agent.Identity.Name; got != "Keep me" {
		t.Fatalf("the edit reached the disk before quitting (%q); the test proves nothing", got)
	}
	j.quit()

	again := startJourney(t, store, time.Hour)
	again.waitFor("the draft in the list", func(s snapshot) bool { return strings.Contains(s.view, "Keep me please") })
	again.hit(again.keys.Drafts.Open)
	s := again.waitFor("the editor", func(s snapshot) bool { return s.marks != nil })
	if !strings.Contains(s.view, "Keep me please") {
		t.Fatalf("the reopened draft does not show the edit:\n%s", s.view)
	}
	again.quit()
}
