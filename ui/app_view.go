package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/forms/textedit"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/agentdeck/agentdeck/ui/theme"
)

func (a *App) bodyHeight() int { return max(a.height-chromeLines, 1) }

// View draws the header, the top screen (or help, or a dialog), the
// status line and the footer help.
func (a *App) View() tea.View {
	if a.width == 0 || a.height == 0 {
		v := tea.NewView("")
		v.AltScreen = true
		return v
	}
	st := a.sh.theme.Styles
	footerKeys := a.footerKeys()
	body := ""
	switch {
	case a.dialog != nil:
		body = a.dialog.menu().view(st.Dialog, a.width, a.bodyHeight())
		footerKeys = dialogHelp{keys: a.sh.keys.Dialog, scrolls: a.dialog.menu().scrolls(st.Dialog, a.width, a.bodyHeight())}
	case a.fullHelp:
		body = a.fullHelpView()
		footerKeys = closeHelp{keys: a.sh.keys.Global}
	default:
		body = a.top().View()
	}
	var b strings.Builder
	b.WriteString(a.headerView())
	b.WriteString("\n")
	b.WriteString(fitLines(body, a.width, a.bodyHeight()))
	b.WriteString("\n")
	b.WriteString(a.status.view(st.App, a.width, a.sh.now()))
	b.WriteString("\n")
	b.WriteString(" " + a.footerView(footerKeys))
	// Whatever a screen shows, no escape sequence but styling reaches the
	// terminal (termsafe.Frame).
	frame, cursor := takeCursor(b.String())
	v := tea.NewView(termsafe.Frame(frame))
	v.AltScreen = true
	v.Cursor = cursor
	return v
}

// takeCursor removes the cursor mark a long-text field drew
// (textedit.CursorMark) and returns where it was, for the terminal's own
// cursor: then typing a character sends the character and a move, not a
// redrawn cursor cell. No mark, no cursor.
func takeCursor(frame string) (string, *tea.Cursor) {
	i := strings.Index(frame, textedit.CursorMark)
	if i < 0 {
		return frame, nil
	}
	start := strings.LastIndexByte(frame[:i], '\n') + 1
	c := tea.NewCursor(ansi.StringWidth(frame[start:i]), strings.Count(frame[:start], "\n"))
	return strings.ReplaceAll(frame, textedit.CursorMark, ""), c
}

// footerView draws the short help in one line. When it does not fit, the
// screen's keys give way from the second-to-last backwards, so its way
// back (listed last) and the global keys stay in sight.
func (a *App) footerView(k help.KeyMap) string {
	keys := k.ShortHelp()
	global := 0
	if f, ok := k.(footer); ok {
		global = len(f.global)
	}
	// Measured without the help's own cut, which would end the line in
	// "…" and hide the global keys instead of letting screen keys go.
	measure := a.help
	measure.SetWidth(0)
	for {
		v := measure.ShortHelpView(keys)
		screenKeys := len(keys) - global
		if ansi.StringWidth(v) <= a.width-1 || screenKeys < 2 {
			return truncate(v, a.width-1)
		}
		drop := screenKeys - 2
		keys = append(keys[:drop:drop], keys[drop+1:]...)
	}
}

func (a *App) headerView() string {
	st := a.sh.theme.Styles.App
	title := plain(a.top().Title())
	return truncate(" "+st.Header.Render("agentdeck")+st.HeaderDim.Render(" › "+title), a.width)
}

func (a *App) fullHelpView() string {
	groups := a.top().FullHelp()
	g := a.sh.keys.Global
	explain := g.Explain
	if _, ok := a.top().(explainer); !ok {
		// Listed only where it reads something: the drafts list's keys
		// fill 80 columns already.
		explain.SetEnabled(false)
	}
	groups = append(groups, enabled(g.Help, explain, g.Redraw, g.Quit))
	a.help.ShowAll = true
	view := a.help.FullHelpView(groups)
	a.help.ShowAll = false
	title := a.sh.theme.Styles.App.Title.Render("All keys on this screen")
	return " " + title + "\n\n" + indent(view, 1)
}

// footerKeys is the top screen's short help plus the global keys that work
// now.
func (a *App) footerKeys() help.KeyMap {
	g := a.sh.keys.Global
	help := g.Help
	if a.capturesInput() {
		help = g.HelpAnywhere
	}
	return footer{
		screen: a.top().ShortHelp(),
		global: enabled(help, g.Quit),
	}
}

type footer struct{ screen, global []key.Binding }

func (f footer) ShortHelp() []key.Binding {
	return append(append([]key.Binding{}, f.screen...), f.global...)
}
func (f footer) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

type closeHelp struct{ keys GlobalKeys }

func (c closeHelp) ShortHelp() []key.Binding {
	b := c.keys.Help
	b.SetHelp("?/esc", "close help")
	return []key.Binding{b, c.keys.Quit}
}
func (c closeHelp) FullHelp() [][]key.Binding { return [][]key.Binding{c.ShortHelp()} }

// fitLines cuts or pads s to exactly height lines of at most width cells,
// so the chrome below it never moves.
func fitLines(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// paragraph is text in style, wrapped to width and set in by one column:
// how a screen says something that may run over several lines.
func paragraph(style lipgloss.Style, text string, width int) string {
	return indent(style.Render(wrap(text, width)), 1)
}

// listStateView is the body of a screen listing what it read (the trash, a
// draft's versions) while there is no list to show: still reading, could
// not read, or found nothing (what names it: "the trash"). ok is true
// when there is a list.
func listStateView(st theme.Styles, loaded bool, err error, n int, what, none string, width int) (view string, ok bool) {
	switch {
	case !loaded:
		return "\n " + st.App.Muted.Render("Reading "+what+"…"), false
	case err != nil:
		return "\n" + paragraph(st.App.Error, "Could not read "+what+": "+errText(err), width), false
	case n == 0:
		return "\n" + paragraph(st.App.Muted, none, width), false
	}
	return "", true
}

func indent(s string, n int) string {
	pad := spaces(n)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = pad + l
	}
	return strings.Join(lines, "\n")
}
