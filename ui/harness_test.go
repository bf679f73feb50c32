package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
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
	h.store = newFakeStore(func() time.Time { return testNow })
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

func (h *harness) top() screen { return h.app.top() }

func (h *harness) editor() *editorScreen {
	h.t.Helper()
	e, ok := h.top().(*editorScreen)
	if !ok {
		h.t.Fatalf("the top screen is %T, not the editor:\n%s", h.top(), h.view())
	}
	return e
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
