package cli

import "testing"

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
