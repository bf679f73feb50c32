package cli

import (
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/agentdeck/agentdeck/ui"
	"github.com/agentdeck/agentdeck/ui/uitest"
)

// tuiProbe wraps the App that main's wiring builds, for teatest.
// uitest.Probe tells when the App has settled; after every message, on the
// program's goroutine, tuiProbe keeps the screen as text, so a test reads
// it without racing the program, and every screen seen, so a test can
// check what showed in between.
type tuiProbe struct {
	*uitest.Probe

	mu    sync.Mutex
	view  string
	keys  int
	views []string // every distinct screen, in order
}

func newTUIProbe(app tea.Model) *tuiProbe {
	p := &tuiProbe{}
	p.Probe = &uitest.Probe{Model: app, After: p.record}
	return p
}

// record keeps the screen after msg was handled.
func (p *tuiProbe) record(msg tea.Msg) {
	view := ansi.Strip(p.Model.View().Content)
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := msg.(tea.KeyPressMsg); ok {
		p.keys++
	}
	if view != p.view {
		p.views = append(p.views, view)
	}
	p.view = view
}

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
	p := newTUIProbe(ui.New(deps))
	tm := teatest.NewTestModel(t, p.Probe,
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
	return j.waitUntil("the App to settle", func(string) bool { return j.p.Settled() })
}

func (j *tuiJourney) typeText(s string) {
	for _, r := range s {
		j.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// keyPress turns a key name as the KeyMap writes it into the message a
// terminal would produce.
func keyPress(k string) tea.KeyPressMsg { return uitest.KeyPress(k) }
