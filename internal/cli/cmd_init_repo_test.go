package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// init-repo writes the .gitignore (local bookkeeping, index, locks and
// credentials left out) and makes the folder a repository, once.
func TestInitRepo(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.mustRun("new", "Front desk", "--provider", "nova")
	dir := c.mustRun("init-repo")
	ignore, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".agentdeck/", ".index", "credentials.yaml", ".lock"} {
		if !strings.Contains(string(ignore), want+"\n") {
			t.Errorf(".gitignore lacks %s:\n%s", want, ignore)
		}
	}
	if _, err := exec.LookPath("git"); err != nil {
		return
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		t.Fatalf("no repository: %v", err)
	}
	code, _, stderr := c.run("init-repo")
	if code != exitOK || !strings.Contains(stderr, "a git repository already") || strings.Contains(stderr, "Wrote .gitignore") {
		t.Errorf("second run: exit %d:\n%s", code, stderr)
	}
	status := exec.CommandContext(t.Context(), "git", "-C", dir, "status", "--porcelain", "--ignored")
	out, err := status.CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "!! .agentdeck/") || !strings.Contains(string(out), "?? ") {
		t.Errorf("git status:\n%s", out)
	}
}
