package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/ui/uitest"
)

// snapshot is what a journey can see of the App between two messages.
type snapshot struct {
	seq      int
	keys     int    // key presses handled so far
	screen   string // the top screen's type
	view     string // the screen as text
	focus    editorFocus
	formFor  string
	field    string // the focused field's key
	kind     string // input, text, select, confirm, note, other
	fieldErr string // the error the focused form shows
	cursor   sidebarEntry
	marks    map[string]sectionMark
	dialog   bool
}

// probe wraps the App for teatest: uitest.Probe tells when the App has
// settled, and after every message, on the program's goroutine, it takes
// a snapshot the test can read without racing the program.
type probe struct {
	*uitest.Probe
	app  *App
	mu   sync.Mutex
	snap snapshot
}

func newProbe(app *App) *probe {
	p := &probe{app: app}
	p.Probe = &uitest.Probe{Model: app, After: p.record}
	return p
}

// record takes the snapshot after msg was handled.
func (p *probe) record(msg tea.Msg) {
	s := snapshot{screen: fmt.Sprintf("%T", p.app.top()), view: ansi.Strip(p.app.View().Content), dialog: p.app.dialog != nil}
	if e, ok := p.app.top().(*editorScreen); ok && e.provider != nil {
		s.focus, s.formFor, s.cursor = e.focus, e.formFor, e.cursorEntry()
		s.marks = map[string]sectionMark{}
		for _, sec := range agent.Sections {
			s.marks[sec.ID] = e.mark(sec.ID)
		}
		if e.form != nil && e.form.Form.State == huh.StateNormal {
			f := e.form.Form.GetFocusedField()
			s.field, s.kind = f.GetKey(), fieldKind(f)
			if errs := e.form.Form.Errors(); len(errs) > 0 {
				s.fieldErr = errs[0].Error()
			}
		}
	}
	p.mu.Lock()
	s.seq, s.keys = p.snap.seq+1, p.snap.keys
	if _, ok := msg.(tea.KeyPressMsg); ok {
		s.keys++
	}
	p.snap = s
	p.mu.Unlock()
}

func (p *probe) now() snapshot {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.snap
}

func fieldKind(f huh.Field) string {
	switch f.(type) {
	case *huh.Input:
		return "input"
	case *huh.Text, *forms.LongText:
		return "text"
	case *huh.Select[string]:
		return "select"
	case *huh.Confirm:
		return "confirm"
	case *huh.Note:
		return "note"
	}
	return "other"
}

// journey is one run of the real Bubble Tea program over the App.
type journey struct {
	t     *testing.T
	tm    *teatest.TestModel
	p     *probe
	keys  KeyMap
	store *fakeStore
}

func startJourney(t *testing.T, store *fakeStore, delay time.Duration) *journey {
	t.Helper()
	settings := &fakeSettings{}
	deps := Deps{
		Drafts:        store,
		Providers:     &fakeProviders{settings: settings},
		Settings:      settings,
		Secrets:       &fakeSecrets{},
		Now:           func() time.Time { return testNow },
		Theme:         "dark",
		AutosaveDelay: delay,
	}
	p := newProbe(New(deps))
	tm := teatest.NewTestModel(t, p.Probe,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	j := &journey{t: t, tm: tm, p: p, keys: DefaultKeyMap(), store: store}
	j.waitFor("the drafts screen", func(s snapshot) bool {
		return s.screen == "*ui.draftsScreen" && strings.Contains(s.view, "agentdeck › Drafts")
	})
	return j
}

// waitFor polls the snapshot until cond holds; the deadline only stops a
// stuck journey, it measures nothing.
func (j *journey) waitFor(what string, cond func(snapshot) bool) snapshot {
	j.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := j.p.now()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			j.t.Fatalf("waited in vain for %s; the screen shows:\n%s", what, s.view)
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// press sends a key and waits until the App has handled it. Keys are
// handled in the order sent, so counting them is exact, whatever else
// (a cursor blink) arrives meanwhile.
func (j *journey) press(b KeyPress) snapshot {
	j.t.Helper()
	before := j.p.now().keys
	j.tm.Send(b.msg)
	return j.waitFor("the key "+b.msg.String()+" to be handled", func(s snapshot) bool { return s.keys > before })
}

// settle waits until every command the App started has finished and its
// message has been handled (a field moving on, a save).
func (j *journey) settle() snapshot {
	j.t.Helper()
	return j.waitFor("the App to settle", func(snapshot) bool { return j.p.Settled() })
}

// KeyPress is a key to send, taken from a binding.
type KeyPress struct{ msg tea.KeyPressMsg }

func bind(b interface{ Keys() []string }) KeyPress { return KeyPress{keyPress(b.Keys()[0])} }

func (j *journey) hit(b interface{ Keys() []string }) snapshot {
	j.press(bind(b))
	return j.settle()
}

func (j *journey) typeText(s string) snapshot {
	for _, r := range s {
		j.press(KeyPress{tea.KeyPressMsg{Code: r, Text: string(r)}})
	}
	return j.settle()
}

func (j *journey) quit() *App {
	j.t.Helper()
	j.tm.Send(keyPress(j.keys.Global.Quit.Keys()[0]))
	final := j.tm.FinalModel(j.t, teatest.WithFinalTimeout(15*time.Second))
	return final.(*uitest.Probe).Model.(*App)
}

// contentHashOf is the hash of what a draft's agent holds.
func contentHashOf(d agent.Draft) string { return agent.ContentHash(&d.Agent) }

// fillValues are valid answers for fields a journey types into, by path
// without indices; every other field keeps what it shows.
var fillValues = map[string]string{
	"identity.description":       "Filled in by the journey",
	"llm.model":                  "journey-model",
	"llm.temperature":            "0.4",
	"voice.voice_id":             "journey-voice",
	"voice.speed":                "1.1",
	"speech.keywords":            "agentdeck, journey",
	"turn.timeout":               "7",
	"turn.silence.remind_after":  "9",
	"turn.vad.threshold":         "0.6",
	"greeting.text":              "Hello from the journey",
	"limits.max_duration":        "600",
	"callbacks.max_attempts":     "3",
	"variables.value":            "journey value",
	"telephony.phone_number_ids": "pn_1",
}

// walkForm answers the open form field by field until the editor leaves
// it, typing fillValues where a field has one.
func (j *journey) walkForm(typed map[string]bool) {
	j.t.Helper()
	start := j.settle()
	form := start.formFor
	for steps := 0; steps < 120; steps++ {
		s := j.settle()
		if s.formFor != form || (s.focus != focusForm && s.focus != focusItemForm) {
			return
		}
		if s.fieldErr != "" {
			j.t.Fatalf("%s refused a value: %s\n%s", s.field, s.fieldErr, s.view)
		}
		path := agent.StripIndices(s.field)
		if v, ok := fillValues[path]; ok && !typed[s.field] && (s.kind == "input" || s.kind == "text") {
			typed[s.field] = true
			j.press(KeyPress{keyPress("ctrl+u")}) // clear what the field shows
			j.typeText(v)
		}
		if s.kind == "text" {
			j.press(KeyPress{keyPress("tab")}) // Enter adds a line in a multi-line field
		} else {
			j.press(bind(j.keys.Dialog.Confirm))
		}
	}
	j.t.Fatalf("the form %s never finished:\n%s", form, j.p.now().view)
}

// gotoEntry moves the sidebar cursor up or down to a section or one of
// its lists.
func (j *journey) gotoEntry(caps agent.Capabilities, section, list string) {
	j.t.Helper()
	order := func(sec, l string) int {
		for i, s := range agent.Sections {
			if s.ID != sec {
				continue
			}
			for k, li := range forms.Lists(sec, caps) {
				if li.ID == l {
					return i*100 + k + 1
				}
			}
			return i * 100
		}
		return -1
	}
	want := order(section, list)
	j.press(KeyPress{jumpPress(section)})
	for range 60 {
		s := j.settle()
		at := order(s.cursor.section, s.cursor.list.ID)
		switch {
		case at == want:
			return
		case at > want:
			j.press(bind(j.keys.Editor.Up))
		default:
			j.press(bind(j.keys.Editor.Down))
		}
	}
	j.t.Fatalf("no sidebar entry %s/%s:\n%s", section, list, j.p.now().view)
}

// createThroughWizard makes a draft for the provider at index in the
// provider list and waits for the editor.
func (j *journey) createThroughWizard(template, provider int, name string) {
	j.t.Helper()
	j.hit(j.keys.Drafts.New)
	for range template {
		j.hit(j.keys.Editor.Down)
	}
	j.hit(j.keys.Dialog.Confirm)
	for range provider {
		j.hit(j.keys.Editor.Down)
	}
	j.hit(j.keys.Dialog.Confirm)
	j.typeText(name)
	j.hit(j.keys.Dialog.Confirm)
	j.waitFor("the editor", func(s snapshot) bool { return s.screen == "*ui.editorScreen" && s.marks != nil })
}
