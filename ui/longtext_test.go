package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// openPrompt opens the Brain section of a draft with this prompt, the
// prompt in focus.
func openPrompt(t testing.TB, prompt string) *harness {
	t.Helper()
	h, d := everythingHarness(t, "Desk")
	d.Agent.LLM.Prompt = prompt
	h.store.put(d)
	h.start(100, 32)
	h.press(h.keys().Drafts.Open)
	h.openEntry(agent.SectionBrain, "")
	h.focusField(promptPath)
	return h
}

// Issue 15 point 4: the prompt shows the terminal's own cursor, right
// after what was typed, instead of a drawn cursor cell, so typing sends
// the character and a cursor move.
func TestPromptUsesTheTerminalCursorAfterTheTypedText(t *testing.T) {
	t.Parallel()
	h := openPrompt(t, longPrompt(54<<10))
	h.send(tea.KeyPressMsg{Code: 'Q', Text: "Q"})
	v := h.app.View()
	if v.Cursor == nil {
		t.Fatalf("no terminal cursor while typing in the prompt:\n%s", ansi.Strip(v.Content))
	}
	lines := strings.Split(ansi.Strip(v.Content), "\n")
	y, x := v.Cursor.Y, v.Cursor.X
	if y >= len(lines) || !strings.HasSuffix(ansi.Cut(lines[y], 0, x), "Q") {
		t.Fatalf("the cursor at column %d of row %d is not right after the Q typed:\n%s", x, y, strings.Join(lines, "\n"))
	}
	if strings.Contains(v.Content, "agentdeck-cursor") {
		t.Fatal("the cursor mark reached the terminal")
	}
	if !strings.HasSuffix(h.editor().form.Form.GetFocusedField().GetValue().(string), "Q") {
		t.Fatal("the Q typed is not at the end of the prompt")
	}
}

// Keys that leave the prompt, and the drafts list, show no cursor.
func TestNoTerminalCursorOutsideTheLongTextField(t *testing.T) {
	t.Parallel()
	h := openPrompt(t, "short")
	h.send(keyPress("tab"))
	if c := h.app.View().Cursor; c != nil {
		t.Fatalf("a terminal cursor at %v after leaving the prompt", c.Position)
	}
}
