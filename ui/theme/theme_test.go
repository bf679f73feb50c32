package theme

import "testing"

// huh asks its theme for styles on every update and redraw; the theme must
// hand out what it built, not build again (charm-v2-notes trap 4).
func TestHuhThemeIsBuiltOnce(t *testing.T) {
	t.Parallel()
	th := New(true)
	a, b := th.Huh().Theme(true), th.Huh().Theme(false)
	if a != b || a != th.huh {
		t.Fatal("the huh theme was built again")
	}
}

func TestSetBuildsEachThemeOnceAndTheyDiffer(t *testing.T) {
	t.Parallel()
	var s Set
	dark, light := s.Get(true), s.Get(false)
	if s.Get(true) != dark || s.Get(false) != light {
		t.Fatal("Set built a theme twice")
	}
	if !dark.Dark || light.Dark || dark.Palette == light.Palette {
		t.Fatal("the dark and light themes are the same")
	}
}

// Huh ignores huh's own guess of the background: a light guess on a dark
// terminal (one that never answered) must still get the dark styles.
func TestHuhThemeIgnoresHuhsGuess(t *testing.T) {
	t.Parallel()
	th := New(true)
	if th.Huh().Theme(false).Focused.Title.GetForeground() != th.Palette.Primary {
		t.Fatal("the huh theme followed huh's guess instead of the chosen palette")
	}
}
