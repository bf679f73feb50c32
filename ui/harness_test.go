package ui

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui/uitest"
)

// testNow is the clock of every screen test.
var testNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// harness drives the App the way the Bubble Tea runtime does, but on the
// test's goroutine: each command runs at once and its message goes back
// into Update. Commands that only wait for the clock to pass a while
// (cursor blinks, notice timeouts) are not run; the autosave wait is, with
// a one-millisecond delay.
type harness struct {
	t         testing.TB
	app       *App
	store     *fakeStore
	settings  *fakeSettings
	secrets   *fakeSecrets
	providers *fakeProviders
	env       map[string]string
	queue     []tea.Msg
	quit      bool
	execs     [][]string // command lines of external programs the App asked to run
	// holdAutosave leaves autosave ticks unrun, as if the person quit
	// before the moment passed.
	holdAutosave bool
}

type harnessOption func(*harness, *Deps)

func newHarness(t testing.TB, opts ...harnessOption) *harness {
	t.Helper()
	h := &harness{t: t, env: map[string]string{}}
	h.store = newTestStore()
	h.settings = &fakeSettings{}
	h.secrets = &fakeSecrets{}
	h.providers = &fakeProviders{settings: h.settings}
	deps := Deps{
		Drafts:         h.store,
		Providers:      h.providers,
		Settings:       h.settings,
		Secrets:        h.secrets,
		Getenv:         func(k string) string { return h.env[k] },
		Now:            func() time.Time { return testNow },
		Theme:          "dark",
		ExternalEditor: true,
		AutosaveDelay:  time.Millisecond,
	}
	for _, o := range opts {
		o(h, &deps)
	}
	h.app = New(deps)
	return h
}

// start runs Init and sends the first window size.
func (h *harness) start(w, ht int) *harness {
	h.exec(h.app.Init())
	h.send(tea.WindowSizeMsg{Width: w, Height: ht})
	return h
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	h.queue = append(h.queue, msg)
	for n := 0; len(h.queue) > 0; n++ {
		if n > 10000 {
			h.t.Fatalf("the App kept sending itself messages")
		}
		m := h.queue[0]
		h.queue = h.queue[1:]
		_, cmd := h.app.Update(m)
		h.exec(cmd)
	}
}

// waitsForClock reports whether cmd is one that only waits a while before
// answering (tea.Tick, cursor blinks).
func waitsForClock(cmd tea.Cmd) bool {
	name := funcName(cmd)
	return strings.Contains(name, "bubbletea/v2.Tick") || strings.Contains(name, "bubbletea/v2.Every") ||
		strings.Contains(name, "/cursor.")
}

func (h *harness) exec(cmd tea.Cmd) {
	if cmd == nil || waitsForClock(cmd) {
		return
	}
	if h.holdAutosave && strings.Contains(funcName(cmd), "autosaveAfter") {
		return
	}
	msg := cmd()
	switch m := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			h.exec(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		v := reflect.ValueOf(msg)
		switch {
		case v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)):
			for i := 0; i < v.Len(); i++ {
				h.exec(v.Index(i).Interface().(tea.Cmd))
			}
		case fmt.Sprintf("%T", msg) == "tea.execMsg":
			h.execs = append(h.execs, execArgs(v))
		default:
			h.queue = append(h.queue, msg)
		}
	}
}

func funcName(cmd tea.Cmd) string { return uitest.FuncName(cmd) }

// execArgs reads the command line out of Bubble Tea's exec message, whose
// fields are not exported: msg.cmd is an *osExecCommand embedding *exec.Cmd.
func execArgs(msg reflect.Value) []string {
	c := msg.FieldByName("cmd").Elem().Elem().Field(0).Elem()
	args := c.FieldByName("Args")
	out := make([]string, args.Len())
	for i := range out {
		out[i] = args.Index(i).String()
	}
	return out
}

// press sends the first key of a binding, so tests follow the KeyMap.
func (h *harness) press(b key.Binding) {
	h.t.Helper()
	if len(b.Keys()) == 0 {
		h.t.Fatalf("binding %q has no keys", b.Help().Desc)
	}
	h.send(keyPress(b.Keys()[0]))
}

// typeText sends one key press per character.
func (h *harness) typeText(s string) {
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (h *harness) keys() KeyMap { return h.app.sh.keys }

// view is the screen as text, colours stripped.
func (h *harness) view() string { return ansi.Strip(h.app.View().Content) }

func (h *harness) requireView(contains ...string) {
	h.t.Helper()
	v := h.view()
	for _, c := range contains {
		if !strings.Contains(v, c) {
			h.t.Fatalf("the screen does not show %q:\n%s", c, v)
		}
	}
}

// requireQuit fails unless the App has quit; what names the action that
// should have quit it.
func (h *harness) requireQuit(what string) {
	h.t.Helper()
	if !h.quit {
		h.t.Fatalf("%s did not quit:\n%s", what, h.view())
	}
}

// savedWithout reads draft id from the store and fails if its saved form
// holds any of words.
func (h *harness) savedWithout(id string, words ...string) agent.Draft {
	h.t.Helper()
	got := h.store.get(id)
	raw, _ := json.Marshal(got)
	for _, w := range words {
		if strings.Contains(string(raw), w) {
			h.t.Fatalf("%q was written into the draft", w)
		}
	}
	return got
}

func (h *harness) top() screen { return h.app.top() }

// topIs returns the top screen as a T and fails if it is another; name
// says which screen was wanted.
func topIs[T screen](h *harness, name string) T {
	h.t.Helper()
	s, ok := h.top().(T)
	if !ok {
		h.t.Fatalf("the top screen is %T, not the %s:\n%s", h.top(), name, h.view())
	}
	return s
}

func (h *harness) editor() *editorScreen {
	h.t.Helper()
	return topIs[*editorScreen](h, "editor")
}

// seed stores a draft made from a template for a provider.
func (h *harness) seed(name, provider, template string) agent.Draft {
	t, _ := agent.TemplateByID(template)
	d := agent.Draft{SchemaVersion: agent.SchemaVersion, Name: name, Provider: provider, Template: template, Agent: t.New(name), Created: testNow, Updated: testNow}
	return h.store.put(d)
}

// keyPress turns a key name as the KeyMap writes it into the message a
// terminal would produce.
func keyPress(k string) tea.KeyPressMsg { return uitest.KeyPress(k) }

// openSeeded stores a draft named Desk for provider from template, changed
// by change when it is not nil, starts the App at 80×24 and opens the
// draft in the editor.
func openSeeded(t testing.TB, opts []harnessOption, provider, template string, change func(*agent.Draft)) (*harness, agent.Draft) {
	t.Helper()
	h := newHarness(t, opts...)
	d := h.seed("Desk", provider, template)
	if change != nil {
		change(&d)
		d = h.store.put(d)
	}
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.editor()
	return h, d
}

// openEditor opens the editor on a stored draft for one of the fake
// providers.
func openEditor(t *testing.T, provider, template string, change func(*agent.Draft)) (*harness, agent.Draft) {
	t.Helper()
	return openSeeded(t, nil, provider, template, change)
}

// openEditorWith opens the editor on a fresh receptionist draft for p.
func openEditorWith(t *testing.T, p *scriptProvider, change func(*agent.Draft)) (*harness, agent.Draft) {
	t.Helper()
	return openSeeded(t, []harnessOption{withProvider(p)}, p.info.ID, "receptionist", change)
}

// gotoEntry moves the sidebar cursor to a section, or to one of its lists
// when list is not "": the section's number key opens it, and its lists
// are below.
func (h *harness) gotoEntry(section, list string) {
	h.t.Helper()
	e := h.editor()
	h.send(jumpPress(section))
	for i := 0; i < 60; i++ {
		ent := e.cursorEntry()
		if ent.section == section && ent.list.ID == list {
			return
		}
		h.press(h.keys().Editor.Down)
	}
	h.t.Fatalf("no sidebar entry %s/%s", section, list)
}

// openEntry opens a section, or one of its lists when list is not "",
// from the sidebar.
func (h *harness) openEntry(section, list string) {
	h.t.Helper()
	h.gotoEntry(section, list)
	h.press(h.keys().Editor.Open)
}

// focusField presses enter until the form's field at path has focus.
func (h *harness) focusField(path string) {
	h.t.Helper()
	e := h.editor()
	for i := 0; i < 40; i++ {
		if e.form != nil && e.form.Form.GetFocusedField().GetKey() == path {
			return
		}
		// Enter adds a line in a multi-line field; tab leaves it.
		if e.form != nil && isText(e.form.Form.GetFocusedField()) {
			h.send(keyPress("tab"))
		} else {
			h.press(h.keys().Dialog.Confirm)
		}
	}
	h.t.Fatalf("the field %s never got focus:\n%s", path, h.view())
}

func isText(f huh.Field) bool {
	switch f.(type) {
	case *huh.Text, *forms.LongText:
		return true
	}
	return false
}

// clearField deletes what the focused text field holds.
func (h *harness) clearField() {
	for i := 0; i < 80; i++ {
		h.send(keyPress("backspace"))
	}
}

// editField opens section's form from the sidebar and moves focus to the
// field at path.
func (h *harness) editField(section, path string) {
	h.t.Helper()
	h.openEntry(section, "")
	h.focusField(path)
}

// fill types text into the field at path of section, then goes back to
// the sections, which saves the form.
func (h *harness) fill(section, path, text string) {
	h.t.Helper()
	h.editField(section, path)
	h.typeText(text)
	h.press(h.keys().Global.Back)
}

// saveTheirs stores the open draft again with the description "theirs",
// as another session would, so the editor's next save is stale.
func (h *harness) saveTheirs() {
	h.writeElsewhere(func(d *agent.Draft) { d.Agent.Identity.Description = "theirs" })
}

// writeElsewhere stores the open draft again changed by change, as another
// session or command would, behind the editor's back.
func (h *harness) writeElsewhere(change func(*agent.Draft)) {
	d := h.store.get(h.editor().draft.ID)
	change(&d)
	h.store.put(d)
}

// typeHeld types text with the autosave held back, as if the moment
// before it had not passed yet.
func (h *harness) typeHeld(text string) {
	h.holdAutosave = true
	h.typeText(text)
}

// autosaveNow lets an autosave that was held back run, as when its moment
// passes.
func (h *harness) autosaveNow() {
	h.holdAutosave = false
	h.send(autosaveDueMsg{seq: h.editor().tickSeq})
}

// makeConflict lets another session save the open draft, then types
// "mine" in Basics so the autosave is refused as stale and asks.
func (h *harness) makeConflict() {
	h.t.Helper()
	h.saveTheirs()
	h.typeMine()
	h.autosaveNow()
	h.requireView("This draft was changed somewhere else", "Save mine as a copy", "Reload the saved version")
}

// typeMine types "mine" into Basics' description, the autosave held, as
// the edit on screen of a test that changes the draft elsewhere.
func (h *harness) typeMine() {
	h.t.Helper()
	h.editField(agent.SectionBasics, "identity.description")
	h.typeHeld("mine")
}

// typeBadNumber types "abc" over the temperature, text that cannot go
// into the draft.
func (h *harness) typeBadNumber() {
	h.t.Helper()
	h.editField(agent.SectionBrain, "llm.temperature")
	h.clearField()
	h.typeText("abc")
}

// jumpPress is the number key that goes to section (1 the first, 0 the
// tenth).
func jumpPress(section string) tea.KeyPressMsg {
	i := sectionIndex(section) + 1
	return keyPress(string(rune('0' + i%10)))
}
