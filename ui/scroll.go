package ui

import "strings"

// scroller shows a window of lines that are already wrapped to the width
// they are drawn in, and moves it by lines or pages.
type scroller struct {
	lines  []string
	offset int
	height int
}

// setLines replaces the lines, keeping the position where it still fits.
func (s *scroller) setLines(lines []string) {
	s.lines = lines
	s.clamp()
}

func (s *scroller) setHeight(h int) {
	s.height = max(h, 1)
	s.clamp()
}

func (s *scroller) scroll(n int) {
	s.offset += n
	s.clamp()
}

func (s *scroller) page(n int) { s.scroll(n * max(s.height-1, 1)) }

func (s *scroller) clamp() {
	s.offset = max(min(s.offset, len(s.lines)-s.height), 0)
}

func (s *scroller) atTop() bool    { return s.offset == 0 }
func (s *scroller) atBottom() bool { return s.offset+s.height >= len(s.lines) }

// view draws the visible lines, exactly height of them.
func (s *scroller) view() string {
	end := min(s.offset+s.height, len(s.lines))
	shown := make([]string, 0, s.height)
	shown = append(shown, s.lines[s.offset:end]...)
	for len(shown) < s.height {
		shown = append(shown, "")
	}
	return strings.Join(shown, "\n")
}

// position says where the window is, "lines 12–31 of 80", or "" when
// everything shows.
func (s *scroller) position() string {
	if len(s.lines) <= s.height {
		return ""
	}
	return "lines " + itoa(s.offset+1) + "–" + itoa(min(s.offset+s.height, len(s.lines))) + " of " + itoa(len(s.lines))
}
