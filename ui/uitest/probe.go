// Package uitest is support for tests that drive agentdeck's terminal UI
// through a real Bubble Tea program (teatest): a probe that tells when the
// App has settled, and key presses written as the KeyMap writes them. Only
// tests import it.
package uitest

import (
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
)

// Probe wraps a model for teatest. It counts the model's commands still
// running and their messages not yet handled, so a test knows when the
// model has settled without waiting on the clock; and after every message
// it calls After on the program's goroutine, where a test can record what
// it needs to read later without racing the program.
type Probe struct {
	Model tea.Model
	// After runs after each message is handled (nil: nothing).
	After   func(msg tea.Msg)
	pending atomic.Int64
}

// probeMsg carries a counted command's message back to Update.
type probeMsg struct{ inner tea.Msg }

// Init starts the model, counting what it starts.
func (p *Probe) Init() tea.Cmd { return p.wrap(p.Model.Init()) }

// Update passes msg to the model and counts the commands it returns.
func (p *Probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	counted := false
	if pm, ok := msg.(probeMsg); ok {
		msg, counted = pm.inner, true
	}
	_, cmd := p.Model.Update(msg)
	cmd = p.wrap(cmd)
	if p.After != nil {
		p.After(msg)
	}
	if counted {
		p.pending.Add(-1)
	}
	return p, cmd
}

// View is the model's view.
func (p *Probe) View() tea.View { return p.Model.View() }

// Settled reports whether every command the model started has finished
// and its message has been handled.
func (p *Probe) Settled() bool { return p.pending.Load() == 0 }

// wrap counts cmd until its message has been handled. Commands that wait
// on the clock are not counted: the model is settled while they wait.
func (p *Probe) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil || WaitsOnClock(cmd) {
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
			// The runtime's own messages (quit, exec, clear screen) go to it
			// as they are.
			p.pending.Add(-1)
			return msg
		}
		return probeMsg{inner: msg}
	}
}

// WaitsOnClock reports whether cmd only waits a while before answering:
// ticks, cursor blinks, the autosave delay.
func WaitsOnClock(cmd tea.Cmd) bool {
	name := FuncName(cmd)
	return strings.Contains(name, "bubbletea/v2.Tick") || strings.Contains(name, "bubbletea/v2.Every") ||
		strings.Contains(name, "/cursor.") || strings.Contains(name, "autosaveAfter")
}

// FuncName names the function behind cmd.
func FuncName(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}
