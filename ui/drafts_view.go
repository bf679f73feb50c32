package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui/theme"
)

// Column widths of the drafts list; the name takes what is left.
const (
	colProvider = 17
	colStatus   = 9
	colWhen     = 11
)

func (s *draftsScreen) View() string {
	st := s.sh.theme.Styles
	switch {
	case !s.loaded:
		return "\n " + st.App.Muted.Render("Reading your drafts…")
	case s.loadErr != nil:
		return "\n" + paragraph(st.App.Error, "Could not read the drafts folder: "+errText(s.loadErr), s.width-2) +
			"\n\n " + st.App.Muted.Render("Press r to try again.")
	case len(s.entries) == 0:
		return s.emptyView()
	}
	var b strings.Builder
	b.WriteString(s.filterLine())
	b.WriteString("\n")
	nameW := s.nameWidth()
	envsHead := ""
	if s.envs {
		envsHead = pad("ENVS", EnvsCellWidth) + " "
	}
	b.WriteString("  " + st.List.Header.Render(pad("NAME", nameW)+" "+pad("PROVIDER", colProvider)+" "+pad("STATUS", colStatus)+" "+envsHead+pad("LAST EDIT", colWhen)))
	b.WriteString("\n")
	n := s.rowsVisible()
	if len(s.shown) == 0 {
		b.WriteString("\n  " + st.App.Muted.Render("No draft matches “"+s.filter.Value()+"”. Press esc to clear the filter."))
	}
	now := s.sh.now()
	first, end, blank := s.window.span(n, len(s.shown))
	for i := first; i < end; i++ {
		b.WriteString(s.rowView(s.entries[s.shown[i]].DraftEntry, i == s.cursor, nameW, now))
		b.WriteString("\n")
	}
	for range blank {
		b.WriteString("\n")
	}
	b.WriteString(s.detailLines())
	return b.String()
}

func (s *draftsScreen) nameWidth() int {
	w := s.width - 2 - colProvider - colStatus - colWhen - 4
	if s.envs {
		w -= EnvsCellWidth + 1 // at 80 columns the name keeps 20
	}
	return min(max(w, 8), 48)
}

func (s *draftsScreen) filterLine() string {
	st := s.sh.theme.Styles
	switch {
	case s.focus == focusDraftName:
		return " " + s.nameInput.View()
	case s.focus == focusDraftFilter:
		return " " + s.filter.View()
	case s.filter.Value() != "":
		return " " + st.List.Filter.Render("/ "+s.filter.Value()) + st.App.Muted.Render("  ("+itoa(len(s.shown))+" of "+itoa(s.total)+")")
	}
	return " " + st.App.Muted.Render(plural(s.total, "draft", "drafts"))
}

// rowView draws one draft. The selected row is drawn in one style, so its
// highlight runs unbroken; the others colour their status column.
func (s *draftsScreen) rowView(e DraftEntry, selected bool, nameW int, now time.Time) string {
	st := s.sh.theme.Styles.List
	name := pad(plain(e.Name), nameW)
	var cells []string
	var styles []lipgloss.Style
	if e.Damaged != "" {
		// A damaged file has no provider or time to show: its reason
		// takes those columns.
		reasonW := colProvider + colWhen + 1
		if s.envs {
			reasonW += EnvsCellWidth + 1
		}
		cells = []string{name, pad("damaged", colStatus), pad(e.Damaged, reasonW)}
		styles = []lipgloss.Style{st.Row, st.Damaged, st.Reason}
	} else {
		cells = []string{name, pad(s.providerName(e.Provider), colProvider), pad(statusWord(e), colStatus)}
		styles = []lipgloss.Style{st.Row, st.Row, statusStyle(st, e)}
		if s.envs {
			envs := ""
			if len(e.Envs) > 0 {
				envs = EnvsCell(e.Envs)
			}
			cells, styles = append(cells, pad(plain(envs), EnvsCellWidth)), append(styles, st.Row)
		}
		cells, styles = append(cells, pad(whenText(e.Updated, now), colWhen)), append(styles, st.Row)
	}
	if selected {
		return st.Line(strings.Join(cells, " "), true)
	}
	for i := range cells {
		cells[i] = styles[i].Render(cells[i])
	}
	return "  " + strings.Join(cells, " ")
}

// detailLines say more about the selected draft: where a damaged one is
// and why it cannot be read.
func (s *draftsScreen) detailLines() string {
	e, ok := s.selected()
	if !ok || e.Damaged == "" {
		return ""
	}
	st := s.sh.theme.Styles
	return " " + st.List.Damaged.Render(truncate("Cannot read "+e.Path, s.width-2)) + "\n" +
		" " + st.List.Reason.Render(truncate(sentenceCase(e.Damaged)+" The file is left as it is.", s.width-2))
}

func statusStyle(st theme.ListStyles, e DraftEntry) lipgloss.Style {
	switch statusWord(e) {
	case "pushed", "pulled":
		return st.Pushed
	case "changed":
		return st.Changed
	case "error":
		return st.Failed
	case "damaged":
		return st.Damaged
	}
	return st.New
}

func (s *draftsScreen) emptyView() string {
	st := s.sh.theme.Styles.App
	w := s.width - 4
	lines := []string{
		"",
		"  " + st.Title.Render("No drafts yet"),
		"",
		indent(wrap("A draft is a voice agent you are setting up. It stays on this computer until you push it to a provider.", w), 2),
		"",
		"  Press " + st.Key.Render("n") + " to make your first draft from a template, " + st.Key.Render("p") + " to pull",
		"  an agent you already have from a provider, or import one from a file:",
		"",
		"    " + st.Key.Render("agentdeck import FILE --provider "+s.providerIDs()),
		"",
		"  " + st.Muted.Render("Press s to enter your provider API keys first, if you like."),
	}
	return strings.Join(lines, "\n")
}

// providerIDs lists the provider ids for the import hint, "a|b|c".
func (s *draftsScreen) providerIDs() string {
	if s.sh.deps.Providers == nil {
		return "P"
	}
	var ids []string
	for _, p := range s.sh.deps.Providers.List() {
		ids = append(ids, p.ID)
	}
	if len(ids) == 0 {
		return "P"
	}
	return strings.Join(ids, "|")
}

func (s *draftsScreen) ShortHelp() []key.Binding {
	k := s.listKeys()
	switch s.focus {
	case focusDraftFilter:
		return enabled(k.ApplyFilter, k.ClearFilter)
	case focusDraftName:
		return enabled(k.ApplyName, k.CancelName)
	case focusDraftList:
	}
	// When the line is too narrow, keys give way from the one before
	// settings backwards (footerView): copy first, open last.
	return enabled(k.Open, k.New, k.Filter, k.ClearFilter, k.Try, k.Delete, k.Rename, k.Trash, k.Pull, k.Copy, k.Settings)
}

// listKeys are the screen's keys, switched on where they work now.
func (s *draftsScreen) listKeys() DraftsKeys {
	k := s.keys
	_, hasDraft := s.selected()
	for _, b := range []*key.Binding{&k.Open, &k.Delete, &k.Rename, &k.Copy, &k.Environments} {
		b.SetEnabled(hasDraft)
	}
	e, _ := s.selected()
	k.Try.SetEnabled(hasDraft && e.Damaged == "" && e.Status != agent.StatusNew)
	k.Filter.SetEnabled(len(s.entries) > 0)
	k.ClearFilter.SetEnabled(s.filter.Value() != "")
	if s.naming == nameCopy {
		k.ApplyName.SetHelp("enter", "make the copy")
	} else {
		k.ApplyName.SetHelp("enter", "rename")
	}
	return k
}

func (s *draftsScreen) FullHelp() [][]key.Binding {
	k := s.listKeys()
	switch s.focus {
	case focusDraftFilter:
		return [][]key.Binding{enabled(k.ApplyFilter, k.ClearFilter)}
	case focusDraftName:
		return [][]key.Binding{enabled(k.ApplyName, k.CancelName)}
	case focusDraftList:
	}
	// Three columns: a fourth pushes the global keys (help, redraw, quit)
	// past 80 columns, where the help cuts them off.
	return [][]key.Binding{
		enabled(k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End, k.Filter, k.ClearFilter),
		enabled(k.Open, k.New, k.Pull, k.Settings, k.Reload, k.Environments),
		enabled(k.Rename, k.Copy, k.Delete, k.Trash, k.Try),
	}
}
