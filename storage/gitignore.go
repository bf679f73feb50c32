package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// gitignoreLines keep out of a shared drafts repository what is this
// machine's alone: the local bookkeeping (revisions, edit times), the list's
// index, the folder and push locks, temp files of writes in progress, and
// any credentials or settings file someone copies in by mistake. Keys live
// in the credentials file outside the drafts folder; these lines are the
// second guard.
var gitignoreLines = []string{
	"# agentdeck: this machine's own files, never shared",
	localDir + "/",
	indexFile,
	".index.json",
	".lock",
	".*.push.lock",
	".*.tmp",
	"credentials.yaml",
	"settings.yaml",
	"*.key",
	".env",
}

// WriteGitignore makes the drafts folder's .gitignore hold gitignoreLines,
// keeping what it already has; it reports whether it changed the file.
func (s *Store) WriteGitignore() (bool, error) {
	path := filepath.Join(s.dir, ".gitignore")
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(old), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	text := string(old)
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	added := false
	for _, l := range gitignoreLines {
		if !have[l] {
			text += l + "\n"
			added = true
		}
	}
	if !added {
		return false, nil
	}
	return true, writeFileAtomic(path, []byte(text))
}

// FolderStamp changes when a draft file is added to the drafts folder,
// removed from it, replaced or written in place (a save elsewhere, a git
// pull or checkout, a text editor), so a screen can notice that the folder
// changed under it and list it again only then. It reads the folder and
// each file's size and time, as List does, and parses nothing.
func (s *Store) FolderStamp() (string, error) {
	files, _, err := scanDrafts(s.dir)
	if err != nil {
		return "", err
	}
	var sum, xor uint64
	for _, f := range files {
		v := uint64(f.mod)*31 + uint64(f.size) //nolint:gosec // G115: a checksum; wrapping is fine
		sum += v
		xor ^= v ^ uint64(len(f.name))<<32
	}
	return fmt.Sprintf("%d %x %x", len(files), sum, xor), nil
}
