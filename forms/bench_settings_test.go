package forms

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// benchSettings is how many provider settings the benchmark's largest
// section carries: more than twice the most any provider has in one
// section today (Nova's Listening, 16), in every kind a table uses.
const benchSettings = 40

// benchTable is a provider table of benchSettings settings in section, a
// few plain and the rest behind More settings.
func benchTable(section string) []agent.Setting {
	kinds := []agent.Kind{agent.KindText, agent.KindNumber, agent.KindBool, agent.KindChoice, agent.KindInteger, agent.KindList}
	out := make([]agent.Setting, benchSettings)
	for i := range out {
		s := agent.Setting{
			Key: fmt.Sprintf("s%02d", i), Section: section, Group: fmt.Sprintf("Group %d", i/5),
			Label: fmt.Sprintf("Setting %d", i), Help: "What this setting changes, in a sentence.",
			Kind: kinds[i%len(kinds)], Advanced: i >= 4,
		}
		if s.Kind == agent.KindChoice {
			s.Spec = agent.FieldSpec{Choices: []agent.Choice{{Value: "a", Label: "First"}, {Value: "b", Label: "Second"}}, Closed: true}
		}
		if s.Kind == agent.KindNumber {
			s.Spec = agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)}
		}
		out[i] = s
	}
	return out
}

// BenchmarkKeystrokeLargestFormWithSettings measures one key (Update,
// then View) typed into an advanced provider setting of the largest
// section form, with all its provider settings and More settings on.
func BenchmarkKeystrokeLargestFormWithSettings(b *testing.B) {
	a := fullAgent(b)
	id := largestSection(&a)
	caps := capsEverything()
	caps.Provider, caps.Settings = "bench", benchTable(id)
	s := NewSection(id, &a, caps, Options{Width: 80})
	s.ShowMore()
	d := newDriver(b, s.Form)
	target := agent.SettingPath("bench", "s06") // advanced text
	for s.Form.State == huh.StateNormal && d.focused() != target {
		if isTextArea(s.Form.GetFocusedField()) {
			d.press(tea.KeyTab, 1)
		} else {
			d.press(tea.KeyEnter, 1)
		}
	}
	if d.focused() != target {
		b.Fatalf("never reached %s in the %s form", target, id)
	}
	b.Logf("section %s, %d fields, typing into %s", id, len(s.Paths()), target)
	keystrokes(b, s.Form, tea.KeyPressMsg{Code: '7', Text: "7"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
}

func isTextArea(f huh.Field) bool {
	switch f.(type) {
	case *huh.Text, *LongText:
		return true
	}
	return false
}
