package journeys

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/ptyharness"
)

// runOnPTY starts agentdeck (the test build) on a pseudo-terminal that
// never answers a query, with a fresh home and the given environment.
func runOnPTY(t *testing.T, bin string, env []string, args ...string) (*ptyharness.Terminal, string) {
	t.Helper()
	home := t.TempDir()
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = append([]string{"AGENTDECK_HOME=" + home, "HOME=" + home, "PATH=" + os.Getenv("PATH")}, env...)
	return ptyharness.Start(t, cmd, 100, 30), home
}

var (
	sgrSequence = regexp.MustCompile(`\x1b\[[0-9;:]*m`)
	// colourParam finds a colour in an SGR sequence: 30–37, 40–47, 90–97,
	// 100–107, or 38/48 with 256-colour (5) or true-colour (2) values.
	colourParam = regexp.MustCompile(`(^|;)(3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;5;\d+|[34]8;2;\d+;\d+;\d+)(;|$)`)
)

// colours lists the distinct colour settings in out's SGR sequences.
func colours(out string) []string {
	seen := map[string]bool{}
	for _, seq := range sgrSequence.FindAllString(out, -1) {
		params := strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b["), "m")
		for _, m := range colourParam.FindAllStringSubmatch(params, -1) {
			seen[m[2]] = true
		}
	}
	list := make([]string, 0, len(seen))
	for c := range seen {
		list = append(list, c)
	}
	sort.Strings(list)
	return list
}

// testEveryKindOfTerminalGetsAUsableScreen runs agentdeck on terminals of
// each kind people reach it with over plain SSH. The pty never answers the
// background-colour question, so each case also shows there is no hang.
func testEveryKindOfTerminalGetsAUsableScreen(t *testing.T, bin string) {
	tests := []struct {
		name  string
		env   []string
		check func(t *testing.T, colours []string)
	}{
		{"xterm-256color uses at most 256 colours", []string{"TERM=xterm-256color"}, func(t *testing.T, cs []string) {
			if len(cs) == 0 || anyHas(cs, "8;2;") {
				t.Errorf("colours %v: want some, none of them true colour", cs)
			}
		}},
		{"xterm uses only the 16 basic colours", []string{"TERM=xterm"}, func(t *testing.T, cs []string) {
			if len(cs) == 0 || anyHas(cs, "8;2;") || anyHas(cs, "8;5;") {
				t.Errorf("colours %v: want only the 16 basic ones", cs)
			}
		}},
		{"screen uses at most 256 colours", []string{"TERM=screen"}, func(t *testing.T, cs []string) {
			if len(cs) == 0 || anyHas(cs, "8;2;") {
				t.Errorf("colours %v: want some, none of them true colour", cs)
			}
		}},
		{"tmux uses at most 256 colours", []string{"TERM=tmux-256color"}, func(t *testing.T, cs []string) {
			if len(cs) == 0 || anyHas(cs, "8;2;") {
				t.Errorf("colours %v: want some, none of them true colour", cs)
			}
		}},
		{"NO_COLOR has no colours at all", []string{"TERM=xterm-256color", "COLORTERM=truecolor", "NO_COLOR=1"}, func(t *testing.T, cs []string) {
			if len(cs) != 0 {
				t.Errorf("colours %v: want none", cs)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term, _ := runOnPTY(t, bin, tt.env)
			term.Out.WaitFor(t, "No drafts yet", "n new draft")
			term.Send(t, "n")
			term.Out.WaitFor(t, "Pick a template")
			tt.check(t, colours(term.Out.String()))
			term.Send(t, "\x03")
			if code := term.Wait(t); code != 0 {
				t.Errorf("exit code %d", code)
			}
		})
	}
}

func anyHas(list []string, part string) bool {
	for _, s := range list {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// testDumbTerminalGetsTheAccessibleUIWithNoEscapes: TERM=dumb switches to
// the line-by-line accessible mode by itself.
func testDumbTerminalGetsTheAccessibleUIWithNoEscapes(t *testing.T, bin string) {
	term, _ := runOnPTY(t, bin, []string{"TERM=dumb"})
	term.Out.WaitFor(t, "accessible mode")
	term.Out.WaitFor(t, "Make a new draft")
	if out := term.Out.String(); strings.Contains(out, "\x1b") {
		t.Errorf("a dumb terminal was sent escape sequences: %q", out)
	}
}

// testThemeWhenTheTerminalNeverAnswers: a terminal that never says its
// background gets the dark palette, the same as --theme dark; --theme
// light and the settings file's theme change it.
func testThemeWhenTheTerminalNeverAnswers(t *testing.T, bin string) {
	palette := func(t *testing.T, settings string, args ...string) string {
		t.Helper()
		home := t.TempDir()
		if settings != "" {
			if err := os.WriteFile(filepath.Join(home, "settings.yaml"), []byte(settings), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.CommandContext(t.Context(), bin, args...)
		cmd.Env = []string{"AGENTDECK_HOME=" + home, "TERM=xterm-256color", "COLORTERM=truecolor"}
		term := ptyharness.Start(t, cmd, 100, 30)
		term.Out.WaitFor(t, "No drafts yet", "n new draft")
		term.Send(t, "n")
		term.Out.WaitFor(t, "Pick a template")
		return strings.Join(colours(term.Out.String()), " ")
	}
	unanswered := palette(t, "")
	dark := palette(t, "", "--theme", "dark")
	light := palette(t, "", "--theme", "light")
	fromSettings := palette(t, "ui:\n  theme: light\n")
	if unanswered != dark {
		t.Errorf("with no answer the colours are\n%s\nwant the dark ones\n%s", unanswered, dark)
	}
	if light == dark {
		t.Error("--theme light draws the same colours as dark")
	}
	if fromSettings != light {
		t.Errorf("theme: light in the settings gives\n%s\nwant\n%s", fromSettings, light)
	}
}
