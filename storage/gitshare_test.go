package storage

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Saving a draft nothing changed in leaves its file byte for byte as it
// was, however often: nothing in the file moves on a save.
func TestSavingAnUnchangedDraftKeepsTheFile(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	before, err := os.ReadFile(s.path(d.ID))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		d, err = s.Load(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		rev := d.Revision
		mustSave(t, s, &d)
		if d.Revision != rev+1 {
			t.Errorf("revision %d after a save from %d", d.Revision, rev)
		}
	}
	after, _ := os.ReadFile(s.path(d.ID))
	if !bytes.Equal(before, after) {
		t.Errorf("the file changed:\n%s\n---\n%s", before, after)
	}
}

// A file changed under agentdeck (a git pull, a text editor) counts as a
// newer revision: a save started before the change is refused instead of
// overwriting it, and one started after it goes through.
func TestAFileChangedOutsideRefusesAStaleSave(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	pulled := rewrite(t, s.path(d.ID), "name: Front desk", "name: Front desk (pulled)")
	stale := d
	stale.Agent.LLM.Prompt = "mine"
	var ce *ConflictError
	if err := s.Save(&stale); !errors.As(err, &ce) {
		t.Fatalf("a save from before the change: %v, want a conflict", err)
	}
	if got, _ := os.ReadFile(s.path(d.ID)); string(got) != pulled {
		t.Fatal("the changed file was overwritten")
	}
	fresh, err := s.Load(d.ID)
	if err != nil || fresh.Name != "Front desk (pulled)" || fresh.Revision != d.Revision+1 {
		t.Fatalf("load after the change: %+v, %v", fresh.Revision, err)
	}
	// Reading it again does not move it on again.
	if again, _ := s.Load(d.ID); again.Revision != fresh.Revision {
		t.Errorf("revision %d, then %d", fresh.Revision, again.Revision)
	}
	mustSave(t, s, &fresh)
}

// A draft file of the earlier format (revision and time inside it) reads,
// its revision the start of the count; its next save leaves them out.
func TestAnOlderFileKeepsItsRevision(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	rewrite(t, s.path(d.ID), "agent:\n", "updated: 2026-02-01T10:00:00Z\nrevision: 7\nagent:\n")
	if err := os.RemoveAll(filepath.Join(s.dir, localDir)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(d.ID)
	if err != nil || got.Revision != 7 || got.Updated.Format("2006-01-02") != "2026-02-01" {
		t.Fatalf("revision %d, updated %v, err %v", got.Revision, got.Updated, err)
	}
	mustSave(t, s, &got)
	if now, _ := os.ReadFile(s.path(d.ID)); strings.Contains(string(now), "revision:") || got.Revision != 8 {
		t.Errorf("revision %d after the save; file:\n%s", got.Revision, now)
	}
}

// A draft file with git's conflict marks is reported as a merge conflict,
// the file named, by Load and by the list; never as a draft skipped.
func TestAMergeConflictIsNamed(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	rewrite(t, s.path(d.ID), "name: Front desk\n", "<<<<<<< HEAD\nname: Front desk\n=======\nname: Back desk\n>>>>>>> theirs\n")
	_, err := s.Load(d.ID)
	if !errors.Is(err, ErrMergeConflict) || !strings.Contains(err.Error(), s.path(d.ID)+" has a merge conflict") {
		t.Errorf("load: %v", err)
	}
	entries, err := s.List()
	if err != nil || len(entries) != 1 || !strings.Contains(entries[0].Damaged, "has a merge conflict") {
		t.Errorf("list: %+v, %v", entries, err)
	}
	// One of the marks alone, in a prompt, is text.
	d2 := newDraft("Notes", "nova")
	d2.Agent.LLM.Prompt = "Say this:\n=======\nthen stop."
	mustSave(t, s, &d2)
	if _, err := s.Load(d2.ID); err != nil {
		t.Errorf("a prompt with a line of = signs: %v", err)
	}
}

// Two people clone one drafts repository and change different settings of
// the same draft, each saving through agentdeck; git merges the two without
// a conflict, and the merged file holds both changes.
func TestTwoClonesEditingDifferentSettingsMergeCleanly(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := t.TempDir()
	git := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), "git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	aDir := filepath.Join(root, "a")
	a, err := Open(aDir)
	if err != nil {
		t.Fatal(err)
	}
	d := newDraft("Front desk", "nova")
	mustSave(t, a, &d)
	if _, err := a.WriteGitignore(); err != nil {
		t.Fatal(err)
	}
	git(aDir, "init", "-q")
	git(aDir, "add", ".")
	git(aDir, "commit", "-qm", "first")
	bDir := filepath.Join(root, "b")
	git(root, "clone", "-q", aDir, bDir)
	b, err := Open(bDir)
	if err != nil {
		t.Fatal(err)
	}
	// One saves twice, the other three times: a revision counter in the
	// file would differ on the two sides and conflict.
	edit := func(s *Store, saves int, change func(*agent.Draft)) {
		t.Helper()
		for range saves {
			x, err := s.Load(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			change(&x)
			mustSave(t, s, &x)
		}
	}
	edit(a, 2, func(x *agent.Draft) { x.Agent.Goodbye.Message = "Thanks, goodbye!" })
	edit(b, 3, func(x *agent.Draft) { x.Agent.LLM.Prompt += "\nAlways ask for the caller's name." })
	git(aDir, "commit", "-qam", "speed")
	git(bDir, "commit", "-qam", "prompt")
	git(bDir, "pull", "-q", "--no-rebase", "--no-edit", "origin", "HEAD")
	if status := git(bDir, "status", "--porcelain"); strings.TrimSpace(status) != "" {
		t.Errorf("the clone is not clean after the merge (local files not ignored?):\n%s", status)
	}
	merged, err := b.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if merged.Agent.Goodbye.Message != "Thanks, goodbye!" || !strings.Contains(merged.Agent.LLM.Prompt, "caller's name") {
		t.Errorf("the merge lost a change: goodbye %q, prompt %q", merged.Agent.Goodbye.Message, merged.Agent.LLM.Prompt)
	}
	mustSave(t, b, &merged) // the merged file reads as newer, and saves
}

// rewrite replaces the first old in the file at path with replacement, as a text
// editor or git would, and returns the new text.
func rewrite(t *testing.T, path, old, replacement string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(raw), old, replacement, 1)
	if text == string(raw) {
		t.Fatalf("%q is not in %s", old, path)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return text
}

// Looking at drafts fresh from a clone (the list, plan's Peek) writes
// nothing; reading one to change it records it, so a later change under it
// is noticed.
func TestLookingAtDraftsWritesNoRecords(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	records := filepath.Join(s.dir, localDir)
	if err := os.RemoveAll(records); err != nil {
		t.Fatal(err)
	}
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Peek(d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(records); !os.IsNotExist(err) {
		t.Fatalf("a look wrote local records: %v", err)
	}
	if _, err := s.Load(d.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.readBookkeeping(d.ID); !ok {
		t.Error("loading the draft to change it did not record it")
	}
}
