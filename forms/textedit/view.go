package textedit

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// row is one row on screen: a line and which of its wrapped rows.
type row struct{ line, seg int }

func (r row) before(q row) bool { return r.line < q.line || r.line == q.line && r.seg < q.seg }

// runeWidth is how many cells r takes.
func runeWidth(r rune) int {
	if r >= 0x20 && r < 0x7f {
		return 1
	}
	return ansi.StringWidth(string(r))
}

// stringWidth is how many cells s takes.
func stringWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// wrap splits a line into rows at most width cells wide, breaking after
// the last space that fits (a space may hang past the edge, as in bubbles'
// textarea), and returns the byte offset each row starts at. A line that
// fills its last row gets an empty row after it, where the cursor goes
// at its end.
func wrap(s string, width int) []int {
	starts := []int{0}
	w, rowStart, lastSpace := 0, 0, -1
	for i, r := range s {
		rw := runeWidth(r)
		if w+rw > width && i > rowStart {
			if r == ' ' {
				w += rw
				lastSpace = i + 1
				continue
			}
			brk := i
			if lastSpace > rowStart {
				brk = lastSpace
			}
			starts = append(starts, brk)
			rowStart, lastSpace = brk, -1
			w = stringWidth(s[brk:i])
		}
		w += rw
		if r == ' ' {
			lastSpace = i + 1
		}
	}
	if w >= width {
		starts = append(starts, len(s))
	}
	return starts
}

// wrapOf is line i's row starts, wrapped once until the line changes.
func (m *Model) wrapOf(i int) []int {
	if m.wraps[i] == nil {
		m.wraps[i] = wrap(m.lines[i], m.width)
	}
	return m.wraps[i]
}

// span is the byte range of a row in its line.
func (m *Model) span(r row) (from, to int) {
	starts := m.wrapOf(r.line)
	if r.seg+1 < len(starts) {
		return starts[r.seg], starts[r.seg+1]
	}
	return starts[r.seg], len(m.lines[r.line])
}

// rowOf is the row a place is shown on.
func (m *Model) rowOf(p pos) row {
	starts := m.wrapOf(p.line)
	k := sort.Search(len(starts), func(i int) bool { return starts[i] > p.col }) - 1
	return row{p.line, max(k, 0)}
}

func (m *Model) nextRow(r row) (row, bool) {
	if r.seg+1 < len(m.wrapOf(r.line)) {
		return row{r.line, r.seg + 1}, true
	}
	if r.line+1 < len(m.lines) {
		return row{r.line + 1, 0}, true
	}
	return r, false
}

func (m *Model) prevRow(r row) (row, bool) {
	if r.seg > 0 {
		return row{r.line, r.seg - 1}, true
	}
	if r.line > 0 {
		return row{r.line - 1, len(m.wrapOf(r.line-1)) - 1}, true
	}
	return r, false
}

// xOf is the column a place is shown at in its row.
func (m *Model) xOf(p pos) int {
	from, _ := m.span(m.rowOf(p))
	return stringWidth(m.lines[p.line][from:p.col])
}

// colAt is the place in row r at column x, or the row's end.
func (m *Model) colAt(r row, x int) int {
	from, to := m.span(r)
	l := m.lines[r.line]
	w := 0
	for i, c := range l[from:to] {
		w += runeWidth(c)
		if w > x {
			return from + i
		}
	}
	if r.seg+1 < len(m.wrapOf(r.line)) && to > from {
		// The end of a row that wraps is the start of the next one:
		// stay on this row, before its last character.
		_, n := utf8.DecodeLastRuneInString(l[from:to])
		return to - n
	}
	return to
}

// vertical moves the cursor n rows down (up if n < 0), keeping to the
// column it started from.
func (m *Model) vertical(n int) {
	r := m.rowOf(m.cur)
	if m.goal < 0 {
		m.goal = m.xOf(m.cur)
	}
	for ; n > 0; n-- {
		next, ok := m.nextRow(r)
		if !ok {
			break
		}
		r = next
	}
	for ; n < 0; n++ {
		prev, ok := m.prevRow(r)
		if !ok {
			break
		}
		r = prev
	}
	m.cur = pos{r.line, m.colAt(r, m.goal)}
}

// scrollToCursor moves the rows on screen the least that shows the
// cursor, and fills the screen when the text below ran short. It looks
// at no more rows than the screen has.
func (m *Model) scrollToCursor() {
	if m.top.line >= len(m.lines) {
		m.top = row{len(m.lines) - 1, 0}
	}
	if n := len(m.wrapOf(m.top.line)); m.top.seg >= n {
		m.top.seg = n - 1
	}
	c := m.rowOf(m.cur)
	if c.before(m.top) {
		m.top = c
	}
	r, shown := m.top, 1
	for ; r != c && shown < m.height; shown++ {
		next, ok := m.nextRow(r)
		if !ok {
			break
		}
		r = next
	}
	if r != c {
		m.top = m.back(c, m.height-1)
		return
	}
	// Rows left empty at the bottom while text is above: show more of it.
	for ; shown < m.height; shown++ {
		next, ok := m.nextRow(r)
		if !ok {
			m.top = m.back(m.top, m.height-shown)
			return
		}
		r = next
	}
}

// back is n rows before r, or the first row.
func (m *Model) back(r row, n int) row {
	for ; n > 0; n-- {
		prev, ok := m.prevRow(r)
		if !ok {
			break
		}
		r = prev
	}
	return r
}

// Styles are how View draws text.
type Styles struct {
	Text, Placeholder, Selection lipgloss.Style
}

// View draws the rows on screen, each padded to the width. With focus,
// CursorMark marks the cursor's cell.
func (m *Model) View(st Styles, placeholder string, focused bool) string {
	var b strings.Builder
	blank := strings.Repeat(" ", m.width)
	if m.Empty() && placeholder != "" {
		if focused {
			b.WriteString(CursorMark)
		}
		p := ansi.Truncate(placeholder, m.width, "")
		b.WriteString(st.Placeholder.Render(p) + blank[:m.width-stringWidth(p)])
		for i := 1; i < m.height; i++ {
			b.WriteString("\n" + blank)
		}
		return b.String()
	}
	cur := m.rowOf(m.cur)
	selFrom, selTo, sel := m.selection()
	r, more := m.top, true
	for i := range m.height {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !more {
			b.WriteString(blank)
			continue
		}
		from, to := m.span(r)
		text := m.lines[r.line][from:to]
		for stringWidth(text) > m.width && strings.HasSuffix(text, " ") {
			text = text[:len(text)-1] // a space hanging past the edge
		}
		cursor := -1
		if focused && r == cur {
			cursor = min(m.cur.col-from, len(text))
			if cursor == len(text) && stringWidth(text) >= m.width && cursor > 0 {
				cursor = strings.LastIndexFunc(text[:cursor], func(rune) bool { return true })
			}
		}
		a, z := -1, -1
		if sel {
			a, z = clip(selFrom, r.line, from, len(text)), clip(selTo, r.line, from, len(text))
		}
		m.drawRow(&b, st, text, cursor, a, z)
		if w := stringWidth(text); w < m.width {
			b.WriteString(st.Text.Render(blank[:m.width-w]))
		}
		r, more = m.nextRow(r)
	}
	return b.String()
}

// clip is where p falls in a row of line starting at from, n bytes long:
// 0 before the row, n after it.
func clip(p pos, line, from, n int) int {
	switch {
	case p.line < line:
		return 0
	case p.line > line:
		return n
	}
	return min(max(p.col-from, 0), n)
}

// drawRow writes text styled, the part from a to z selected, and the
// cursor mark before byte cursor (none when -1).
func (m *Model) drawRow(b *strings.Builder, st Styles, text string, cursor, a, z int) {
	cuts := []int{0, len(text)}
	for _, c := range []int{cursor, a, z} {
		if c > 0 && c < len(text) {
			cuts = append(cuts, c)
		}
	}
	sort.Ints(cuts)
	cuts = slices.Compact(cuts)
	marked := false
	for i := 0; i+1 < len(cuts); i++ {
		p, q := cuts[i], cuts[i+1]
		if p == cursor {
			b.WriteString(CursorMark)
			marked = true
		}
		style := st.Text
		if p >= a && q <= z && a < z {
			style = st.Selection
		}
		b.WriteString(style.Render(text[p:q]))
	}
	if cursor >= 0 && !marked {
		b.WriteString(CursorMark)
	}
}
