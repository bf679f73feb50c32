package agent

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// HelpWithNote is a field's help followed by a provider's note on it, as
// forms show them: each a full sentence, starting with a capital and ending
// with a stop, and the note left out when the help already says it.
func HelpWithNote(help, note string) string {
	help, note = Sentence(help), Sentence(note)
	switch {
	case note == "" || strings.Contains(help, strings.TrimSuffix(note, ".")):
		return help
	case help == "":
		return note
	}
	return help + " " + note
}

// Sentence makes s a full sentence: trimmed, its first letter a capital and
// a stop at the end; "" stays "".
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if last, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?)", last) {
		s += "."
	}
	return s
}
