package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/forms"
)

// prepareForm gives a form the app's theme and keys and hides huh's own
// help line, because the App's footer shows the form's keys.
func (s *shared) prepareForm(f *huh.Form) *huh.Form {
	return f.WithTheme(s.huhTheme()).WithKeyMap(s.huhKeys).WithShowHelp(false)
}

// huhTheme is the huh theme every form gets. huh fields keep the first
// theme they are given, so this one looks up the App's current theme each
// time: a form opened before the terminal said light or dark follows the
// answer. Each theme's styles are built once (theme.Theme).
func (s *shared) huhTheme() huh.Theme {
	return huh.ThemeFunc(func(bool) *huh.Styles { return s.theme.HuhStyles() })
}

// errorRoom is kept free below a form: huh draws a field's error under
// the group (a blank line and up to two lines of message), and it
// measures that footer only when the height is set, so without the room
// the message would fall off the screen.
const errorRoom = 3

// sizeForm fits a form to the space it has. A fixed width would stop it
// following resizes, so this runs on every resize.
func sizeForm(f *huh.Form, width, height int) {
	if f == nil || width <= 0 || height <= errorRoom {
		return
	}
	f.WithWidth(width).WithHeight(height - errorRoom)
}

// updateForm passes msg to the form and keeps the concrete type.
func updateForm(f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	m, cmd := f.Update(msg)
	if ff, ok := m.(*huh.Form); ok {
		return ff, cmd
	}
	return f, cmd
}

// formCapturesInput reports whether the focused field takes typed text, so
// single-letter app keys must not be taken from it.
func formCapturesInput(f *huh.Form) bool {
	if f == nil || f.State != huh.StateNormal {
		return false
	}
	switch f.GetFocusedField().(type) {
	case *huh.Input, *huh.Text, *forms.LongText, forms.PickerField:
		return true
	}
	return formWantsEsc(f)
}

// formWantsEsc reports whether esc means something to the focused field
// right now (a select being filtered clears its filter with esc).
func formWantsEsc(f *huh.Form) bool {
	if f == nil || f.State != huh.StateNormal {
		return false
	}
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	for _, b := range f.KeyBinds() {
		if b.Enabled() && key.Matches(esc, b) {
			return true
		}
	}
	return false
}

// formKeys is the focused field's help: the bindings that work. The short
// form, for the footer, leaves out the arrow keys and shift+tab, which
// the footer has no room for; the full help shows them.
func formKeys(f *huh.Form, short bool) []key.Binding {
	if f == nil || f.State != huh.StateNormal {
		return nil
	}
	var out []key.Binding
	for _, b := range enabled(f.KeyBinds()...) {
		h := b.Help()
		if short && (h.Desc == "up" || h.Desc == "down" || h.Key == "shift+tab") {
			continue
		}
		out = append(out, b)
	}
	return out
}
