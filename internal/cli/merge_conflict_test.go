package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Merge conflicts git leaves in draft files, as the commands and the
// terminal UI meet them.

// A draft file git left with a merge conflict is named as such, with its
// file, by list, validate, push, plan and apply; never skipped in silence.
func TestMergeConflictIsNamedEverywhere(t *testing.T) {
	t.Parallel()
	c, _ := novaCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	leaveConflict(t, c, id)
	for _, args := range [][]string{{"list"}, {"validate", id}, {"push", id}, {"plan", "--all"}, {"apply", "--all", "--yes"}} {
		_, stdout, stderr := c.run(args...)
		if out := stdout + stderr; !strings.Contains(out, "has a merge conflict") || !strings.Contains(out, id) {
			t.Errorf("%v does not name the merge conflict:\n%s", args, out)
		}
	}
}

// Files changed under the open terminal UI (a git pull: a draft added, one
// left with a merge conflict, written in place) show in the drafts list
// without a key being pressed, the conflicted one as such, never skipped.
func TestTUIListShowsWhatAGitPullChanged(t *testing.T) {
	t.Parallel()
	c, _ := novaCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	j := startTUI(t, c)
	j.waitFor("Front desk")
	j.settle() // the first listing is done: what follows is a change under it
	c.mustRun("new", "Pulled desk", "--provider", "nova")
	leaveConflict(t, c, id)
	j.waitFor("Pulled desk", "merge conflict")
}

// leaveConflict rewrites draft id's file as git leaves a file whose merge
// met two changes to the same line.
func leaveConflict(t *testing.T, c *cli, id string) {
	t.Helper()
	path := filepath.Join(c.store().Dir(), id+".yaml")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	conflicted := strings.Replace(string(raw), "name: Front desk\n", "<<<<<<< HEAD\nname: Front desk\n=======\nname: Back desk\n>>>>>>> origin/main\n", 1)
	if conflicted == string(raw) {
		t.Fatalf("no name line to conflict on in:\n%s", raw)
	}
	if err := os.WriteFile(path, []byte(conflicted), 0o600); err != nil {
		t.Fatal(err)
	}
}
