package forms

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// largestSection returns the section whose form has the most fields when
// the provider supports everything.
func largestSection(a *agent.Agent) string {
	best, most := "", -1
	for _, sec := range agent.Sections {
		if n := len(NewSection(sec.ID, a, capsEverything(), Options{}).Paths()); n > most {
			best, most = sec.ID, n
		}
	}
	return best
}

// BenchmarkKeystrokeLargestForm measures one key on the largest section
// form, Update with the key and then View, as the editor does: typing into
// its first text input, and moving through a long live voice list.
func BenchmarkKeystrokeLargestForm(b *testing.B) {
	a := fullAgent(b)
	b.Run("typing", func(b *testing.B) {
		id := largestSection(&a)
		s := NewSection(id, &a, capsEverything(), Options{Width: 80})
		d := newDriver(b, s.Form)
		for s.Form.State == huh.StateNormal {
			if _, ok := s.Form.GetFocusedField().(*huh.Input); ok {
				break
			}
			d.press(tea.KeyEnter, 1)
		}
		if s.Form.State != huh.StateNormal {
			b.Fatalf("no text input in the %s form", id)
		}
		b.Logf("section %s, %d fields, typing into %s", id, len(s.Paths()), d.focused())
		keystrokes(b, s.Form, tea.KeyPressMsg{Code: '7', Text: "7"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
	})
	b.Run(fmt.Sprintf("%d voices", benchVoices), func(b *testing.B) {
		voices := make([]agent.Choice, benchVoices)
		for i := range voices {
			voices[i] = agent.Choice{Value: fmt.Sprintf("voice-%03d", i), Label: fmt.Sprintf("Voice number %d", i)}
		}
		opt := Options{Width: 80, Choices: map[string][]agent.Choice{"voice.voice_id": voices}}
		s := NewSection(agent.SectionVoice, &a, capsEverything(), opt)
		d := newDriver(b, s.Form)
		for d.focused() != "voice.voice_id" {
			d.press(tea.KeyEnter, 1)
		}
		keystrokes(b, s.Form, tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp})
	})
}

// builtTheme is huh's Charm theme built once per light/dark, as the ui's
// theme is (huh would otherwise rebuild it for every field on every key).
type builtTheme struct{ dark, light *huh.Styles }

func (t builtTheme) Theme(isDark bool) *huh.Styles {
	if isDark {
		return t.dark
	}
	return t.light
}

// benchVoices is a long live voice list, as some providers return.
const benchVoices = 500

func keystrokes(b *testing.B, form *huh.Form, keys ...tea.KeyPressMsg) {
	form.WithTheme(testTheme())
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		form.Update(keys[i%len(keys)])
		_ = form.View()
	}
}

// BenchmarkNewSection measures opening the largest section form.
func BenchmarkNewSection(b *testing.B) {
	a := fullAgent(b)
	id := largestSection(&a)
	for _, tc := range []struct {
		name  string
		theme huh.Theme
	}{{"huh default theme", nil}, {"ui theme built once", testTheme()}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				NewSection(id, &a, capsEverything(), Options{Width: 80, Theme: tc.theme})
			}
		})
	}
}
