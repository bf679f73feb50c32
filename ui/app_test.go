package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

func TestAppReflowsOnResize(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.seed("Front desk", "nova", "receptionist")
	h.start(80, 24)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {100, 30}} {
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(h.app.View().Content, "\n")
		if len(lines) != size[1] {
			t.Errorf("at %dx%d the view has %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("at %dx%d line %d is %d cells wide", size[0], size[1], i, w)
			}
		}
	}
}

func TestAppEveryScreenFitsAt80x24(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "dasha", "support", nil)
	k := h.keys()
	check := func(where string) {
		t.Helper()
		lines := strings.Split(h.app.View().Content, "\n")
		if len(lines) != 24 {
			t.Errorf("%s: %d lines", where, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("%s: line %d is %d cells wide: %q", where, i, w, ansi.Strip(l))
			}
		}
	}
	check("editor sidebar")
	for range 12 {
		h.press(k.Editor.Open)
		check("editor form " + h.editor().formFor)
		h.press(k.Global.Back)
		h.press(k.Editor.Down)
		check("editor sidebar")
	}
	h.press(k.Global.Back)
	h.press(k.Drafts.Settings)
	check("settings")
	h.press(k.Settings.Edit)
	check("settings form")
}

func TestAppRedrawKeyClearsTheScreen(t *testing.T) {
	t.Parallel()
	h := newHarness(t).start(80, 24)
	_, cmd := h.app.Update(keyPress(h.keys().Global.Redraw.Keys()[0]))
	if cmd == nil || !strings.Contains(funcName(cmd), "ClearScreen") {
		t.Fatalf("ctrl+l gave %v", cmd)
	}
}

func TestAppHelpShowsOnlyKeysThatWork(t *testing.T) {
	t.Parallel()
	h := newHarness(t).start(80, 24)
	footer := lastLine(h.view())
	if strings.Contains(footer, "open") || strings.Contains(footer, "filter") {
		t.Fatalf("with no drafts the footer offers %q", footer)
	}
	h.press(h.keys().Global.Help)
	h.requireView("All keys on this screen", "new draft", "redraw screen", "close help")
	h.press(h.keys().Global.Back)
	h.requireView("No drafts yet")

	h.seed("One", "nova", "blank")
	h.press(h.keys().Drafts.Reload)
	if footer := lastLine(h.view()); !strings.Contains(footer, "enter open") || !strings.Contains(footer, "/ filter") {
		t.Fatalf("with a draft the footer is %q", footer)
	}
}

func TestAppQuestionMarkInATextFieldIsText(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "nova", "blank", nil)
	h.editField(agent.SectionBasics, "identity.name")
	h.typeText("?")
	if h.app.fullHelp {
		t.Fatal("? opened help inside a text field")
	}
	if !strings.Contains(lastLine(h.view()), "f1 help") {
		t.Fatalf("the footer does not offer f1 for help: %q", lastLine(h.view()))
	}
	h.press(h.keys().Global.HelpAnywhere)
	if !h.app.fullHelp {
		t.Fatal("f1 did not open help")
	}
}

func TestAppThemeFollowsTheTerminalUnlessForced(t *testing.T) {
	t.Parallel()
	light := tea.BackgroundColorMsg{Color: color.White}
	cases := map[string]struct {
		forced   string
		wantDark bool
	}{
		"detected":     {"", false},
		"forced dark":  {"dark", true},
		"forced light": {"light", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(_ *harness, d *Deps) { d.Theme = c.forced })
			if c.forced == "" && !h.app.sh.theme.Dark {
				t.Fatal("before the terminal answers the theme is not dark")
			}
			h.start(80, 24)
			h.send(light)
			if h.app.sh.theme.Dark != c.wantDark {
				t.Fatalf("dark = %v", h.app.sh.theme.Dark)
			}
		})
	}
}

func TestAppSameSizeResizeChangesNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t).start(80, 24)
	_, cmd := h.app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd != nil {
		t.Fatal("a same-size resize did work")
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// huh fields keep the first theme they get; a form opened before the
// terminal answered must still turn light when it says light.
func TestAppOpenFormFollowsALateBackgroundAnswer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(_ *harness, d *Deps) { d.Theme = "" })
	h.start(80, 24)
	h.press(h.keys().Drafts.New)
	dark := h.app.View().Content
	h.send(tea.BackgroundColorMsg{Color: color.White})
	light := h.app.View().Content
	if !strings.Contains(dark, "38;5;117") || !strings.Contains(light, "38;5;25") || strings.Contains(light, "38;5;117") {
		t.Fatal("the open form did not switch to the light palette")
	}
}
