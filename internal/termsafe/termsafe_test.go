package termsafe

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// hostile is what an imported agent's name held when it cleared the screen
// and set the window title, with more of the same kind.
const hostile = "Front\x1b[2J\x1b]0;pwned\x07 desk\u009b31m\u202eevil\x7f\r"

func TestOneLineEscapesEveryControl(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Front desk", "Front desk"},
		{"Réception 日本 🎧", "Réception 日本 🎧"},
		{hostile, `Front\u001b[2J\u001b]0;pwned\u0007 desk\u009b31m\u202eevil\u007f\r`},
		{"two\nlines\tand a tab", `two\nlines\tand a tab`},
		{"isolates \u2066x\u2069", `isolates \u2066x\u2069`},
		{"not UTF-8 \x9b[2J", `not UTF-8 \x9b[2J`},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// unsafeLeft returns what in s could still act on a terminal, "" if
// nothing.
func unsafeLeft(s string, keepLayout bool) string {
	for _, r := range s {
		if Unsafe(r, keepLayout) {
			return string(r)
		}
	}
	return ""
}

func TestWriterEscapesButKeepsLayout(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	// Split inside a C1 control and inside a bidi override, as a buffered
	// writer may.
	text := "id1\tnew\t" + hostile + "\nsecond line é\n"
	for _, part := range []string{text[:12], text[12:33], text[33:34], text[34:]} {
		if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	got := out.String()
	want := "id1\tnew\t" + `Front\u001b[2J\u001b]0;pwned\u0007 desk\u009b31m\u202eevil\u007f\r` + "\nsecond line é\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if c := unsafeLeft(got, true); c != "" {
		t.Errorf("%q reached the output", c)
	}
}

// JSON written through a Writer is still JSON, with the same values.
func TestWriterKeepsJSONExact(t *testing.T) {
	in := map[string]string{"name": hostile, "plain": "Réception \"quoted\" \\ back"}
	doc, _ := json.MarshalIndent(in, "", "  ")
	var out bytes.Buffer
	if _, err := NewWriter(&out).Write(doc); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal(out.Bytes(), &back); err != nil {
		t.Fatalf("not JSON any more: %v\n%s", err, out.Bytes())
	}
	if back["name"] != in["name"] || back["plain"] != in["plain"] {
		t.Errorf("the values changed: %q", back)
	}
	if c := unsafeLeft(out.String(), true); c != "" {
		t.Errorf("%q reached the output", c)
	}
}

func TestFrameKeepsStylingDropsTheRest(t *testing.T) {
	styled := "\x1b[1;38;2;10;20;30mTitle\x1b[m\n"
	tests := []struct{ in, want string }{
		{styled + "plain row", styled + "plain row"},
		{"row " + hostile + " end", "row Front desk31mevil end"},
		{"hyperlink \x1b]8;;https://x\x1b\\x\x1b]8;;\x1b\\", "hyperlink x"},
		{"unended title \x1b]0;pwned\nnext line", "unended title \nnext line"},
		{"cursor \x1b[10;1H\x1b[?25l\x1bc\x1b(0moved", "cursor moved"},
		{"Réception 日本", "Réception 日本"},
	}
	for _, tt := range tests {
		got := Frame(tt.in)
		if got != tt.want {
			t.Errorf("Frame(%q) = %q, want %q", tt.in, got, tt.want)
		}
		rest := strings.NewReplacer("\x1b[1;38;2;10;20;30m", "", "\x1b[m", "").Replace(got)
		if strings.ContainsAny(rest, "\x1b\x07") || unsafeLeft(rest, true) != "" {
			t.Errorf("Frame(%q) left %q", tt.in, rest)
		}
	}
}
