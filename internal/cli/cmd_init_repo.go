package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/spf13/cobra"
)

var initRepoDoc = commandDoc{
	use:   "init-repo",
	short: "Make the drafts folder a git repository a team can share",
	long: "Write a .gitignore in the drafts folder that keeps this machine's own files out of git\n" +
		"(local revisions and edit times, the list's index, locks, any credentials file), and run\n" +
		"`git init` there when git is installed and the folder is not a repository yet. Prints the\n" +
		"drafts folder. Then commit the drafts and push them where your team can clone them.",
}

func newInitRepoCommand(a *app) *cobra.Command {
	return initRepoDoc.build(noArgs, func(cmd *cobra.Command, _ []string) error { return a.initRepo(cmd) })
}

func (a *app) initRepo(cmd *cobra.Command) error {
	store, err := a.Store()
	if err != nil {
		return err
	}
	dir := store.Dir()
	changed, err := store.WriteGitignore()
	if err != nil {
		return fail("Could not write the .gitignore of the drafts folder.", err)
	}
	if changed {
		a.noteln("Wrote .gitignore: it keeps credentials, caches, locks and local bookkeeping out of git.")
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
		a.noteln("The drafts folder is a git repository already.")
	} else if errors.Is(err, fs.ErrNotExist) {
		gitPath, err := exec.LookPath("git")
		if err != nil {
			a.notef("git is not installed, so the folder was not made a repository; install git, then run `git init` in it.\n")
		} else {
			git := exec.CommandContext(cmd.Context(), gitPath, "init", "-q", dir) //nolint:gosec // G204: git from PATH, the folder is ours
			if out, err := git.CombinedOutput(); err != nil {
				return fail("git could not make the drafts folder a repository.", fmt.Errorf("%w: %s", err, out))
			}
			a.noteln("Made the drafts folder a git repository. Commit the drafts and push them where your team can clone them.")
		}
	}
	_, err = fmt.Fprintln(a.stdout, dir)
	return err
}
