package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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

// view draws the question centred in a box no wider than width.
func (d *question) view(st theme.DialogStyles, width, height int) string {
	boxW := min(width-2, 72)
	inner := boxW - st.Box.GetHorizontalFrameSize()
	title := st.Title
	if d.danger {
		title = st.DangerTitle
	}
	var b strings.Builder
	b.WriteString(title.Width(inner).Render(d.title))
	if d.body != "" {
		// A long body gives way, line by line, so the choices always show.
		room := height - st.Box.GetVerticalFrameSize() - lipgloss.Height(title.Width(inner).Render(d.title)) - 3 - len(d.options)
		lines := strings.Split(wrap(d.body, inner), "\n")
		if len(lines) > room {
			lines = append(lines[:max(room-1, 0)], "…")
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
type dialogHelp struct{ keys DialogKeys }

func (h dialogHelp) ShortHelp() []key.Binding {
	return enabled(h.keys.Prev, h.keys.Next, h.keys.Confirm, h.keys.Cancel)
}

func (h dialogHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
