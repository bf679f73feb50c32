package textedit

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/ui/uitest"
)

func press(m *Model, keys ...string) {
	for _, k := range keys {
		m.Update(uitest.KeyPress(k))
	}
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// rows is the view without styling, the cursor mark shown as |.
func rows(m *Model) []string {
	v := strings.ReplaceAll(m.View(Styles{}, "", true), CursorMark, "|")
	out := strings.Split(ansi.Strip(v), "\n")
	for i := range out {
		out[i] = strings.TrimRight(out[i], " ")
	}
	return out
}

func cursorAt(t *testing.T, m *Model, line, char int) {
	t.Helper()
	if l, c := m.Cursor(); l != line || c != char {
		t.Fatalf("cursor at line %d, character %d; want %d, %d", l, c, line, char)
	}
}

func TestEditingKeys(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		start      string
		keys       []string
		typed      string
		want       string
		line, char int
	}{
		{"typing inserts at the cursor", "ac", []string{"left"}, "b", "abc", 0, 2},
		{"enter splits the line", "abcd", []string{"left", "left", "enter"}, "", "ab\ncd", 1, 0},
		{"backspace at a line's start joins it to the one before", "ab\ncd", []string{"home", "backspace"}, "", "abcd", 0, 2},
		{"delete at a line's end joins the next line", "ab\ncd", []string{"up", "end", "delete"}, "", "abcd", 0, 2},
		{"ctrl+w deletes the word before the cursor", "say hello  ", []string{"ctrl+w"}, "", "say ", 0, 4},
		{"alt+d deletes the word after the cursor", "say hello there", []string{"home", "alt+right", "alt+d"}, "", "say there", 0, 3},
		{"words move left and right", "one two three", []string{"alt+left", "alt+left"}, "X", "one Xtwo three", 0, 5},
		{"home and end", "abc\ndef", []string{"home"}, "X", "abc\nXdef", 1, 1},
		{"ctrl+home and ctrl+end", "abc\ndef", []string{"ctrl+home"}, "X", "Xabc\ndef", 0, 1},
		{"ctrl+k deletes to the line's end", "abc def", []string{"home", "right", "ctrl+k"}, "", "a", 0, 1},
		{"ctrl+u deletes to the line's start", "abc def", []string{"left", "ctrl+u"}, "", "f", 0, 0},
		{"up keeps the column", "abcdef\nxy\nabcdef", []string{"left", "up", "up"}, "X", "abcdeXf\nxy\nabcdef", 0, 6},
		{"down at the last line stays", "ab", []string{"down"}, "X", "abX", 0, 3},
		{"a selection is replaced by what is typed", "hello world", []string{"shift+left", "shift+left", "shift+left", "shift+left", "shift+left"}, "there", "hello there", 0, 11},
		{"backspace deletes the selection only", "abc", []string{"shift+left", "shift+left", "backspace"}, "", "a", 0, 1},
		{"select all and type replaces everything", "a\nb\nc", []string{"ctrl+g"}, "z", "z", 0, 1},
		{"ctrl+t swaps the characters before the cursor", "ab", []string{"ctrl+t"}, "", "ba", 0, 2},
		{"alt+u upper-cases the next word", "one two", []string{"home", "alt+u"}, "", "ONE two", 0, 3},
		{"wide characters move one at a time", "日本語", []string{"left"}, "x", "日本x語", 0, 3},
		{"tabs become four spaces", "", nil, "a\tb", "a    b", 0, 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m := New(20, 5)
			m.SetValue(c.start)
			press(&m, c.keys...)
			typeText(&m, c.typed)
			if got := m.Value(); got != c.want {
				t.Fatalf("value %q, want %q", got, c.want)
			}
			cursorAt(t, &m, c.line, c.char)
		})
	}
}

func TestPasteKeepsLinesAndPutsTheCursorAfterIt(t *testing.T) {
	t.Parallel()
	m := New(20, 5)
	m.SetValue("start end")
	press(&m, "alt+left")
	m.Update(tea.PasteMsg{Content: "one\r\ntwo\nthree "})
	if got, want := m.Value(), "start one\ntwo\nthree end"; got != want {
		t.Fatalf("value %q, want %q", got, want)
	}
	cursorAt(t, &m, 2, 6)
}

func TestWrapsAtTheWidthBetweenWords(t *testing.T) {
	t.Parallel()
	m := New(10, 4)
	m.SetValue("the quick brown fox jumps")
	want := []string{"the quick", "brown fox", "jumps|", ""}
	if got := rows(&m); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("rows %q, want %q", got, want)
	}
	// A word longer than the width is cut where it must be.
	m.SetValue("abcdefghijklmnop")
	if got := rows(&m)[:2]; got[0] != "abcdefghij" || got[1] != "klmnop|" {
		t.Fatalf("rows %q", got)
	}
}

func TestWideCharactersWrapByCells(t *testing.T) {
	t.Parallel()
	m := New(5, 3)
	m.SetValue("日本語日本")
	got := rows(&m)
	if got[0] != "日本" || got[1] != "語日" || got[2] != "本|" {
		t.Fatalf("rows %q", got)
	}
	for _, r := range got {
		if w := ansi.StringWidth(strings.ReplaceAll(r, "|", "")); w > 5 {
			t.Fatalf("row %q is %d cells wide", r, w)
		}
	}
}

func TestPageDownAndUpScrollByAScreen(t *testing.T) {
	t.Parallel()
	lines := make([]string, 40)
	for i := range lines {
		lines[i] = "line " + string(rune('a'+i%26))
	}
	m := New(20, 5)
	m.SetValue(strings.Join(lines, "\n"))
	press(&m, "ctrl+home")
	if got := rows(&m)[0]; got != "|line a" {
		t.Fatalf("first row %q", got)
	}
	press(&m, "pgdown")
	cursorAt(t, &m, 5, 0)
	if got := rows(&m); got[4] != "|line f" {
		t.Fatalf("after page down the cursor's row is not the last on screen: %q", got)
	}
	press(&m, "pgdown", "pgup")
	cursorAt(t, &m, 5, 0)
	if got := rows(&m); got[0] != "|line f" {
		t.Fatalf("after page up the cursor's row is not the first on screen: %q", got)
	}
	press(&m, "ctrl+end")
	if got := rows(&m); got[4] != "line n|" || len(got) != 5 {
		t.Fatalf("at the end the last line is not at the bottom: %q", got)
	}
}

// The text is never capped (bubbles' textarea stopped at 10,000 lines),
// and a key wraps only the lines it shows.
func TestOnlyTheRowsOnScreenAreWrapped(t *testing.T) {
	t.Parallel()
	m := New(20, 5)
	m.SetValue(strings.Repeat("a line of text\n", 12000))
	typeText(&m, "x")
	if n := strings.Count(m.Value(), "\n"); n != 12000 {
		t.Fatalf("%d lines kept of 12,001", n+1)
	}
	_ = m.View(Styles{}, "", true)
	wrapped := 0
	for _, w := range m.wraps {
		if w != nil {
			wrapped++
		}
	}
	if wrapped > 2*m.height {
		t.Fatalf("%d lines wrapped for a screen of %d rows", wrapped, m.height)
	}
}

func TestPlaceholderShowsWhileEmpty(t *testing.T) {
	t.Parallel()
	m := New(20, 2)
	v := ansi.Strip(strings.ReplaceAll(m.View(Styles{}, "Type here", true), CursorMark, "|"))
	if !strings.HasPrefix(v, "|Type here") {
		t.Fatalf("view %q", v)
	}
}
