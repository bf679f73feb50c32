package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Files changed under the open terminal UI (a git pull: a draft added, one
// left with a merge conflict) show in the drafts list without a key being
// pressed, the conflicted one as such, never skipped.
func TestTUIListShowsWhatAGitPullChanged(t *testing.T) {
	t.Parallel()
	c, _ := novaCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	j := startTUI(t, c)
	j.waitFor("Front desk")
	j.settle() // the first listing is done: what follows is a change under it
	c.mustRun("new", "Pulled desk", "--provider", "nova")
	path := filepath.Join(c.store().Dir(), id+".yaml")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	conflicted := strings.Replace(string(raw), "name: Front desk\n", "<<<<<<< HEAD\nname: Front desk\n=======\nname: Back desk\n>>>>>>> origin/main\n", 1)
	if err := os.WriteFile(path, []byte(conflicted), 0o600); err != nil {
		t.Fatal(err)
	}
	j.waitFor("Pulled desk", "merge conflict")
}
