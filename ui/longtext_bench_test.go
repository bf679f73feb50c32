package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Benchmarks of the prompt field with a long text (issue 15): one key is
// the App's Update with it, then its View, as the runtime does. Budget
// (DESIGN.md §8): under 2 ms at every length, cursor at the end or in the
// middle. Run with
//
//	go test ./ui -run '^$' -bench 'Prompt' -benchtime=20x

// longPrompt is a prompt of about n bytes: lines of plain words, about a
// hundred characters each, like a voice agent's rules and scripts.
func longPrompt(n int) string {
	words := strings.Fields("the agent greets the caller by name and asks how it can help today; when the caller wants to book an appointment it checks the calendar first and offers two times")
	var b strings.Builder
	line, w := 0, 0
	for b.Len() < n {
		if line > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[w%len(words)])
		line += len(words[w%len(words)]) + 1
		w++
		if line > 100 {
			b.WriteByte('\n')
			line = 0
		}
	}
	return b.String()
}

// promptHarness opens the Brain section of a draft whose prompt is size
// bytes long, with the prompt in focus and its cursor at the end.
func promptHarness(b *testing.B, size int) *harness {
	b.Helper()
	h := openPrompt(b, longPrompt(size))
	h.holdAutosave = true
	return h
}

var promptSizes = []int{1 << 10, 50 << 10, 200 << 10}

func sizeName(n int) string { return fmt.Sprintf("%dKB", n>>10) }

// runKeys sends keys round and round, Update then View per key.
func runKeys(b *testing.B, h *harness, keys ...tea.Msg) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		h.app.Update(keys[i%len(keys)])
		_ = h.app.View()
	}
}

// toMiddle puts the prompt's cursor on its middle line.
func toMiddle(b *testing.B, h *harness) {
	b.Helper()
	lines := strings.Count(h.editor().draft.Agent.LLM.Prompt, "\n")
	h.app.Update(keyPress("ctrl+home"))
	for range lines / 2 {
		h.app.Update(keyPress("down"))
	}
}

// BenchmarkPromptKeystroke types a character and deletes it again.
func BenchmarkPromptKeystroke(b *testing.B) {
	for _, size := range promptSizes {
		for _, where := range []string{"end", "middle"} {
			b.Run(sizeName(size)+"/"+where, func(b *testing.B) {
				h := promptHarness(b, size)
				if where == "middle" {
					toMiddle(b, h)
				}
				runKeys(b, h, tea.KeyPressMsg{Code: '7', Text: "7"}, keyPress("backspace"))
			})
		}
	}
}

// BenchmarkPromptEditKeys covers the other editing keys in the middle of
// a long prompt: moving by character, word and line, scrolling a page,
// deleting a word (and typing it back), selecting.
func BenchmarkPromptEditKeys(b *testing.B) {
	word := []tea.Msg{keyPress("ctrl+w")}
	for _, r := range "agent " {
		word = append(word, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	cases := []struct {
		name string
		keys []tea.Msg
	}{
		{"move", []tea.Msg{keyPress("left"), keyPress("right"), keyPress("up"), keyPress("down")}},
		{"word", []tea.Msg{keyPress("alt+left"), keyPress("alt+right")}},
		{"line", []tea.Msg{keyPress("home"), keyPress("end")}},
		{"page", []tea.Msg{keyPress("pgdown"), keyPress("pgup")}},
		{"deleteword", word},
		{"select", []tea.Msg{keyPress("shift+left"), keyPress("shift+left"), keyPress("shift+right"), keyPress("shift+right")}},
	}
	for _, size := range []int{50 << 10, 200 << 10} {
		for _, c := range cases {
			b.Run(sizeName(size)+"/"+c.name, func(b *testing.B) {
				h := promptHarness(b, size)
				toMiddle(b, h)
				runKeys(b, h, c.keys...)
			})
		}
	}
}

// BenchmarkPromptPaste selects the whole prompt and pastes 50 KB over it.
func BenchmarkPromptPaste(b *testing.B) {
	h := promptHarness(b, 1<<10)
	paste := tea.PasteMsg{Content: longPrompt(50 << 10)}
	runKeys(b, h, keyPress("ctrl+g"), paste)
}
