package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exitCase is a run of agentdeck in a fresh home and how it must end: the
// exit code, and words its stderr holds ("" for any).
type exitCase struct {
	name string
	args []string
	want int
	say  string
}

// checkExits runs each case. Beyond its own words, a run that fails
// prints nothing on stdout, and a usage error points at --help.
func checkExits(t *testing.T, cases []exitCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := newCLI(t).run(tt.args...)
			if code != tt.want || !strings.Contains(stderr, tt.say) || (code != exitOK && stdout != "") {
				t.Errorf("agentdeck %s: exit %d, want %d and …%s…; stdout %q, stderr:\n%s", strings.Join(tt.args, " "), code, tt.want, tt.say, stdout, stderr)
			}
			if tt.want == exitUsage && !strings.Contains(stderr, "--help' to see how to use it") {
				t.Errorf("a usage error does not point at --help:\n%s", stderr)
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	checkExits(t, []exitCase{
		{"no command and no terminal", nil, exitUsage, ""},
		{"unknown theme", []string{"--theme", "blue"}, exitUsage, ""},
		{"help", []string{"--help"}, exitOK, ""},
		{"help command", []string{"help", "new"}, exitOK, ""},
		{"version", []string{"--version"}, exitOK, ""},
		{"list", []string{"list"}, exitOK, ""},
		{"list as JSON", []string{"list", "--json"}, exitOK, ""},
		{"new", []string{"new", "Front desk", "--provider", "nova"}, exitOK, ""},
		{"new from a template", []string{"new", "Reminder", "--provider", "dasha", "--template", "reminder"}, exitOK, ""},
		{"unknown command", []string{"nosuch"}, exitUsage, ""},
		{"help on an unknown command", []string{"help", "nosuch"}, exitUsage, ""},
		{"unknown flag", []string{"--nosuch"}, exitUsage, ""},
		{"unknown flag of a command", []string{"list", "--yaml"}, exitUsage, ""},
		{"flag without its value", []string{"new", "x", "--provider"}, exitUsage, ""},
		{"argument where none belongs", []string{"list", "extra"}, exitUsage, ""},
		{"new without a name", []string{"new", "--provider", "nova"}, exitUsage, ""},
		{"new with an empty name", []string{"new", " ", "--provider", "nova"}, exitUsage, ""},
		{"new with two names", []string{"new", "Front", "desk", "--provider", "nova"}, exitUsage, ""},
		{"new without a provider", []string{"new", "Front desk"}, exitUsage, ""},
		{"new with an unknown provider", []string{"new", "Front desk", "--provider", "vapi"}, exitUsage, ""},
		{"new with an unknown template", []string{"new", "Front desk", "--provider", "nova", "--template", "sales"}, exitUsage, ""},
	})
}

func TestFailuresExitOne(t *testing.T) {
	t.Parallel()
	notAFolder := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notAFolder, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		first string // the plain sentence stderr starts with
	}{
		{"home is a file", map[string]string{"AGENTDECK_HOME": notAFolder}, []string{"list"}, "agentdeck: Could not open the drafts folder.\n"},
		{"no home at all", map[string]string{}, []string{"new", "x", "--provider", "nova"}, "agentdeck: Could not find the drafts folder.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := &cli{t: t, env: tt.env}
			code, stdout, stderr := c.run(tt.args...)
			if code != exitFailure || stdout != "" || !strings.HasPrefix(stderr, tt.first) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing, %q then detail", code, stdout, stderr, tt.first)
			}
			if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) < 2 {
				t.Errorf("stderr has no detail after the sentence: %q", stderr)
			}
		})
	}
}

func TestHelpAndVersionNeedNoHome(t *testing.T) {
	t.Parallel()
	c := &cli{t: t, env: map[string]string{}}
	for _, args := range [][]string{{"--help"}, {"--version"}, {"new", "--help"}} {
		if code, _, stderr := c.run(args...); code != exitOK {
			t.Errorf("%v exited %d without a home folder: %s", args, code, stderr)
		}
	}
}

// Without a terminal to draw in, agentdeck says what works instead of
// failing to open one.
func TestNoCommandWithoutATerminalSaysWhatWorks(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := newCLI(t).run()
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "--accessible") || !strings.Contains(stderr, "agentdeck list") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	code, stdout, _ := newCLI(t).run("--version")
	if code != exitOK || stdout != "agentdeck dev\n" {
		t.Errorf("exit %d, output %q", code, stdout)
	}
}
