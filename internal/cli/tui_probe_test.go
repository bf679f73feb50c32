package cli

import (
	"io"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/agentdeck/agentdeck/ui"
)

// tuiProbe wraps the App that main's wiring builds, for teatest. After
// every message it keeps the screen as text, on the program's goroutine,
// so a test reads it without racing the program; it keeps every screen
// seen, so a test can check what showed in between; and it counts the
// App's commands still running, so a journey knows when the App settled.
type tuiProbe struct {
	app     tea.Model
	pending atomic.Int64

	mu    sync.Mutex
	view  string
	keys  int
	views []string // every distinct screen, in order
}

// tuiProbeMsg carries a counted command's message back to Update.
type tuiProbeMsg struct{ inner tea.Msg }

func (p *tuiProbe) Init() tea.Cmd { return p.wrap(p.app.Init()) }

// waitsOnClock reports whether cmd only waits a while (ticks, blinks, the
// autosave delay): the App is settled while those wait.
func waitsOnClock(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.Contains(name, "bubbletea/v2.Tick") || strings.Contains(name, "bubbletea/v2.Every") ||
		strings.Contains(name, "/cursor.") || strings.Contains(name, "autosaveAfter")
}

func (p *tuiProbe) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil || waitsOnClock(cmd) {
		return cmd
	}
	p.pending.Add(1)
	return func() tea.Msg {
		msg := cmd()
		if msg == nil {
			p.pending.Add(-1)
			return nil
		}
		if b, ok := msg.(tea.BatchMsg); ok {
			for i := range b {
				b[i] = p.wrap(b[i])
			}
			p.pending.Add(-1)
			return b
		}
		v := reflect.ValueOf(msg)
		if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ { // tea.Sequence's message
				v.Index(i).Set(reflect.ValueOf(p.wrap(v.Index(i).Interface().(tea.Cmd))))
			}
			p.pending.Add(-1)
			return msg
		}
		if v.Type().PkgPath() == reflect.TypeOf(tea.QuitMsg{}).PkgPath() {
			p.pending.Add(-1)
			return msg
		}
		return tuiProbeMsg{inner: msg}
	}
}

func (p *tuiProbe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	counted := false
	if pm, ok := msg.(tuiProbeMsg); ok {
		msg, counted = pm.inner, true
	}
	_, cmd := p.app.Update(msg)
	cmd = p.wrap(cmd)
	view := ansi.Strip(p.app.View().Content)
	p.mu.Lock()
	if _, ok := msg.(tea.KeyPressMsg); ok {
		p.keys++
	}
	if view != p.view {
		p.views = append(p.views, view)
	}
	p.view = view
	p.mu.Unlock()
	if counted {
		p.pending.Add(-1)
	}
	return p, cmd
}

func (p *tuiProbe) View() tea.View { return p.app.View() }

func (p *tuiProbe) screen() (string, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.view, p.keys
}

// seen returns every screen shown so far.
func (p *tuiProbe) seen() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.views...)
}

// tuiJourney is the real Bubble Tea program over the App main builds for
// the command line's home folder and environment.
type tuiJourney struct {
	t    *testing.T
	tm   *teatest.TestModel
	p    *tuiProbe
	keys ui.KeyMap
}

// startTUI opens agentdeck's terminal UI at 80×24 on c's home folder, with
// c's environment (keys and base URLs of the fake providers).
func startTUI(t *testing.T, c *cli) *tuiJourney {
	t.Helper()
	a := &app{providers: newRegistry(), stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string { return c.env[k] }, version: "test"}
	deps, err := a.tuiDeps("dark")
	if err != nil {
		t.Fatal(err)
	}
	deps.AutosaveDelay = time.Millisecond
	p := &tuiProbe{app: ui.New(deps)}
	tm := teatest.NewTestModel(t, p,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	j := &tuiJourney{t: t, tm: tm, p: p, keys: ui.DefaultKeyMap()}
	t.Cleanup(func() {
		// Quit the program before the fake servers stop; nothing waits on
		// its end when the test has already failed.
		tm.Send(keyPress(j.keys.Global.Quit.Keys()[0]))
		_ = tm.Quit()
		tm.WaitFinished(t, teatest.WithFinalTimeout(15*time.Second))
	})
	j.waitFor("agentdeck › Drafts")
	return j
}

// waitFor polls the screen until it shows every text in want. The limit
// only stops a stuck journey; it measures nothing.
func (j *tuiJourney) waitFor(want ...string) string {
	j.t.Helper()
	return j.waitUntil(strings.Join(want, ", "), func(s string) bool {
		for _, w := range want {
			if !strings.Contains(s, w) {
				return false
			}
		}
		return true
	})
}

func (j *tuiJourney) waitUntil(what string, ok func(screen string) bool) string {
	j.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s, _ := j.p.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			j.t.Fatalf("waited in vain for %s; the screen shows:\n%s", what, s)
		}
		time.Sleep(time.Millisecond)
	}
}

// press sends the first key of a binding and waits until the App has
// handled it and everything it started.
func (j *tuiJourney) press(b key.Binding) string {
	j.t.Helper()
	return j.send(keyPress(b.Keys()[0]))
}

func (j *tuiJourney) send(msg tea.KeyPressMsg) string {
	j.t.Helper()
	j.sendOnly(msg)
	return j.settle()
}

// sendOnly sends a key and waits until the App has handled it, but not
// for what it started.
func (j *tuiJourney) sendOnly(msg tea.KeyPressMsg) string {
	j.t.Helper()
	_, before := j.p.screen()
	j.tm.Send(msg)
	return j.waitUntil("the key "+msg.String()+" to be handled", func(string) bool {
		_, n := j.p.screen()
		return n > before
	})
}

// settle waits until every command the App started has finished and its
// message has been handled.
func (j *tuiJourney) settle() string {
	j.t.Helper()
	return j.waitUntil("the App to settle", func(string) bool { return j.p.pending.Load() == 0 })
}

func (j *tuiJourney) typeText(s string) {
	for _, r := range s {
		j.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// keyPress turns a key name as the KeyMap writes it into the message a
// terminal would produce.
func keyPress(k string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(k, "ctrl+"):
			mod |= tea.ModCtrl
			k = k[len("ctrl+"):]
			continue
		case strings.HasPrefix(k, "shift+"):
			mod |= tea.ModShift
			k = k[len("shift+"):]
			continue
		}
		break
	}
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "space": tea.KeySpace,
		"backspace": tea.KeyBackspace,
	}
	if c, ok := named[k]; ok {
		return tea.KeyPressMsg{Code: c, Mod: mod}
	}
	r, _ := utf8.DecodeRuneInString(k)
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}
