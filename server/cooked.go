package server

import (
	"io"
	"unicode/utf8"
)

// MaxPlainLine is the longest line the plain (TERM=dumb) mode takes: what is
// typed past it is left out, once with a message, so a client streaming an
// endless line costs the server this much and no more.
const MaxPlainLine = 64 << 10

// overlongMessage is shown once when a line reaches MaxPlainLine.
const overlongMessage = "\r\nagentdeck: a line can hold at most 64 KB; the rest of it was left out. " +
	"Press Enter to use what fits, or ctrl+u to clear it.\r\n"

// cookedInput gives a line-by-line program what a terminal in cooked mode
// would: the SSH client's terminal is raw, and wish only emulates a pty, so
// nobody else echoes what is typed, erases on backspace or turns Enter's
// carriage return into a new line. Reads return whole lines.
type cookedInput struct {
	r    io.Reader
	echo io.Writer

	line    []byte // the line being typed
	ready   []byte // finished lines not yet read
	err     error  // what ends input once ready is empty
	lastCR  bool   // the previous byte was '\r', so a '\n' after it is the same Enter
	full    bool   // the line reached MaxPlainLine and the message was shown
	escape  int    // where we are in an escape sequence being skipped
	scratch [256]byte
}

// escape states
const (
	escNone  = iota
	escStart // saw ESC
	escCSI   // inside ESC [ … or ESC O …, until a final byte
)

func newCookedInput(r io.Reader, echo io.Writer) *cookedInput {
	return &cookedInput{r: r, echo: echo}
}

// Read returns finished lines, waiting for Enter.
func (c *cookedInput) Read(p []byte) (int, error) {
	for len(c.ready) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		n, err := c.r.Read(c.scratch[:])
		c.take(c.scratch[:n])
		if err != nil && c.err == nil {
			c.err = err
		}
	}
	n := copy(p, c.ready)
	c.ready = c.ready[n:]
	return n, nil
}

// take interprets typed bytes.
func (c *cookedInput) take(b []byte) {
	var out []byte
	for _, ch := range b {
		if c.err != nil {
			break
		}
		wasCR := c.lastCR
		c.lastCR = false
		switch c.escape {
		case escStart:
			c.escape = escNone
			if ch == '[' || ch == 'O' {
				c.escape = escCSI
			}
			continue
		case escCSI:
			if ch >= 0x40 && ch <= 0x7e {
				c.escape = escNone
			}
			continue
		}
		switch {
		case ch == '\r', ch == '\n':
			if ch == '\n' && wasCR {
				continue
			}
			c.lastCR = ch == '\r'
			c.ready = append(append(c.ready, c.line...), '\n')
			c.line, c.full = c.line[:0], false
			out = append(out, '\r', '\n')
		case ch == 0x7f, ch == 0x08: // backspace
			if len(c.line) > 0 {
				_, size := utf8.DecodeLastRune(c.line)
				c.line = c.line[:len(c.line)-size]
				out = append(out, '\b', ' ', '\b')
			}
		case ch == 0x15: // ctrl+u: erase the line
			for range utf8.RuneCount(c.line) {
				out = append(out, '\b', ' ', '\b')
			}
			c.line, c.full = c.line[:0], false
		case ch == 0x03: // ctrl+c ends the session, as it would a program
			out = append(out, '^', 'C', '\r', '\n')
			c.err = io.EOF
		case ch == 0x04: // ctrl+d on an empty line is the end of input
			if len(c.line) == 0 {
				c.err = io.EOF
			}
		case ch == 0x1b:
			c.escape = escStart
		case (ch == '\t' || ch >= 0x20) && len(c.line) >= MaxPlainLine:
			if !c.full {
				c.full = true
				out = append(out, overlongMessage...)
			}
		case ch == '\t' || ch >= 0x20:
			c.line = append(c.line, ch)
			out = append(out, ch)
		}
	}
	if len(out) > 0 {
		_, _ = c.echo.Write(out)
	}
}
