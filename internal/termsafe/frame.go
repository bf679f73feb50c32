package termsafe

import (
	"strings"
	"unicode/utf8"
)

// Frame cleans a frame of the terminal UI just before it is drawn: it keeps
// text, line breaks and the SGR sequences (ESC [ … m) that styling writes,
// and drops every other escape sequence (cursor moves, screen clears, OSC
// titles and hyperlinks, DCS…) and every other unsafe character. What it
// drops was measured as zero cells wide when the frame was laid out, so
// the layout stays as it was. It is the backstop behind OneLine, which the
// UI applies where outside text comes in: whatever a screen forgot to
// clean still never reaches the terminal raw.
func Frame(s string) string {
	var b strings.Builder
	start := 0 // s[start:i] is yet to be copied
	dropped := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		n, keep := 0, false
		if c == 0x1b {
			n, keep = escapeLen(s[i:])
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			n, keep = size, !(Unsafe(r, true) || r == utf8.RuneError && size == 1)
		}
		if !keep {
			if !dropped {
				b.Grow(len(s))
				dropped = true
			}
			b.WriteString(s[start:i])
			start = i + n
		}
		i += n
	}
	if !dropped {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// escapeLen returns the length of the escape sequence at the start of s
// (which starts with ESC) and whether it is an SGR sequence. A string
// sequence (OSC, DCS, SOS, PM, APC) ends at BEL, ST or, if it is never
// ended, at the end of its line, so an unended title does not swallow the
// rest of the frame.
func escapeLen(s string) (int, bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		i := 2
		sgr := true
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f { // parameters
			if !(s[i] >= '0' && s[i] <= '9' || s[i] == ';' || s[i] == ':') {
				sgr = false
			}
			i++
		}
		if i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f { // intermediates
			sgr = false
			for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
				i++
			}
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1, sgr && s[i] == 'm'
		}
		return i, false
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07:
				return i + 1, false
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2, false
			case s[i] == '\n':
				return i, false
			case strings.HasPrefix(s[i:], "\u009c"):
				return i + len("\u009c"), false
			}
		}
		return len(s), false
	}
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i, false
}
