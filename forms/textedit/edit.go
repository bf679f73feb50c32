package textedit

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// Edits touch only the lines they change: a line's wrap is forgotten when
// the line changes, and lines are inserted or removed in place.

// selection is the selected span in order, if any.
func (m *Model) selection() (from, to pos, ok bool) {
	if !m.selecting || m.anchor == m.cur {
		return pos{}, pos{}, false
	}
	if m.anchor.before(m.cur) {
		return m.anchor, m.cur, true
	}
	return m.cur, m.anchor, true
}

// text is the text between two places.
func (m *Model) text(from, to pos) string {
	if from.line == to.line {
		return m.lines[from.line][from.col:to.col]
	}
	parts := make([]string, 0, to.line-from.line+1)
	parts = append(parts, m.lines[from.line][from.col:])
	parts = append(parts, m.lines[from.line+1:to.line]...)
	parts = append(parts, m.lines[to.line][:to.col])
	return strings.Join(parts, "\n")
}

// cut removes the text between two places and leaves the cursor there.
func (m *Model) cut(from, to pos) {
	if from == to {
		return
	}
	joined := m.lines[from.line][:from.col] + m.lines[to.line][to.col:]
	m.lines = slices.Delete(m.lines, from.line+1, to.line+1)
	m.wraps = slices.Delete(m.wraps, from.line+1, to.line+1)
	m.lines[from.line], m.wraps[from.line] = joined, nil
	m.cur = from
	m.edited()
}

// deleteSelection removes the selection, if any, and reports whether there
// was one.
func (m *Model) deleteSelection() bool {
	from, to, ok := m.selection()
	m.selecting = false
	if ok {
		m.cut(from, to)
	}
	return ok
}

// deleteTo deletes the selection, or else from the cursor to p.
func (m *Model) deleteTo(p pos) {
	if m.deleteSelection() {
		return
	}
	if p.before(m.cur) {
		m.cut(p, m.cur)
	} else {
		m.cut(m.cur, p)
	}
}

// insert puts s at the cursor, over the selection if any.
func (m *Model) insert(s string) {
	m.deleteSelection()
	s = Clean(s)
	if s == "" {
		return
	}
	line := m.lines[m.cur.line]
	head, tail := line[:m.cur.col], line[m.cur.col:]
	if !strings.Contains(s, "\n") {
		m.lines[m.cur.line], m.wraps[m.cur.line] = head+s+tail, nil
		m.cur.col += len(s)
		m.edited()
		return
	}
	parts := strings.Split(s, "\n")
	last := len(parts) - 1
	col := len(parts[last])
	parts[0], parts[last] = head+parts[0], parts[last]+tail
	m.lines = slices.Replace(m.lines, m.cur.line, m.cur.line+1, parts...)
	m.wraps = slices.Replace(m.wraps, m.cur.line, m.cur.line+1, make([][]int, len(parts))...)
	m.cur = pos{m.cur.line + last, col}
	m.edited()
}

// left is one character before p, across line ends.
func (m *Model) left(p pos) pos {
	if p.col > 0 {
		_, n := utf8.DecodeLastRuneInString(m.lines[p.line][:p.col])
		return pos{p.line, p.col - n}
	}
	if p.line > 0 {
		return pos{p.line - 1, len(m.lines[p.line-1])}
	}
	return p
}

// right is one character after p, across line ends.
func (m *Model) right(p pos) pos {
	if l := m.lines[p.line]; p.col < len(l) {
		_, n := utf8.DecodeRuneInString(l[p.col:])
		return pos{p.line, p.col + n}
	}
	if p.line < len(m.lines)-1 {
		return pos{p.line + 1, 0}
	}
	return p
}

// wordLeft is the start of the word before p: spaces are skipped, then
// the word, as bubbles' textarea did. At a line's start it is the end of
// the line before.
func (m *Model) wordLeft(p pos) pos {
	if p.col == 0 {
		return m.left(p)
	}
	l := m.lines[p.line]
	i := p.col
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(l[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(l[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return pos{p.line, i}
}

// wordRight is the end of the word after p.
func (m *Model) wordRight(p pos) pos {
	l := m.lines[p.line]
	if p.col == len(l) {
		return m.right(p)
	}
	i := p.col
	for i < len(l) {
		r, n := utf8.DecodeRuneInString(l[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for i < len(l) {
		r, n := utf8.DecodeRuneInString(l[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return pos{p.line, i}
}

// changeCase upper-cases, lower-cases or capitalises the word after the
// cursor and moves past it.
func (m *Model) changeCase(msg tea.KeyPressMsg) {
	m.selecting = false
	to := m.wordRight(m.cur)
	if to.line != m.cur.line {
		m.cur = to
		return
	}
	l := m.lines[m.cur.line]
	word := l[m.cur.col:to.col]
	switch msg.String() {
	case "alt+u":
		word = strings.ToUpper(word)
	case "alt+l":
		word = strings.ToLower(word)
	default:
		word = strings.ToLower(word)
		if i := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsSpace(r) }); i >= 0 {
			r, n := utf8.DecodeRuneInString(word[i:])
			word = word[:i] + string(unicode.ToTitle(r)) + word[i+n:]
		}
	}
	m.lines[m.cur.line], m.wraps[m.cur.line] = l[:m.cur.col]+word+l[to.col:], nil
	m.cur.col += len(word)
	m.edited()
}

// transpose swaps the characters either side of the cursor (at a line's
// end, the last two) and moves past them.
func (m *Model) transpose() {
	m.selecting = false
	l := m.lines[m.cur.line]
	if utf8.RuneCountInString(l) < 2 || m.cur.col == 0 {
		return
	}
	c := m.cur.col
	if c == len(l) {
		_, n := utf8.DecodeLastRuneInString(l)
		c -= n
	}
	a, na := utf8.DecodeLastRuneInString(l[:c])
	b, nb := utf8.DecodeRuneInString(l[c:])
	m.lines[m.cur.line] = l[:c-na] + string(b) + string(a) + l[c+nb:]
	m.wraps[m.cur.line] = nil
	m.cur.col = c - na + nb + na
	m.edited()
}
