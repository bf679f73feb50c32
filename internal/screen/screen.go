// Package screen is a small terminal emulator for tests: it applies what a
// program writes (text, cursor movement, erasing, scrolling) to a grid of
// cells and shows the grid as plain text. Bubble Tea v2 redraws only the
// cells that change, so looking for words in the raw output misses text
// whose start was already on screen; looking at the grid does not.
//
// It knows the sequences Bubble Tea's renderer sends and ignores colours,
// modes and queries.
package screen

import (
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// Screen is a terminal's visible grid. It is safe to write to from one
// goroutine while others read it.
type Screen struct {
	mu            sync.Mutex
	parser        *ansi.Parser
	width, height int
	cells         [][]string // "" is a blank cell; a wide rune's second cell is "\x00"
	x, y          int
	top, bottom   int // scrolling region, rows inclusive
	autowrap      bool
	wrapNext      bool   // the cursor is past the last column; the next rune wraps
	last          string // the last printed rune, for REP
}

// New makes a blank screen of the given size.
func New(width, height int) *Screen {
	s := &Screen{width: width, height: height, autowrap: true}
	s.cells = make([][]string, height)
	for i := range s.cells {
		s.cells[i] = make([]string, width)
	}
	s.bottom = height - 1
	s.parser = ansi.NewParser()
	s.parser.SetHandler(ansi.Handler{
		Print:     s.print,
		Execute:   s.execute,
		HandleCsi: s.csi,
		HandleEsc: s.esc,
	})
	return s
}

// Write applies what a program sent.
func (s *Screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.parser.Parse(p)
	return len(p), nil
}

// Resize changes the grid's size, keeping what fits.
func (s *Screen) Resize(width, height int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cells := make([][]string, height)
	for y := range cells {
		cells[y] = make([]string, width)
		if y < len(s.cells) {
			copy(cells[y], s.cells[y])
		}
	}
	s.cells, s.width, s.height = cells, width, height
	s.top, s.bottom = 0, height-1
	s.x, s.y = min(s.x, width-1), min(s.y, height-1)
}

// Text is the grid as lines, trailing blanks trimmed.
func (s *Screen) Text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines := make([]string, s.height)
	for y, row := range s.cells {
		var b strings.Builder
		for _, c := range row {
			switch c {
			case "":
				b.WriteByte(' ')
			case "\x00":
			default:
				b.WriteString(c)
			}
		}
		lines[y] = strings.TrimRight(b.String(), " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func (s *Screen) print(r rune) {
	ch := string(r)
	w := ansi.StringWidth(ch)
	if w == 0 {
		// A combining mark joins the cell before it.
		if s.x > 0 && s.cells[s.y][s.x-1] != "" {
			s.cells[s.y][s.x-1] += ch
		}
		return
	}
	if s.wrapNext || s.x+w > s.width {
		if !s.autowrap {
			s.x = s.width - w
		} else {
			s.x = 0
			s.lineFeed()
		}
		s.wrapNext = false
	}
	s.cells[s.y][s.x] = ch
	if w == 2 && s.x+1 < s.width {
		s.cells[s.y][s.x+1] = "\x00"
	}
	s.last = ch
	s.x += w
	if s.x >= s.width {
		s.x = s.width - 1
		s.wrapNext = true
	}
}

func (s *Screen) execute(b byte) {
	s.wrapNext = false
	switch b {
	case '\r':
		s.x = 0
	case '\n', '\v', '\f':
		s.lineFeed()
	case '\b':
		s.x = max(s.x-1, 0)
	case '\t':
		s.x = min((s.x/8+1)*8, s.width-1)
	}
}

func (s *Screen) esc(cmd ansi.Cmd) {
	s.wrapNext = false
	switch cmd.Final() {
	case 'D': // index
		s.lineFeed()
	case 'E': // next line
		s.x = 0
		s.lineFeed()
	case 'M': // reverse index
		if s.y == s.top {
			s.scrollDown(1)
		} else {
			s.y = max(s.y-1, 0)
		}
	case 'c': // full reset
		s.clear(0, 0, s.width, s.height)
		s.x, s.y = 0, 0
	}
}

// lineFeed moves down a row, scrolling the region at its bottom.
func (s *Screen) lineFeed() {
	if s.y == s.bottom {
		s.scrollUp(1)
		return
	}
	s.y = min(s.y+1, s.height-1)
}

func (s *Screen) csi(cmd ansi.Cmd, params ansi.Params) {
	s.wrapNext = false
	n := func(i int) int { // a count parameter: missing or 0 means 1
		v, _, _ := params.Param(i, 1)
		return max(v, 1)
	}
	if cmd.Prefix() == '?' {
		s.privateMode(cmd.Final(), params)
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'A':
		s.y = max(s.y-n(0), 0)
	case 'B':
		s.y = min(s.y+n(0), s.height-1)
	case 'C':
		s.x = min(s.x+n(0), s.width-1)
	case 'D':
		s.x = max(s.x-n(0), 0)
	case 'E':
		s.x, s.y = 0, min(s.y+n(0), s.height-1)
	case 'F':
		s.x, s.y = 0, max(s.y-n(0), 0)
	case 'G', '`':
		s.x = clamp(n(0)-1, s.width)
	case 'd':
		s.y = clamp(n(0)-1, s.height)
	case 'H', 'f':
		s.y, s.x = clamp(n(0)-1, s.height), clamp(n(1)-1, s.width)
	case 'I':
		for range n(0) {
			s.x = min((s.x/8+1)*8, s.width-1)
		}
	case 'Z':
		for range n(0) {
			s.x = max((s.x-1)/8*8, 0)
		}
	case 'J':
		s.eraseDisplay(param0(params))
	case 'K':
		s.eraseLine(param0(params))
	case 'X':
		s.clear(s.x, s.y, min(s.x+n(0), s.width), s.y+1)
	case '@':
		row := s.cells[s.y]
		k := min(n(0), s.width-s.x)
		copy(row[s.x+k:], row[s.x:s.width-k])
		clearCells(row[s.x : s.x+k])
	case 'P':
		row := s.cells[s.y]
		k := min(n(0), s.width-s.x)
		copy(row[s.x:], row[s.x+k:])
		clearCells(row[s.width-k:])
	case 'L':
		if s.y >= s.top && s.y <= s.bottom {
			s.shiftRows(s.y, s.bottom, n(0))
		}
	case 'M':
		if s.y >= s.top && s.y <= s.bottom {
			s.shiftRows(s.y, s.bottom, -n(0))
		}
	case 'S':
		s.scrollUp(n(0))
	case 'T':
		s.scrollDown(n(0))
	case 'b':
		for range n(0) {
			if s.last != "" {
				s.print([]rune(s.last)[0])
			}
		}
	case 'r':
		top, _, _ := params.Param(0, 1)
		bottom, _, _ := params.Param(1, s.height)
		top, bottom = max(top, 1), min(max(bottom, 1), s.height)
		if top < bottom {
			s.top, s.bottom = top-1, bottom-1
			s.x, s.y = 0, 0
		}
	}
}

func (s *Screen) privateMode(final byte, params ansi.Params) {
	set := final == 'h'
	if !set && final != 'l' {
		return
	}
	params.ForEach(0, func(_ int, mode int, _ bool) {
		switch mode {
		case 7:
			s.autowrap = set
		case 1049, 1047, 47:
			// The alternate screen starts blank; leaving it shows the
			// normal screen, which tests do not look at.
			s.clear(0, 0, s.width, s.height)
		}
	})
}

func (s *Screen) eraseDisplay(mode int) {
	switch mode {
	case 0:
		s.clear(s.x, s.y, s.width, s.y+1)
		s.clear(0, s.y+1, s.width, s.height)
	case 1:
		s.clear(0, 0, s.width, s.y)
		s.clear(0, s.y, s.x+1, s.y+1)
	case 2, 3:
		s.clear(0, 0, s.width, s.height)
	}
}

func (s *Screen) eraseLine(mode int) {
	switch mode {
	case 0:
		s.clear(s.x, s.y, s.width, s.y+1)
	case 1:
		s.clear(0, s.y, s.x+1, s.y+1)
	case 2:
		s.clear(0, s.y, s.width, s.y+1)
	}
}

// clear blanks the cells from (x0, y0) to before (x1, y1), row by row.
func (s *Screen) clear(x0, y0, x1, y1 int) {
	for y := max(y0, 0); y < min(y1, s.height); y++ {
		clearCells(s.cells[y][max(x0, 0):min(x1, s.width)])
	}
}

// shiftRows moves rows from..to down by k (up when k < 0), blanking the
// rows that open up.
func (s *Screen) shiftRows(from, to, k int) {
	rows := s.cells[from : to+1]
	size := len(rows)
	moved := make([][]string, size)
	for i := range moved {
		j := i - k
		if j >= 0 && j < size {
			moved[i] = rows[j]
		} else {
			moved[i] = make([]string, s.width)
		}
	}
	copy(rows, moved)
}

func (s *Screen) scrollUp(k int)   { s.shiftRows(s.top, s.bottom, -k) }
func (s *Screen) scrollDown(k int) { s.shiftRows(s.top, s.bottom, k) }

func clearCells(cells []string) {
	for i := range cells {
		cells[i] = ""
	}
}

func param0(params ansi.Params) int {
	v, _, _ := params.Param(0, 0)
	return v
}

func clamp(v, size int) int { return min(max(v, 0), size-1) }
