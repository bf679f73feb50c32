package forms

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// driver runs a form the way a Bubble Tea program would, but in the test's
// goroutine: every command is run and its message fed back, in order. Cursor
// blink commands are skipped: they only wait and then toggle the cursor.
type driver struct {
	t     testing.TB
	form  *huh.Form
	blink uintptr
	sent  int
}

func newDriver(t testing.TB, form *huh.Form) *driver {
	t.Helper()
	d := newUnsizedDriver(t, form)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 40})
	return d
}

// newUnsizedDriver starts the form without a window size: huh then never
// draws its help, which is where it would switch keys on and off.
func newUnsizedDriver(t testing.TB, form *huh.Form) *driver {
	t.Helper()
	c := cursor.New()
	c.SetMode(cursor.CursorBlink)
	ref := c.Focus()
	if ref == nil {
		t.Fatal("no reference blink command")
	}
	d := &driver{t: t, form: form.WithTheme(testTheme()), blink: reflect.ValueOf(ref).Pointer()}
	d.run(form.Init())
	return d
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	if d.sent++; d.sent > 10000 {
		d.t.Fatal("the form keeps sending itself messages")
	}
	_, cmd := d.form.Update(msg)
	d.run(cmd)
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil || reflect.ValueOf(cmd).Pointer() == d.blink {
		return
	}
	msg := cmd()
	if msg == nil {
		return
	}
	// tea.Batch and tea.Sequence wrap their commands in a slice message.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := range v.Len() {
			d.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	d.send(msg)
}

func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (d *driver) press(code rune, times int) {
	for range times {
		d.send(tea.KeyPressMsg{Code: code})
	}
}

func (d *driver) focused() string { return d.form.GetFocusedField().GetKey() }

func (d *driver) view() string { return ansi.Strip(d.form.View()) }

func TestTypingIntoBasicsAndApplying(t *testing.T) {
	a := templateAgent(t)
	s := NewSection(agent.SectionBasics, &a, capsDasha(), Options{})
	d := newDriver(t, s.Form)

	if d.focused() != "identity.name" {
		t.Fatalf("first focus on %s", d.focused())
	}
	d.press(tea.KeyBackspace, len(a.Identity.Name))
	d.typeText("Front desk")
	d.press(tea.KeyEnter, 1)

	if d.focused() != "identity.description" {
		t.Fatalf("after enter, focus on %s", d.focused())
	}
	d.typeText(" Nights.")
	d.press(tea.KeyEnter, 1)

	if d.focused() != "identity.language" {
		t.Fatalf("focus on %s, want the language", d.focused())
	}
	d.press(tea.KeyEnd, 1) // the last option: Other (type a value)…
	d.press(tea.KeyEnter, 1)
	if d.focused() != "identity.language#other" {
		t.Fatalf("choosing Other led to %s", d.focused())
	}
	d.press(tea.KeyBackspace, 10)
	d.typeText("Welsh")
	d.press(tea.KeyEnter, 1)
	if d.focused() != "identity.language#other" || !strings.Contains(d.view(), "Enter a language code like en, en-US or pt-BR") {
		t.Fatalf("a bad code moved on to %s or showed no advice:\n%s", d.focused(), d.view())
	}
	d.press(tea.KeyBackspace, len("Welsh"))
	d.typeText("cy-GB")
	d.press(tea.KeyEnter, 1)

	if d.focused() != "identity.enabled" {
		t.Fatalf("focus on %s, want enabled", d.focused())
	}
	d.press(tea.KeyRight, 1) // Provider default → Yes
	d.press(tea.KeyEnter, 1)
	if s.Form.State != huh.StateCompleted {
		t.Fatalf("form state %v after the last field, want completed", s.Form.State)
	}

	if ps := s.Apply(&a); len(ps) > 0 {
		t.Fatalf("Apply: %v", ps)
	}
	if a.Identity.Name != "Front desk" || a.Identity.Description != "First-line customer support. Nights." ||
		a.Identity.Language != "cy-GB" || a.Identity.Enabled == nil || !*a.Identity.Enabled {
		t.Errorf("identity after typing = %+v", a.Identity)
	}
}

func TestTypingANumberOutOfRangeShowsAdvice(t *testing.T) {
	a := templateAgent(t)
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), Options{})
	d := newDriver(t, s.Form)
	for d.focused() != "voice.speed" && s.Form.State == huh.StateNormal {
		d.press(tea.KeyEnter, 1)
	}
	d.typeText("1.5")
	d.press(tea.KeyEnter, 1)
	if d.focused() != "voice.speed" || !strings.Contains(d.view(), "Enter a number from 0.7 to 1.2") {
		t.Fatalf("focus %s; view:\n%s", d.focused(), d.view())
	}
	d.press(tea.KeyBackspace, 3)
	d.typeText("1.1")
	d.press(tea.KeyEnter, 1)
	if d.focused() == "voice.speed" {
		t.Fatal("a valid speed did not move on")
	}
	mustApply(t, s, &a)
	if a.Voice.Speed == nil || *a.Voice.Speed != 1.1 {
		t.Errorf("speed = %v", a.Voice.Speed)
	}
}
