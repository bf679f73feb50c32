package main

import (
	"strings"
	"testing"
)

// The renderer runs on tmux's capture; these check it without tmux.

func TestStylesRunOnAcrossLineEnds(t *testing.T) {
	t.Parallel()
	rows := parseScreen("\x1b[1;38;5;212mab\ncd\x1b[0me\n", 6, 2)
	c := rows[1][1]
	if c.r != "d" || !c.st.bold || c.st.fg != "#ff87d7" {
		t.Fatalf("second row's d: %+v; want bold #ff87d7, as tmux leaves the style on", c)
	}
	if e := rows[1][2]; e.r != "e" || e.st != (style{}) {
		t.Fatalf("after a reset: %+v", e)
	}
}

func TestBackgroundFillsTheRestOfTheRow(t *testing.T) {
	t.Parallel()
	rows := parseScreen("\x1b[48;5;24mx", 5, 1)
	if got := rows[0][4].st.bg; got != "#005f87" {
		t.Fatalf("last column's background %q, want #005f87", got)
	}
}

func TestWideCharactersTakeTwoColumns(t *testing.T) {
	t.Parallel()
	rows := parseScreen("日x", 4, 1)
	if rows[0][0].r != "日" || !rows[0][1].skip || rows[0][2].r != "x" {
		t.Fatalf("row %+v", rows[0])
	}
}

func TestPalette(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{16: "#000000", 24: "#005f87", 212: "#ff87d7", 231: "#ffffff", 232: "#080808", 255: "#eeeeee"} {
		if got := palette(n); got != want {
			t.Errorf("palette(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestSVGEscapesTextAndDrawsRulesAndBackgrounds(t *testing.T) {
	t.Parallel()
	svg := renderSVG(parseScreen("a<b & c>\x1b[7m│rev\x1b[0m", 20, 1))
	for _, want := range []string{
		"a&lt;b &amp; c&gt;",                      // text escaped, one span for the phrase
		`fill="#1c1c1c">rev</text>`,               // reverse video: the default background as text colour
		`width="1.2" height="18" fill="#1c1c1c"`,  // the rule drawn as a bar, in reverse's colour
		`width="33.6" height="18" fill="#d0d0d0"`, // reverse's background: 4 columns
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %s:\n%s", want, svg)
		}
	}
	if strings.Contains(svg, "│") {
		t.Error("the rule is drawn as text too")
	}
}

func TestSGRTurnsEachAttributeOnAndOff(t *testing.T) {
	on := applySGR(style{}, "1;2;3;4;7;9")
	if !on.bold || !on.faint || !on.italic || !on.underline || !on.reverse || !on.strike {
		t.Fatalf("on: %+v", on)
	}
	if got := applySGR(on, "22;23;24;27;29"); got != (style{}) {
		t.Fatalf("off: %+v", got)
	}
	if got := applySGR(on, "25;21"); got != on {
		t.Fatalf("codes with no attribute here changed %+v to %+v", on, got)
	}
}

func TestSGRBasicColours(t *testing.T) {
	st := applySGR(style{}, "31;102")
	if st.fg != palette(1) || st.bg != palette(10) {
		t.Fatalf("31;102: %+v", st)
	}
	if st = applySGR(st, "39;49"); st.fg != "" || st.bg != "" {
		t.Fatalf("39;49 kept colours: %+v", st)
	}
}
