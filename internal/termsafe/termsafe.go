// Package termsafe keeps text that a provider or a file supplied — an
// agent's name, a provider's message, a setting's value — from reaching a
// terminal as control or escape sequences: an imported agent's name must
// not clear the screen or set the window title. It is the one place for
// this, for the command line (Writer, OneLine) and the terminal UI (Frame,
// OneLine).
package termsafe

import (
	"fmt"
	"unicode/utf8"
)

// Unsafe reports whether r must not reach a terminal as it is: C0 controls
// (line feed and tab aside when keepLayout is set: a program's own layout
// uses them), DEL, C1 controls (U+009B is CSI to some terminals), and the
// bidirectional overrides and isolates, which make text read differently
// from what it is.
func Unsafe(r rune, keepLayout bool) bool {
	switch {
	case r == '\n' || r == '\t':
		return !keepLayout
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// appendEscaped writes r as visible text. \u escapes keep JSON output JSON:
// in a JSON document these characters can only be inside strings, where
// \u00XX is the same character.
func appendEscaped(dst []byte, r rune) []byte {
	switch r {
	case '\n':
		return append(dst, `\n`...)
	case '\t':
		return append(dst, `\t`...)
	case '\r':
		return append(dst, `\r`...)
	}
	return fmt.Appendf(dst, `\u%04x`, r)
}

// OneLine is s as one line of plain text: every unsafe character, line
// breaks and tabs included, written as a visible escape (\u001b, \n), and
// bytes that are not UTF-8 as \xNN. Printable text of any script is kept.
// Names and other single values shown in lists and sentences go through it.
func OneLine(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if Unsafe(r, false) || r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	out := append(make([]byte, 0, len(s)+16), s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			out = fmt.Appendf(out, `\x%02x`, s[i])
		case Unsafe(r, false):
			out = appendEscaped(out, r)
		default:
			out = append(out, s[i:i+size]...)
		}
		i += size
	}
	return string(out)
}
