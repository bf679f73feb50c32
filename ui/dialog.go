package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/ui/theme"
)

// dialog is a small modal question, one type per question (dialogs_*.go).
// It never changes anything itself: answer turns the option chosen into
// the typed message its asker defined, and the App routes that message
// like any other: its own answers it handles, the rest go to the top
// screen. Questions stack (quit.go).
type dialog interface {
	// menu is the question as drawn: title, body, options and cursor.
	menu() *question
	// answer is the message for the option at index choice, or for the
	// question put away with esc (choice is dismissed). nil when the
	// answer changes nothing.
	answer(choice int) tea.Msg
}

// dismissed is the choice of a question put away with esc.
const dismissed = -1

// question is what every dialog draws: a title, a body and the options,
// one under the cursor.
type question struct {
	title   string
	body    string
	options []string
	cursor  int
	danger  bool // the question is about losing something
	wide    bool // drawn across the whole width: a report worth reading in full
	scroll  int  // first body line shown when the body is longer than the room
}

// updateDialog handles a key for d: it moves the cursor, or, once the
// person has answered, reports done with d's typed answer.
func updateDialog(d dialog, msg tea.KeyPressMsg, keys DialogKeys) (answer tea.Msg, done bool) {
	q := d.menu()
	switch {
	case key.Matches(msg, keys.Cancel):
		return d.answer(dismissed), true
	case key.Matches(msg, keys.Confirm):
		return d.answer(q.cursor), true
	case key.Matches(msg, keys.Next):
		if q.cursor < len(q.options)-1 {
			q.cursor++
		}
	case key.Matches(msg, keys.Prev):
		if q.cursor > 0 {
			q.cursor--
		}
	}
	return nil, false
}

// openDialog is the command that shows d over the current screen.
func openDialog(d dialog) tea.Cmd {
	return func() tea.Msg { return openDialogMsg{dialog: d} }
}

// layout is the box's width, the width inside it, the body wrapped to that
// width and the number of lines the body has room for above the options.
func (d *question) layout(st theme.DialogStyles, width, height int) (boxW, inner int, lines []string, room int) {
	boxW = min(width-2, 72)
	if d.wide {
		boxW = width
	}
	inner = boxW - st.Box.GetHorizontalFrameSize()
	title := st.Title.Width(inner).Render(d.title)
	room = height - st.Box.GetVerticalFrameSize() - lipgloss.Height(title) - 3 - len(d.options)
	if d.body != "" {
		lines = strings.Split(wrap(d.body, inner), "\n")
	}
	return boxW, inner, lines, room
}

// scrolls reports whether the body is longer than its room: then the
// arrows scroll it and the options move with left, right and tab.
func (d *question) scrolls(st theme.DialogStyles, width, height int) bool {
	_, _, lines, room := d.layout(st, width, height)
	return len(lines) > room
}

// bodyWindow is how many body lines show while the body scrolls: one line
// of the room says where the window is.
func bodyWindow(room int) int { return max(room-1, 1) }

// scrollDialog moves a long body by a line, a page or to either end, and
// reports whether msg was such a key. A body that fits takes no keys, so
// the arrows move between the options as before.
func scrollDialog(d *question, msg tea.KeyPressMsg, keys DialogKeys, st theme.DialogStyles, width, height int) bool {
	_, _, lines, room := d.layout(st, width, height)
	if len(lines) <= room {
		return false
	}
	h := bodyWindow(room)
	switch {
	case key.Matches(msg, keys.ScrollUp):
		d.scroll--
	case key.Matches(msg, keys.ScrollDown):
		d.scroll++
	case key.Matches(msg, keys.PageUp):
		d.scroll -= max(h-1, 1)
	case key.Matches(msg, keys.PageDown):
		d.scroll += max(h-1, 1)
	case key.Matches(msg, keys.Top):
		d.scroll = 0
	case key.Matches(msg, keys.Bottom):
		d.scroll = len(lines)
	default:
		return false
	}
	d.scroll = max(min(d.scroll, len(lines)-h), 0)
	return true
}

// view draws the question centred in a box no wider than width (the whole
// width when wide).
func (d *question) view(st theme.DialogStyles, width, height int) string {
	boxW, inner, lines, room := d.layout(st, width, height)
	title := st.Title
	if d.danger {
		title = st.DangerTitle
	}
	var b strings.Builder
	b.WriteString(title.Width(inner).Render(d.title))
	if d.body != "" {
		// A long body scrolls, so the choices always show and every line
		// can still be read; the last line of its room says where it is.
		if len(lines) > room {
			h := bodyWindow(room)
			from := max(min(d.scroll, len(lines)-h), 0)
			to := min(from+h, len(lines))
			where := "lines " + itoa(from+1) + "–" + itoa(to) + " of " + itoa(len(lines)) + " · ↑↓ pgup pgdn home end"
			lines = append(append([]string{}, lines[from:to]...), ansi.Truncate(where, inner, ""))
		}
		b.WriteString("\n\n")
		b.WriteString(st.Body.Width(inner).Render(strings.Join(lines, "\n")))
	}
	b.WriteString("\n")
	for i, o := range d.options {
		b.WriteString("\n")
		if i == d.cursor {
			b.WriteString(st.OptionSelected.Render("› " + o))
		} else {
			b.WriteString(st.Option.Render("  " + o))
		}
	}
	box := st.Box.Width(boxW).Render(b.String())
	return lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center, box)
}

// dialogHelp is the footer while a dialog is open.
type dialogHelp struct {
	keys    DialogKeys
	scrolls bool // the body is longer than the screen
}

func (h dialogHelp) ShortHelp() []key.Binding {
	if h.scrolls {
		// The arrows scroll; the options move with left and right. Home
		// and end are named in the report's own position line, as the
		// footer has no room for them at 80 columns.
		choose := key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "option"))
		return enabled(h.keys.ScrollUp, h.keys.PageUp, choose, h.keys.Confirm, h.keys.Cancel)
	}
	return enabled(h.keys.Prev, h.keys.Next, h.keys.Confirm, h.keys.Cancel)
}

func (h dialogHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
