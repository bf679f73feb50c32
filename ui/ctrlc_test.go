package ui

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// choose moves the open dialog's cursor to the option labelled label and
// picks it, so tests do not depend on the order of the options.
func (h *harness) choose(label string) {
	h.t.Helper()
	if h.app.dialog == nil {
		h.t.Fatalf("no dialog is open to choose %q in:\n%s", label, h.view())
	}
	d := h.app.dialog.menu()
	want := -1
	for i, o := range d.options {
		if o == label {
			want = i
		}
	}
	if want < 0 {
		h.t.Fatalf("the dialog %q offers %q, not %q", d.title, d.options, label)
	}
	for i := 0; i < 10 && h.app.dialog.menu().cursor < want; i++ {
		h.press(h.keys().Dialog.Next)
	}
	for i := 0; i < 10 && h.app.dialog.menu().cursor > want; i++ {
		h.press(h.keys().Dialog.Prev)
	}
	h.press(h.keys().Dialog.Confirm)
}

// isDialog reports whether d is a question of type T.
func isDialog[T dialog](d dialog) bool {
	_, ok := d.(T)
	return ok
}

// requireDialog fails unless the question on top is of type T.
func requireDialog[T dialog](h *harness) {
	h.t.Helper()
	if !isDialog[T](h.app.dialog) {
		var want T
		h.t.Fatalf("the %T question is not on screen:\n%s", want, h.view())
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
	requireDialog[*conflictDialog](h)
	h.press(h.keys().Dialog.Cancel)
	h.press(h.keys().Global.Quit)
	if !h.quit {
		if h.app.dialog == nil {
			t.Fatalf("ctrl+c did nothing:\n%s", h.view())
		}
		h.requireView("Save mine as a copy and quit")
		h.press(h.keys().Global.Quit)
	}
	h.requireQuit("ctrl+c pressed twice")
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
	requireDialog[*conflictDialog](h)
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
	h.requireQuit("quit")
}

// questionTypes reads the package's source for every question type: each
// dialog (a type with an answer method, dialog.go) and each question a
// screen asks in place whose update returns a typed answer (the adoption
// picker). A question added later without a row in the table below fails
// this test.
func questionTypes(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	var out []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 {
				continue
			}
			star, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			recv, ok := star.X.(*ast.Ident)
			if !ok {
				continue
			}
			if fn.Name.Name == "answer" || returnsAnswer(fn) {
				out = append(out, "*ui."+recv.Name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// returnsAnswer reports whether fn returns a type named …Answer.
func returnsAnswer(fn *ast.FuncDecl) bool {
	if fn.Type.Results == nil {
		return false
	}
	for _, r := range fn.Type.Results.List {
		if id, ok := r.Type.(*ast.Ident); ok && strings.HasSuffix(id.Name, "Answer") {
			return true
		}
	}
	return false
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
		h.editField(agent.SectionBasics, "identity.description")
		h.typeHeld("typed")
		return "typed"
	}, false},
	{"an edit refused as stale", func(h *harness) string {
		h.makeConflict()
		h.press(h.keys().Dialog.Cancel) // leave the question unanswered
		return "mine"
	}, false},
	{"a save failing", func(h *harness) string {
		h.editField(agent.SectionBasics, "identity.description")
		h.store.saveErr = errors.New("no space left on device")
		h.typeText("typed")
		return ""
	}, true},
}

// ctrlcQuestions opens each question over the editor, by name, and says
// which type it is.
var ctrlcQuestions = map[string]struct {
	open func(h *harness)
	typ  string
}{
	"conflict":     {dialogOpener(newConflictDialog("Desk")), "*ui.conflictDialog"},
	"quit-unsaved": {dialogOpener(newQuitUnsavedDialog("A save is failing.")), "*ui.quitUnsavedDialog"},
	"quit-copy":    {dialogOpener(newQuitCopyDialog([]string{"Desk"})), "*ui.quitCopyDialog"},
	"switch": {dialogOpener(&switchProviderDialog{question: question{
		title: "Switch to Nova?", options: []string{"Keep Dasha", "Switch to Nova"},
	}}), "*ui.switchProviderDialog"},
	"pick-provider": {dialogOpener(newPickProviderDialog([]agent.ProviderInfo{fakeInfo("nova"), fakeInfo("trillet")})), "*ui.pickProviderDialog"},
	"remove-item":   {dialogOpener(newRemoveItemDialog(0, "Lookup", "Tools")), "*ui.removeItemDialog"},
	"refresh":       {dialogOpener(&refreshDialog{question{title: "Refresh?", options: []string{"Not now", "Refresh the draft"}}}), "*ui.refreshDialog"},
	"submit":        {dialogOpener(&submitDialog{question{title: "Submit?", options: []string{"Not now", "Submit"}}}), "*ui.submitDialog"},
	"drift":         {dialogOpener(&driftDialog{question{title: "Changed?", options: []string{"Pull", "Push", "Copy"}}}), "*ui.driftDialog"},
	"restore":       {dialogOpener(&restoreDialog{question: question{title: "Restore?", options: []string{"Not now", "Restore"}}, version: 1}), "*ui.restoreDialog"},
	"merge":         {dialogOpener(&mergeConflictDialog{question: question{title: "Both?", options: []string{"Keep yours", "Take theirs"}}, key: "k"}), "*ui.mergeConflictDialog"},
	"adopt":         {openAdoptPicker, "*ui.adoptPicker"},
	"delete-draft":  {dialogOpener(newDeleteDraftDialog("d001", "Desk")), "*ui.deleteDraftDialog"},
	"hours-preset":  {dialogOpener(newHoursPresetDialog()), "*ui.hoursPresetDialog"},
	"copy-day":      {dialogOpener(newCopyDayDialog("mon")), "*ui.copyDayDialog"},
	"explain":       {dialogOpener(newExplainDialog("Language", "The main language.")), "*ui.explainDialog"},
	"environments":  {dialogOpener(newEnvDialog(agent.Draft{ID: "d001", Name: "Desk", Provider: "nova"})), "*ui.envDialog"},
	"promote":       {dialogOpener(newPromoteDialog(1, "staging", "prod", Promotion{Creates: true})), "*ui.promoteDialog"},
	"drop-test":     {dialogOpener(newDropTestDialog()), "*ui.dropTestDialog"},
	"env-drift":     {dialogOpener(newEnvDriftDialog(1, "prod", &agent.EnvDriftError{Env: "prod", Provider: "Nova", RemoteID: "a1"})), "*ui.envDriftDialog"},
	"shared-tool": {dialogOpener(newSharedToolDialog(&agent.SharedToolError{
		Tool: "lookup", Agents: []agent.RemoteAgent{{ID: "a2", Name: "Sales"}},
	})), "*ui.sharedToolDialog"},
}

// dialogOpener opens a fresh copy of d, so that no two runs share one.
func dialogOpener(d dialog) func(h *harness) {
	return func(h *harness) {
		c := reflect.New(reflect.TypeOf(d).Elem())
		c.Elem().Set(reflect.ValueOf(d).Elem())
		h.send(openDialogMsg{dialog: c.Interface().(dialog)})
	}
}

// openAdoptPicker puts over the editor a submit that stopped on two agents
// an unclear create may have made, its picker asking which.
func openAdoptPicker(h *harness) {
	s := newSubmitScreen(h.app.sh, h.editor().draft, h.editor().provider)
	s.finished(submitDoneMsg{err: &agent.AdoptError{
		Provider: "Dasha", Reason: "two agents have its name",
		Candidates: []agent.RemoteAgent{{ID: "agent-1", Name: "Desk"}, {ID: "agent-2", Name: "Desk"}},
	}})
	if s.pick == nil {
		h.t.Fatal("the submit did not ask which agent")
	}
	s.SetSize(h.app.width, h.app.bodyHeight())
	h.app.stack = append(h.app.stack, s)
}

// ctrlcStacks opens one or more questions, stacked, over the editor.
var ctrlcStacks = map[string][]string{
	"conflict":       {"conflict"},
	"quit-unsaved":   {"quit-unsaved"},
	"quit-copy":      {"quit-copy"},
	"switch":         {"switch"},
	"pick-provider":  {"pick-provider"},
	"remove-item":    {"remove-item"},
	"refresh":        {"refresh"},
	"submit":         {"submit"},
	"delete-draft":   {"delete-draft"},
	"drift":          {"drift"},
	"restore":        {"restore"},
	"merge":          {"merge"},
	"merge+confl":    {"merge", "conflict"},
	"adopt":          {"adopt"},
	"hours-preset":   {"hours-preset"},
	"copy-day":       {"copy-day"},
	"explain":        {"explain"},
	"environments":   {"environments"},
	"promote":        {"promote"},
	"env-drift":      {"env-drift"},
	"drop-test":      {"drop-test"},
	"shared-tool":    {"shared-tool"},
	"switch+confl":   {"switch", "conflict"},
	"remove+confl":   {"remove-item", "conflict"},
	"drift+confl":    {"drift", "conflict"},
	"adopt+confl":    {"adopt", "conflict"},
	"confl+quit":     {"conflict", "quit-unsaved"},
	"three deep":     {"pick-provider", "switch", "conflict"},
	"copy over lose": {"quit-unsaved", "quit-copy"},
}

// TestCtrlCQuitsFromEveryDialog presses ctrl+c in every dialog kind,
// alone and stacked, over every kind of unsaved state: it quits, at the
// latest on the second press after one question, and whatever was typed
// is on disk unless the person was asked first.
func TestCtrlCQuitsFromEveryDialog(t *testing.T) {
	t.Parallel()
	covered, listed := map[string]bool{}, map[string]bool{}
	for _, q := range ctrlcQuestions {
		listed[q.typ] = true
	}
	for _, stack := range ctrlcStacks {
		for _, q := range stack {
			covered[ctrlcQuestions[q].typ] = true
		}
	}
	for _, typ := range questionTypes(t) {
		switch {
		case !listed[typ]:
			t.Errorf("question %s has no entry in ctrlcQuestions (how to open it) nor a stack in ctrlcStacks", typ)
		case !covered[typ]:
			t.Errorf("question %s is in ctrlcQuestions but no stack in ctrlcStacks opens it", typ)
		}
	}
	for _, st := range ctrlcStates {
		for name, stack := range ctrlcStacks {
			t.Run(st.name+"/"+name, func(t *testing.T) {
				t.Parallel()
				h, d := openEditor(t, "dasha", "blank", nil)
				want := st.setup(h)
				h.holdAutosave = true
				for _, q := range stack {
					ctrlcQuestions[q].open(h)
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
				h.requireQuit("ctrl+c pressed twice")
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
