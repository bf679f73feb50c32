package theme

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is every style the UI draws with, grouped by the area that uses it
// and built only from a Palette.
type Styles struct {
	App    AppStyles
	List   ListStyles
	Editor EditorStyles
	Dialog DialogStyles
	Help   help.Styles
}

// AppStyles frame every screen: the header, the status line and notices.
type AppStyles struct {
	Header    lipgloss.Style // the top line: app name and screen title
	HeaderDim lipgloss.Style // the part of the header after the title
	Status    lipgloss.Style // the status line
	StatusOK  lipgloss.Style
	StatusBad lipgloss.Style
	Warning   lipgloss.Style
	Text      lipgloss.Style
	Muted     lipgloss.Style
	Key       lipgloss.Style // a key named inside a sentence ("press n")
	Title     lipgloss.Style // a title inside a screen
	Error     lipgloss.Style
}

// ListStyles draw the drafts list and the editor's item lists.
type ListStyles struct {
	Header   lipgloss.Style // column headings
	Row      lipgloss.Style
	Selected lipgloss.Style // the row under the cursor
	Cursor   lipgloss.Style // the marker in front of the selected row
	Filter   lipgloss.Style // the filter prompt
	New      lipgloss.Style // draft status badges
	Pushed   lipgloss.Style
	Changed  lipgloss.Style
	Failed   lipgloss.Style
	Damaged  lipgloss.Style
	Reason   lipgloss.Style // why a damaged draft cannot be read
}

// EditorStyles draw the section sidebar and the form pane.
type EditorStyles struct {
	Sidebar         lipgloss.Style // the sidebar column, with its right border
	Item            lipgloss.Style // a section in the sidebar
	ItemSelected    lipgloss.Style // the section under the cursor
	ItemSelectedDim lipgloss.Style // the open section while the form has focus
	Sub             lipgloss.Style // a list inside the open section
	MarkOK          lipgloss.Style
	MarkProblem     lipgloss.Style
	MarkUnsupported lipgloss.Style
	PaneTitle       lipgloss.Style
	Problem         lipgloss.Style
	Note            lipgloss.Style
}

// DialogStyles draw confirmations and blocking errors.
type DialogStyles struct {
	Box            lipgloss.Style
	Title          lipgloss.Style
	DangerTitle    lipgloss.Style
	Body           lipgloss.Style
	Option         lipgloss.Style
	OptionSelected lipgloss.Style
}

// NewStyles builds the styles from a palette.
func NewStyles(p Palette) Styles {
	base := lipgloss.NewStyle()
	text := base.Foreground(p.Text)
	muted := base.Foreground(p.Muted)
	selected := base.Foreground(p.SelectedFg).Background(p.SelectedBg).Bold(true)

	var s Styles
	s.App = AppStyles{
		Header:    base.Foreground(p.Primary).Bold(true),
		HeaderDim: muted,
		Status:    muted,
		StatusOK:  base.Foreground(p.Success),
		StatusBad: base.Foreground(p.Error).Bold(true),
		Warning:   base.Foreground(p.Warning),
		Text:      text,
		Muted:     muted,
		Key:       base.Foreground(p.Accent).Bold(true),
		Title:     base.Foreground(p.Primary).Bold(true),
		Error:     base.Foreground(p.Error),
	}
	s.List = ListStyles{
		Header:   muted.Bold(true),
		Row:      text,
		Selected: selected,
		Cursor:   base.Foreground(p.Accent).Bold(true),
		Filter:   base.Foreground(p.Accent),
		New:      base.Foreground(p.Primary),
		Pushed:   base.Foreground(p.Success),
		Changed:  base.Foreground(p.Warning),
		Failed:   base.Foreground(p.Error),
		Damaged:  base.Foreground(p.Error).Bold(true),
		Reason:   muted,
	}
	s.Editor = EditorStyles{
		Sidebar:         base.BorderStyle(lipgloss.NormalBorder()).BorderRight(true).BorderForeground(p.Faint).PaddingRight(1),
		Item:            text,
		ItemSelected:    selected,
		ItemSelectedDim: base.Foreground(p.Primary).Bold(true),
		Sub:             muted,
		MarkOK:          base.Foreground(p.Success),
		MarkProblem:     base.Foreground(p.Error).Bold(true),
		MarkUnsupported: muted,
		PaneTitle:       base.Foreground(p.Primary).Bold(true),
		Problem:         base.Foreground(p.Error),
		Note:            muted.Italic(true),
	}
	s.Dialog = DialogStyles{
		Box:            base.BorderStyle(lipgloss.RoundedBorder()).BorderForeground(p.Primary).Padding(1, 2),
		Title:          base.Foreground(p.Primary).Bold(true),
		DangerTitle:    base.Foreground(p.Error).Bold(true),
		Body:           text,
		Option:         text,
		OptionSelected: selected,
	}
	s.Help = help.Styles{
		ShortKey:       text.Bold(true),
		ShortDesc:      muted,
		ShortSeparator: base.Foreground(p.Faint),
		Ellipsis:       base.Foreground(p.Faint),
		FullKey:        text.Bold(true),
		FullDesc:       muted,
		FullSeparator:  base.Foreground(p.Faint),
	}
	return s
}

// Line is one row of a list: the cursor's marker and the selected style on
// the row under the cursor, two spaces and the row style on the others, so
// that every list marks its cursor and lines its rows up alike.
func (l ListStyles) Line(row string, selected bool) string {
	if selected {
		return l.Cursor.Render("›") + " " + l.Selected.Render(row)
	}
	return "  " + l.Row.Render(row)
}
