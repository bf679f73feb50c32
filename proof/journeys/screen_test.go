package journeys

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

// gnuScreen is a program running in a detached GNU screen session with a
// socket folder of the test's own.
type gnuScreen struct {
	t    *testing.T
	dir  string
	name string
}

func startGNUScreen(t *testing.T, env []string, args ...string) *gnuScreen {
	t.Helper()
	s := &gnuScreen{t: t, dir: t.TempDir(), name: "agentdeck"}
	if err := os.Chmod(s.dir, 0o700); err != nil { //nolint:gosec // G302: a folder; screen insists on 0700
		t.Fatal(err)
	}
	rc := filepath.Join(s.dir, "screenrc")
	if err := os.WriteFile(rc, []byte("startup_message off\ndefutf8 on\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.run(append([]string{"-c", rc, "-U", "-dmS", s.name, "env"}, append(env, args...)...)...)
	t.Cleanup(func() { _ = s.command("-S", s.name, "-X", "quit").Run() })
	return s
}

func (s *gnuScreen) command(args ...string) *exec.Cmd {
	cmd := exec.CommandContext(context.Background(), "screen", args...) // also run from Cleanup, after the test's context ended
	cmd.Env = append(os.Environ(), "SCREENDIR="+s.dir)
	return cmd
}

func (s *gnuScreen) run(args ...string) {
	s.t.Helper()
	if out, err := s.command(args...).CombinedOutput(); err != nil {
		s.t.Fatalf("screen %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// send types text into the window.
func (s *gnuScreen) send(text string) { s.run("-S", s.name, "-X", "stuff", text) }

// waitFor polls screen's hardcopy of the window until it shows every one
// of want. screen offers no event to wait on; the limit is a fail-safe.
func (s *gnuScreen) waitFor(want ...string) string {
	s.t.Helper()
	copyFile := filepath.Join(s.dir, "hardcopy")
	return pollFor(s.t, "the window", func() string {
		if err := s.command("-S", s.name, "-X", "hardcopy", copyFile).Run(); err != nil {
			return ""
		}
		data, _ := os.ReadFile(copyFile)
		return string(data)
	}, want...)
}

// testRunsInsideGNUScreen runs agentdeck inside GNU screen (TERM=screen, as
// screen sets it) and makes a draft.
func testRunsInsideGNUScreen(t *testing.T, bin string) {
	needTools(t, "screen")
	home := t.TempDir()
	s := startGNUScreen(t, []string{"AGENTDECK_HOME=" + home}, bin)
	s.waitFor("No drafts yet", "ctrl+c quit")
	s.send("n")
	s.waitFor("Pick a template")
	s.send("\r")
	s.waitFor("Pick a provider")
	s.send("\r")
	s.waitFor("Name your draft")
	s.send("Front desk\r")
	s.waitFor("Front desk", "Basics", "Press enter to edit this section.")
	if got := joined(clitest.DraftFiles(t, filepath.Join(home, "drafts"))); !strings.Contains(got, "name: Front desk") {
		t.Fatalf("the drafts folder holds:\n%s", got)
	}
}
