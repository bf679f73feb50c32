package httpx

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxMessageRunes bounds a provider's message as agentdeck shows it: room
// for any sentence a provider writes, never a whole page of HTML.
const maxMessageRunes = 400

// plainLine makes text from a provider fit to print in a terminal: control
// characters (newlines, tabs, escape sequences that could recolour or
// rewrite the screen) become spaces, runs of spaces become one, invalid
// UTF-8 is replaced, and the text is cut at maxMessageRunes with "…".
func plainLine(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(min(len(s), maxMessageRunes*utf8.UTFMax))
	n, space := 0, false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if n >= maxMessageRunes {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
