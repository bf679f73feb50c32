package theme

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// newHuhStyles builds the huh form styles from the palette. huh asks its
// theme for styles on every update and redraw of every field, so this runs
// once per Theme and the result is handed out again each time.
func newHuhStyles(p Palette) *huh.Styles {
	t := huh.ThemeBase(true)
	base := lipgloss.NewStyle()

	t.Focused.Base = t.Focused.Base.BorderForeground(p.Faint)
	t.Focused.Card = t.Focused.Base
	t.Focused.Title = base.Foreground(p.Primary).Bold(true)
	t.Focused.NoteTitle = base.Foreground(p.Primary).Bold(true).MarginBottom(1)
	t.Focused.Directory = base.Foreground(p.Primary)
	t.Focused.Description = base.Foreground(p.Muted)
	t.Focused.ErrorIndicator = t.Focused.ErrorIndicator.Foreground(p.Error)
	t.Focused.ErrorMessage = t.Focused.ErrorMessage.Foreground(p.Error)
	t.Focused.SelectSelector = t.Focused.SelectSelector.Foreground(p.Accent)
	t.Focused.NextIndicator = t.Focused.NextIndicator.Foreground(p.Accent)
	t.Focused.PrevIndicator = t.Focused.PrevIndicator.Foreground(p.Accent)
	t.Focused.Option = base.Foreground(p.Text)
	t.Focused.MultiSelectSelector = t.Focused.MultiSelectSelector.Foreground(p.Accent)
	t.Focused.SelectedOption = base.Foreground(p.Success)
	t.Focused.SelectedPrefix = base.Foreground(p.Success).SetString("[x] ")
	t.Focused.UnselectedPrefix = base.Foreground(p.Muted).SetString("[ ] ")
	t.Focused.UnselectedOption = base.Foreground(p.Text)
	t.Focused.FocusedButton = t.Focused.FocusedButton.Foreground(p.SelectedFg).Background(p.SelectedBg).Bold(true)
	t.Focused.Next = t.Focused.FocusedButton
	t.Focused.BlurredButton = t.Focused.BlurredButton.Foreground(p.Muted).Background(nil)
	// The chosen Yes/No carries a mark, not only colour and bold: under
	// NO_COLOR (or on a plain terminal) bold alone is easy to miss, or
	// not shown at all. The other answer gets a space for the mark, so the
	// two stay in place as the choice moves.
	t.Focused.FocusedButton = t.Focused.FocusedButton.SetString("›")
	t.Focused.BlurredButton = t.Focused.BlurredButton.SetString(" ")
	t.Focused.TextInput.Cursor = base.Foreground(p.Accent)
	t.Focused.TextInput.Placeholder = base.Foreground(p.Faint)
	t.Focused.TextInput.Prompt = base.Foreground(p.Accent)
	t.Focused.TextInput.Text = base.Foreground(p.Text)

	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.Title = base.Foreground(p.Text)
	t.Blurred.MultiSelectSelector = base.SetString("  ")
	t.Blurred.NextIndicator = base
	t.Blurred.PrevIndicator = base

	t.Group.Title = t.Focused.Title
	t.Group.Description = t.Focused.Description
	t.Help = NewStyles(p).Help
	return t
}
