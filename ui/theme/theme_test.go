package theme

import (
	"strings"
	"testing"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

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

// Under NO_COLOR only characters are left: the chosen Yes or No must be
// marked by one, whichever is chosen, focused or not.
func TestChosenYesNoIsMarkedByACharacter(t *testing.T) {
	t.Parallel()
	for _, dark := range []bool{true, false} {
		st := New(dark).HuhStyles()
		for _, fs := range []struct {
			name   string
			chosen func(...string) string
			other  func(...string) string
		}{
			{"focused", st.Focused.FocusedButton.Render, st.Focused.BlurredButton.Render},
			{"blurred", st.Blurred.FocusedButton.Render, st.Blurred.BlurredButton.Render},
		} {
			yes, no := ansi.Strip(fs.chosen("Yes")), ansi.Strip(fs.other("No"))
			if !strings.Contains(yes, "› Yes") || strings.Contains(no, "›") {
				t.Errorf("%s: chosen %q, other %q: the choice is not marked by a character", fs.name, yes, no)
			}
			if ansi.StringWidth(yes) != ansi.StringWidth(ansi.Strip(fs.other("Yes"))) {
				t.Errorf("%s: the mark moves the answers", fs.name)
			}
		}
	}
}

// The same, as a Confirm draws it: No is chosen until Yes is.
func TestConfirmShowsWhichAnswerIsChosen(t *testing.T) {
	t.Parallel()
	var v bool
	c := huh.NewConfirm().Title("Enabled").Affirmative("Yes").Negative("No").Value(&v)
	c.WithTheme(New(true).Huh())
	c.Focus()
	if got := ansi.Strip(c.View()); !strings.Contains(got, "› No") || strings.Contains(got, "› Yes") {
		t.Fatalf("No is chosen but the field reads:\n%s", got)
	}
}
