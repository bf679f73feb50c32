package ui

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// choose moves the open dialog's cursor to the option labelled label and
// picks it, so tests do not depend on the order of the options.
func (h *harness) choose(label string) {
	h.t.Helper()
	d := h.app.dialog
	if d == nil {
		h.t.Fatalf("no dialog is open to choose %q in:\n%s", label, h.view())
	}
	want := -1
	for i, o := range d.options {
		if o == label {
			want = i
		}
	}
	if want < 0 {
		h.t.Fatalf("the dialog %q offers %q, not %q", d.title, d.options, label)
	}
	for i := 0; i < 10 && h.app.dialog.cursor < want; i++ {
		h.press(h.keys().Dialog.Next)
	}
	for i := 0; i < 10 && h.app.dialog.cursor > want; i++ {
		h.press(h.keys().Dialog.Prev)
	}
	h.press(h.keys().Dialog.Confirm)
}

func (h *harness) requireDialog(purpose string) {
	h.t.Helper()
	if h.app.dialog == nil || h.app.dialog.purpose != purpose {
		h.t.Fatalf("the %s question is not on screen:\n%s", purpose, h.view())
	}
}

// The issue's own steps: esc on the conflict question, ctrl+c, "Stay",
// type more, esc again. ctrl+c did nothing from then on; now it asks once
// and quits on the second press, and what was typed is kept as a copy.
func TestCtrlCStillQuitsAfterAnUnansweredConflict(t *testing.T) {
	t.Parallel()
	h, d := conflictingEdit(t)
	h.press(h.keys().Dialog.Cancel)
	h.press(h.keys().Global.Quit)
	if h.quit {
		t.Fatal("quit without asking while an edit was not saved anywhere")
	}
	h.choose("Stay in agentdeck")
	h.typeText(" more")
	if h.app.dialog != nil {
		t.Fatalf("a question took the keys typed into the field:\n%s", h.view())
	}
	h.press(h.keys().Global.Back) // leaving the field brings the question back
	h.requireDialog(purposeConflict)
	h.press(h.keys().Dialog.Cancel)
	h.press(h.keys().Global.Quit)
	if !h.quit {
		if h.app.dialog == nil {
			t.Fatalf("ctrl+c did nothing:\n%s", h.view())
		}
		h.requireView("Save mine as a copy and quit")
		h.press(h.keys().Global.Quit)
	}
	if !h.quit {
		t.Fatalf("ctrl+c pressed twice did not quit:\n%s", h.view())
	}
	requireCopyHolds(t, h, d.ID, "mine more")
}

// requireCopyHolds checks that the original draft kept the other writer's
// version and that a copy named so holds what was typed here.
func requireCopyHolds(t *testing.T, h *harness, id, want string) {
	t.Helper()
	if got := h.store.get(id).Agent.Identity.Description; got != "theirs" {
		t.Fatalf("the other writer's version was overwritten: %q", got)
	}
	for _, c := range h.store.drafts {
		if c.ID != id && c.Name == "Desk (my copy)" && c.Agent.Identity.Description == want {
			return
		}
	}
	t.Fatalf("no copy named “Desk (my copy)” holds %q: %d drafts", want, h.store.count())
}

// Leaving the editor while the question is unanswered keeps the typed
// work as a copy and says so, where before it was dropped silently.
func TestLeavingTheEditorWithAConflictKeepsACopy(t *testing.T) {
	t.Parallel()
	h, d := conflictingEdit(t)
	h.press(h.keys().Dialog.Cancel)
	h.typeText(" more")
	h.press(h.keys().Global.Back) // form → sections; the question comes back
	h.requireDialog(purposeConflict)
	h.press(h.keys().Dialog.Cancel)
	h.press(h.keys().Global.Back) // editor → drafts
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("the editor did not close:\n%s", h.view())
	}
	requireCopyHolds(t, h, d.ID, "mine more")
	h.requireView("saved as “Desk (my copy)”")
	if h.app.dialog != nil {
		t.Fatalf("a question is still open about a closed editor:\n%s", h.view())
	}
	// Quitting afterwards asks nothing: nothing is left unsaved.
	h.press(h.keys().Global.Quit)
	if !h.quit {
		t.Fatalf("quit did not go through:\n%s", h.view())
	}
}

// dialogPurposes reads every dialog purpose the package declares, so a
// dialog added later without a row in the table below fails this test.
func dialogPurposes(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`(?m)^\s*purpose[A-Z]\w*\s*=\s*"([^"]+)"`)
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}

// ctrlcState builds a state of the editor: what would be lost if quitting
// did not save it.
type ctrlcState struct {
	name string
	// setup leaves the editor open; it returns the description the store
	// must hold afterwards (in the draft or in a copy), or "" to check
	// nothing.
	setup func(h *harness) string
	// loses is set when quitting gives work up (a failing save): ctrl+c
	// must then ask before quitting.
	loses bool
}

var ctrlcStates = []ctrlcState{
	{"nothing typed", func(h *harness) string { return "" }, false},
	{"an edit not saved yet", func(h *harness) string {
		h.press(h.keys().Editor.Open)
		h.focusField("identity.description")
		h.holdAutosave = true
		h.typeText("typed")
		return "typed"
	}, false},
	{"an edit refused as stale", func(h *harness) string {
		theirs := h.store.get(h.editor().draft.ID)
		theirs.Agent.Identity.Description = "theirs"
		h.store.put(theirs)
		h.press(h.keys().Editor.Open)
		h.focusField("identity.description")
		h.holdAutosave = true
		h.typeText("mine")
		h.holdAutosave = false
		h.send(autosaveDueMsg{seq: h.editor().tickSeq})
		h.requireView("This draft was changed somewhere else")
		h.press(h.keys().Dialog.Cancel) // leave the question unanswered
		return "mine"
	}, false},
	{"a save failing", func(h *harness) string {
		h.press(h.keys().Editor.Open)
		h.focusField("identity.description")
		h.store.saveErr = errors.New("no space left on device")
		h.typeText("typed")
		return ""
	}, true},
}

// ctrlcDialogs opens one or more dialogs, stacked, over the editor.
var ctrlcDialogs = map[string][]string{
	"conflict":       {purposeConflict},
	"quit-unsaved":   {purposeQuitUnsaved},
	"quit-copy":      {purposeQuitCopy},
	"switch":         {purposeSwitchProv},
	"pick-provider":  {purposePickProvider},
	"remove-item":    {purposeRemoveItem},
	"notice":         {purposeNotice},
	"refresh":        {purposeRefresh},
	"submit":         {purposeSubmit},
	"drift":          {purposeDrift},
	"switch+confl":   {purposeSwitchProv, purposeConflict},
	"remove+confl":   {purposeRemoveItem, purposeConflict},
	"drift+confl":    {purposeDrift, purposeConflict},
	"confl+quit":     {purposeConflict, purposeQuitUnsaved},
	"three deep":     {purposePickProvider, purposeSwitchProv, purposeConflict},
	"copy over lose": {purposeQuitUnsaved, purposeQuitCopy},
}

// TestCtrlCQuitsFromEveryDialog presses ctrl+c in every dialog kind,
// alone and stacked, over every kind of unsaved state: it quits, at the
// latest on the second press after one question, and whatever was typed
// is on disk unless the person was asked first.
func TestCtrlCQuitsFromEveryDialog(t *testing.T) {
	t.Parallel()
	covered := map[string]bool{}
	for _, stack := range ctrlcDialogs {
		for _, p := range stack {
			covered[p] = true
		}
	}
	for _, p := range dialogPurposes(t) {
		if !covered[p] {
			t.Errorf("dialog %s has no row in the ctrl+c table", p)
		}
	}
	for _, st := range ctrlcStates {
		for name, stack := range ctrlcDialogs {
			t.Run(st.name+"/"+name, func(t *testing.T) {
				t.Parallel()
				h, d := openEditor(t, "dasha", "blank", nil)
				want := st.setup(h)
				h.holdAutosave = true
				for _, p := range stack {
					h.send(openDialogMsg{dialog: dialog{purpose: p, title: "Question " + p, options: []string{"One", "Two"}}})
				}
				// A quit question on top is the asking.
				asked := isQuitQuestion(h.app.dialog)
				h.press(h.keys().Global.Quit)
				if !h.quit {
					asked = true
					if h.app.dialog == nil {
						t.Fatalf("ctrl+c neither quit nor asked:\n%s", h.view())
					}
					h.press(h.keys().Global.Quit)
				}
				if !h.quit {
					t.Fatalf("ctrl+c pressed twice did not quit:\n%s", h.view())
				}
				if st.loses && !asked {
					t.Fatal("quit gave up a failing save without asking")
				}
				if want == "" {
					return
				}
				for _, c := range h.store.drafts {
					if c.Agent.Identity.Description == want && (c.ID == d.ID || strings.HasSuffix(c.Name, "(my copy)")) {
						return
					}
				}
				t.Fatalf("what was typed (%q) is not on disk", want)
			})
		}
	}
}
