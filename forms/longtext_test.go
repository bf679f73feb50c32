package forms

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/forms/textedit"
)

// The long-text field keeps huh Text's keys as the ui sets them: enter
// adds a line, tab leaves (after the check), and what is typed reaches
// the bound value when the form applies it (Sync).
func TestLongTextKeysAndValue(t *testing.T) {
	t.Parallel()
	km := huh.NewDefaultKeyMap()
	km.Text.NewLine = key.NewBinding(key.WithKeys("enter"))
	km.Text.Next = key.NewBinding(key.WithKeys("tab"))
	km.Text.Submit = key.NewBinding(key.WithKeys("tab"))
	km.Text.Editor = key.NewBinding(key.WithDisabled())
	value := "first"
	f := NewLongText(&value).Title("Prompt")
	f.WithKeyMap(km)
	f.WithWidth(40)
	f.Focus()
	send := func(msg tea.Msg) tea.Cmd { _, cmd := f.Update(msg); return cmd }
	send(tea.KeyPressMsg{Code: tea.KeyEnter})
	send(tea.KeyPressMsg{Code: 'x', Text: "x"})
	f.Sync()
	if value != "first\nx" {
		t.Fatalf("value %q after enter and x", value)
	}
	cmd := send(tea.KeyPressMsg{Code: tea.KeyTab})
	if cmd == nil || cmd() != huh.NextField() {
		t.Fatal("tab does not move to the next field")
	}
	f.Validate(func(s string) error {
		if strings.Contains(s, "x") {
			return errBad
		}
		return nil
	})
	if cmd := send(tea.KeyPressMsg{Code: tea.KeyTab}); cmd != nil || f.Error() == nil {
		t.Fatal("tab left a field whose check failed")
	}
	if v := f.View(); !strings.Contains(v, textedit.CursorMark) || !strings.Contains(v, "Prompt") {
		t.Fatalf("the focused view has no cursor mark or title: %q", v)
	}
	f.Blur()
	if strings.Contains(f.View(), textedit.CursorMark) {
		t.Fatal("a field without focus marks a cursor")
	}
}

type badErr struct{}

func (badErr) Error() string { return "bad" }

var errBad = badErr{}
