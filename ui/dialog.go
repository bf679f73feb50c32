package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/agentdeck/agentdeck/ui/theme"
)

// Dialog purposes: who handles the answer. The App handles its own; any
// other goes to the top screen.
const (
	purposeConflict     = "conflict"      // a save was refused: reload or save a copy
	purposeQuitUnsaved  = "quit-unsaved"  // quitting while a save is failing
	purposeSwitchProv   = "switch"        // editor: change the draft's provider
	purposePickProvider = "pick-provider" // editor: which provider to switch to
	purposeRemoveItem   = "remove-item"   // editor: remove a list item
	purposeNotice       = "notice"        // a blocking message with one way out
)

// dialog is a small modal question. It never changes anything itself: it
// answers with a dialogChoseMsg, and whoever asked acts on it.
type dialog struct {
	purpose string
	title   string
	body    string
	options []string
	cursor  int
	danger  bool // the question is about losing something
}

// update handles a key. It returns the answer once there is one.
func (d dialog) update(msg tea.KeyPressMsg, keys DialogKeys) (dialog, *dialogChoseMsg) {
	switch {
	case key.Matches(msg, keys.Cancel):
		return d, &dialogChoseMsg{purpose: d.purpose, cancelled: true}
	case key.Matches(msg, keys.Confirm):
		return d, &dialogChoseMsg{purpose: d.purpose, choice: d.cursor}
	case key.Matches(msg, keys.Next):
		if d.cursor < len(d.options)-1 {
			d.cursor++
		}
	case key.Matches(msg, keys.Prev):
		if d.cursor > 0 {
			d.cursor--
		}
	}
	return d, nil
}

// view draws the dialog centred in a box no wider than width.
func (d dialog) view(st theme.DialogStyles, width, height int) string {
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
