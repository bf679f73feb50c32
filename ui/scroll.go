package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// scroller shows a window of lines that are already wrapped to the width
// they are drawn in, and moves it by lines or pages.
type scroller struct {
	lines  []string
	styles []*lipgloss.Style // per line, applied as it shows; nil: none (setStyledLines)
	offset int
	height int
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
	if s.styles != nil {
		for i := range shown {
			if st := s.styles[s.offset+i]; st != nil {
				shown[i] = st.Render(shown[i])
			}
		}
	}
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

// listWindow is the part of a list of rows on screen when not all fit: the
// drafts and the pull screen's agents. It moves only as far as it must to
// keep the cursor in view, and never leaves empty rows under the last row
// while rows are hidden above it (after the window grew, or rows went).
type listWindow struct{ offset int }

// follow moves the window so that row cursor of total shows among rows.
func (w *listWindow) follow(cursor, rows, total int) {
	if cursor < w.offset {
		w.offset = cursor
	}
	if cursor >= w.offset+rows {
		w.offset = cursor - rows + 1
	}
	w.offset = max(0, min(w.offset, max(total-rows, 0)))
}

// span is the rows shown, first to end (exclusive), and how many empty
// lines fill the window under them.
func (w listWindow) span(rows, total int) (first, end, blank int) {
	end = min(w.offset+rows, total)
	return w.offset, end, max(rows-(total-w.offset), 0)
}
