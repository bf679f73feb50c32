// Package theme holds every colour and Lip Gloss style of the terminal UI:
// a palette of semantic colours, the styles built from it, and the huh theme
// built from the same palette. Nothing outside this package makes a style or
// names a colour, so the look changes in one place.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette is the set of semantic colours the styles are built from. The
// values are 256-colour indices, so terminals limited to 16 colours get a
// close match and NO_COLOR (or a plain terminal) drops them entirely; the UI
// never relies on colour alone (marks and cursors are characters too).
type Palette struct {
	Text       color.Color // body text
	Muted      color.Color // descriptions, secondary columns
	Faint      color.Color // borders, separators
	Primary    color.Color // titles, the focused thing
	Accent     color.Color // cursors and selection markers
	SelectedFg color.Color // text of the selected row
	SelectedBg color.Color // background of the selected row
	Success    color.Color
	Warning    color.Color
	Error      color.Color
}

// DarkPalette is for terminals with a dark background.
func DarkPalette() Palette {
	return Palette{
		Text:       lipgloss.Color("252"),
		Muted:      lipgloss.Color("245"),
		Faint:      lipgloss.Color("240"),
		Primary:    lipgloss.Color("117"),
		Accent:     lipgloss.Color("212"),
		SelectedFg: lipgloss.Color("231"),
		SelectedBg: lipgloss.Color("24"),
		Success:    lipgloss.Color("78"),
		Warning:    lipgloss.Color("214"),
		Error:      lipgloss.Color("203"),
	}
}

// LightPalette is for terminals with a light background.
func LightPalette() Palette {
	return Palette{
		Text:       lipgloss.Color("235"),
		Muted:      lipgloss.Color("241"),
		Faint:      lipgloss.Color("250"),
		Primary:    lipgloss.Color("25"),
		Accent:     lipgloss.Color("162"),
		SelectedFg: lipgloss.Color("16"),
		SelectedBg: lipgloss.Color("153"),
		Success:    lipgloss.Color("28"),
		Warning:    lipgloss.Color("130"),
		Error:      lipgloss.Color("160"),
	}
}
