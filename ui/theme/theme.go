package theme

import "charm.land/huh/v2"

// Theme is one complete look: the palette, the styles built from it and the
// matching huh theme. Build one per light/dark value and keep it; building
// is the expensive part.
type Theme struct {
	Dark    bool
	Palette Palette
	Styles  Styles
	huh     *huh.Styles
}

// New builds the theme for a dark (true) or light (false) background.
func New(dark bool) *Theme {
	p := LightPalette()
	if dark {
		p = DarkPalette()
	}
	return &Theme{Dark: dark, Palette: p, Styles: NewStyles(p), huh: newHuhStyles(p)}
}

// Huh returns the huh theme for forms. It ignores huh's own guess of the
// background (huh assumes light until the terminal answers, and some never
// do) and always hands out the styles built for this Theme, without
// rebuilding them.
func (t *Theme) Huh() huh.Theme {
	styles := t.huh
	return huh.ThemeFunc(func(bool) *huh.Styles { return styles })
}

// HuhStyles returns the huh styles built for this Theme.
func (t *Theme) HuhStyles() *huh.Styles { return t.huh }

// Set holds the dark and the light theme, each built the first time it is
// asked for.
type Set struct {
	dark, light *Theme
}

// Get returns the theme for a dark (true) or light (false) background.
func (s *Set) Get(dark bool) *Theme {
	if dark {
		if s.dark == nil {
			s.dark = New(true)
		}
		return s.dark
	}
	if s.light == nil {
		s.light = New(false)
	}
	return s.light
}
