// Package textedit is a multi-line text editor for long texts (an agent's
// prompt runs to 50 KB and more). Unlike bubbles' textarea, which wraps and
// styles every line of the text on every key, it keeps the text as lines,
// the wrap of each line memoised until that line changes, and the cursor
// and the first row on screen as state, so a key costs what the screen
// shows, whatever the length of the text.
//
// The cursor is the terminal's own: View puts CursorMark where it is, and
// the program that draws the frame turns the mark into the cursor
// position (tea.View.Cursor), so typing a character sends that character
// and little else.
package textedit

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// CursorMark is written into the view just before the cell the cursor is
// on. It is an APC string: it takes no room, so every width measured on
// the way to the screen stays true, and the frame's drawer removes it.
const CursorMark = "\x1b_agentdeck-cursor\x1b\\"

// KeyMap is the editing keys. DefaultKeyMap gives bubbles' textarea keys.
type KeyMap struct {
	CharacterBackward, CharacterForward             key.Binding
	WordBackward, WordForward                       key.Binding
	LinePrevious, LineNext                          key.Binding
	LineStart, LineEnd                              key.Binding
	InputBegin, InputEnd                            key.Binding
	PageUp, PageDown                                key.Binding
	DeleteCharacterBackward, DeleteCharacterForward key.Binding
	DeleteWordBackward, DeleteWordForward           key.Binding
	DeleteBeforeCursor, DeleteAfterCursor           key.Binding
	InsertNewline                                   key.Binding
	Paste                                           key.Binding
	UppercaseWordForward, LowercaseWordForward      key.Binding
	CapitalizeWordForward                           key.Binding
	TransposeCharacterBackward                      key.Binding
	SelectCharacterBackward, SelectCharacterForward key.Binding
	SelectWordBackward, SelectWordForward           key.Binding
	SelectLineUp, SelectLineDown                    key.Binding
	SelectAll, CopySelection                        key.Binding
}

// DefaultKeyMap is bubbles' textarea key map, so people keep the keys
// they had.
func DefaultKeyMap() KeyMap {
	b := func(keys ...string) key.Binding { return key.NewBinding(key.WithKeys(keys...)) }
	return KeyMap{
		CharacterForward:           b("right", "ctrl+f"),
		CharacterBackward:          b("left", "ctrl+b"),
		WordForward:                b("alt+right", "ctrl+right", "alt+f"),
		WordBackward:               b("alt+left", "ctrl+left", "alt+b"),
		LineNext:                   b("down", "ctrl+n"),
		LinePrevious:               b("up", "ctrl+p"),
		DeleteWordBackward:         b("alt+backspace", "ctrl+w", "ctrl+backspace"),
		DeleteWordForward:          b("alt+delete", "alt+d", "ctrl+delete"),
		DeleteAfterCursor:          b("ctrl+k"),
		DeleteBeforeCursor:         b("ctrl+u"),
		InsertNewline:              b("enter", "ctrl+m"),
		DeleteCharacterBackward:    b("backspace", "ctrl+h"),
		DeleteCharacterForward:     b("delete", "ctrl+d"),
		LineStart:                  b("home", "ctrl+a"),
		LineEnd:                    b("end", "ctrl+e"),
		PageUp:                     b("pgup"),
		PageDown:                   b("pgdown"),
		Paste:                      b("ctrl+v"),
		InputBegin:                 b("alt+<", "ctrl+home"),
		InputEnd:                   b("alt+>", "ctrl+end"),
		CapitalizeWordForward:      b("alt+c"),
		LowercaseWordForward:       b("alt+l"),
		UppercaseWordForward:       b("alt+u"),
		TransposeCharacterBackward: b("ctrl+t"),
		SelectCharacterForward:     b("shift+right"),
		SelectCharacterBackward:    b("shift+left"),
		SelectWordForward:          b("ctrl+shift+right", "alt+shift+right", "alt+shift+f"),
		SelectWordBackward:         b("ctrl+shift+left", "alt+shift+left", "alt+shift+b"),
		SelectLineUp:               b("shift+up"),
		SelectLineDown:             b("shift+down"),
		SelectAll:                  b("ctrl+g"),
		CopySelection:              b("ctrl+shift+c"),
	}
}

// pos is a place in the text: a line and a byte offset on a rune
// boundary in it.
type pos struct{ line, col int }

func (p pos) before(q pos) bool { return p.line < q.line || p.line == q.line && p.col < q.col }

// Model is the editor. Its zero value is not ready: use New.
type Model struct {
	KeyMap KeyMap

	lines []string
	wraps [][]int // per line: byte offsets where its rows start; nil until needed
	cur   pos
	goal  int // the column up and down aim for; -1 to take the cursor's
	top   row // the first row on screen

	anchor    pos // the other end of the selection
	selecting bool

	width, height int

	value   string // the text, joined; valid while joined is set
	joined  bool
	version int // counts changes that alter what View shows
}

// New returns an empty editor width cells wide and height rows high.
func New(width, height int) Model {
	m := Model{KeyMap: DefaultKeyMap(), lines: []string{""}, wraps: [][]int{nil}, goal: -1, joined: true}
	m.SetWidth(width)
	m.SetHeight(height)
	return m
}

// Clean makes typed or pasted text safe to hold: line breaks become \n,
// tabs four spaces (as bubbles' textarea did), other control characters
// go.
func Clean(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c == 0x7f {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) && !strings.ContainsRune(s, 0x85) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString("    ")
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SetValue replaces the text and puts the cursor at its end, as bubbles'
// textarea did.
func (m *Model) SetValue(s string) {
	m.lines = strings.Split(Clean(s), "\n")
	m.wraps = make([][]int, len(m.lines))
	m.selecting = false
	m.top = row{}
	m.cur = pos{len(m.lines) - 1, len(m.lines[len(m.lines)-1])}
	m.edited()
	m.scrollToCursor()
}

// Value is the text.
func (m *Model) Value() string {
	if !m.joined {
		m.value, m.joined = strings.Join(m.lines, "\n"), true
	}
	return m.value
}

// Empty reports whether there is no text.
func (m *Model) Empty() bool { return len(m.lines) == 1 && m.lines[0] == "" }

// Version changes whenever what View shows may have changed, so a host
// can keep a drawn view until it does.
func (m *Model) Version() int { return m.version }

// SetWidth sets the width text wraps at.
func (m *Model) SetWidth(w int) {
	w = max(w, 1)
	if w == m.width {
		return
	}
	m.width = w
	clear(m.wraps)
	m.top.seg = 0
	m.version++
	m.scrollToCursor()
}

// SetHeight sets how many rows are on screen.
func (m *Model) SetHeight(h int) {
	m.height = max(h, 1)
	m.version++
	m.scrollToCursor()
}

// Width and Height are the size set.
func (m *Model) Width() int { return m.width }

// Height is how many rows the editor shows.
func (m *Model) Height() int { return m.height }

// Cursor is the cursor's line and its column in characters, for tests.
func (m *Model) Cursor() (line, char int) {
	return m.cur.line, utf8.RuneCountInString(m.lines[m.cur.line][:m.cur.col])
}

// Update takes a key, a paste or a clipboard's content.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.insert(msg.Content)
	case tea.ClipboardMsg:
		m.insert(msg.Content)
	case tea.KeyPressMsg:
		return m.key(msg)
	default:
		return nil
	}
	m.scrollToCursor()
	return nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.KeyMap
	before := m.cur
	vertical := false
	var cmd tea.Cmd
	switch {
	case m.selectKey(msg):
		vertical = key.Matches(msg, k.SelectLineUp, k.SelectLineDown)
	case key.Matches(msg, k.SelectAll):
		m.anchor, m.selecting = pos{}, true
		m.cur = m.end()
	case key.Matches(msg, k.CopySelection):
		if from, to, ok := m.selection(); ok {
			cmd = tea.SetClipboard(m.text(from, to))
		}
	case key.Matches(msg, k.Paste):
		cmd = tea.ReadClipboard
	case key.Matches(msg, k.DeleteCharacterBackward):
		m.deleteTo(m.left(m.cur))
	case key.Matches(msg, k.DeleteCharacterForward):
		m.deleteTo(m.right(m.cur))
	case key.Matches(msg, k.DeleteWordBackward):
		m.deleteTo(m.wordLeft(m.cur))
	case key.Matches(msg, k.DeleteWordForward):
		m.deleteTo(m.wordRight(m.cur))
	case key.Matches(msg, k.DeleteBeforeCursor):
		to := pos{m.cur.line, 0}
		if m.cur.col == 0 {
			to = m.left(m.cur)
		}
		m.deleteTo(to)
	case key.Matches(msg, k.DeleteAfterCursor):
		to := pos{m.cur.line, len(m.lines[m.cur.line])}
		if m.cur == to {
			to = m.right(m.cur)
		}
		m.deleteTo(to)
	case key.Matches(msg, k.InsertNewline):
		m.insert("\n")
	case key.Matches(msg, k.UppercaseWordForward, k.LowercaseWordForward, k.CapitalizeWordForward):
		m.changeCase(msg)
	case key.Matches(msg, k.TransposeCharacterBackward):
		m.transpose()
	default:
		if !m.move(msg) {
			if msg.Text == "" {
				return nil
			}
			m.insert(msg.Text)
		} else {
			m.selecting = false
			vertical = key.Matches(msg, k.LinePrevious, k.LineNext, k.PageUp, k.PageDown)
		}
	}
	if !vertical && m.cur != before {
		m.goal = -1 // up and down aim for the column they started from
	}
	m.version++
	m.scrollToCursor()
	return cmd
}

// move moves the cursor for a movement key, and reports whether it was one.
func (m *Model) move(msg tea.KeyPressMsg) bool {
	for _, mk := range m.moveKeys() {
		if key.Matches(msg, mk.plain) {
			mk.move(m)
			return true
		}
	}
	return false
}

// selectKey moves the cursor for a selecting key, keeping the anchor.
func (m *Model) selectKey(msg tea.KeyPressMsg) bool {
	for _, mk := range m.moveKeys() {
		if !key.Matches(msg, mk.selecting) {
			continue
		}
		if !m.selecting {
			m.anchor, m.selecting = m.cur, true
		}
		mk.move(m)
		if m.cur == m.anchor {
			m.selecting = false
		}
		return true
	}
	return false
}

// moveKey is one cursor move and the keys that make it: plain moves the
// cursor, selecting moves it and selects what it passes (a zero binding,
// for a move that has no selecting key, matches nothing).
type moveKey struct {
	plain, selecting key.Binding
	move             func(m *Model)
}

// moveKeys lists the moves in the order the keys are tried.
func (m *Model) moveKeys() []moveKey {
	k := &m.KeyMap
	return []moveKey{
		{k.CharacterBackward, k.SelectCharacterBackward, func(m *Model) { m.cur = m.left(m.cur) }},
		{k.CharacterForward, k.SelectCharacterForward, func(m *Model) { m.cur = m.right(m.cur) }},
		{k.WordBackward, k.SelectWordBackward, func(m *Model) { m.cur = m.wordLeft(m.cur) }},
		{k.WordForward, k.SelectWordForward, func(m *Model) { m.cur = m.wordRight(m.cur) }},
		{k.LinePrevious, k.SelectLineUp, func(m *Model) { m.vertical(-1) }},
		{k.LineNext, k.SelectLineDown, func(m *Model) { m.vertical(1) }},
		{k.PageUp, key.Binding{}, func(m *Model) { m.vertical(-m.height) }},
		{k.PageDown, key.Binding{}, func(m *Model) { m.vertical(m.height) }},
		{k.LineStart, key.Binding{}, func(m *Model) { m.cur.col = 0 }},
		{k.LineEnd, key.Binding{}, func(m *Model) { m.cur.col = len(m.lines[m.cur.line]) }},
		{k.InputBegin, key.Binding{}, func(m *Model) { m.cur = pos{} }},
		{k.InputEnd, key.Binding{}, func(m *Model) { m.cur = m.end() }},
	}
}

func (m *Model) end() pos {
	last := len(m.lines) - 1
	return pos{last, len(m.lines[last])}
}

// edited notes that the text changed.
func (m *Model) edited() {
	m.joined = false
	m.version++
}
