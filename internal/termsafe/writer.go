package termsafe

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Writer passes text on with unsafe characters escaped (line feeds and tabs
// kept) and bytes that are not UTF-8 written as \xNN, since a lone 0x9b is
// CSI to a terminal in an 8-bit mode. A character split between two writes
// is held back until its end arrives. JSON written through it stays the
// same JSON (see appendEscaped). The command line prints everything
// through one.
type Writer struct {
	w       io.Writer
	pending []byte // the start of a character cut off at the end of a write
	buf     []byte
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write implements io.Writer; it reports len(p) written when the escaped
// text was.
func (s *Writer) Write(p []byte) (int, error) {
	in := p
	if len(s.pending) > 0 {
		in = append(s.pending, p...)
		s.pending = nil
	}
	out := s.buf[:0]
	for i := 0; i < len(in); {
		c := in[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(in[i:])
		switch {
		case r == utf8.RuneError && size <= 1 && !utf8.FullRune(in[i:]):
			s.pending = append([]byte(nil), in[i:]...)
			size = len(in) - i
		case r == utf8.RuneError && size <= 1:
			out = fmt.Appendf(out, `\x%02x`, c)
		case Unsafe(r, true):
			out = appendEscaped(out, r)
		default:
			out = append(out, in[i:i+size]...)
		}
		i += size
	}
	s.buf = out
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
