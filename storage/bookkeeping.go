package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// A drafts folder can be a git repository a team shares, so a draft file
// holds only what the team shares: the settings, the remote links, when it
// was made. What changes on every save on one machine — the revision that
// refuses a stale save, the time of the last edit — lives in a small local
// file per draft under .agentdeck/ (which init-repo's .gitignore leaves out
// of git): two people who change different settings then touch different
// lines, and git merges them without a conflict.
//
// The local file also keeps a hash of the draft file as this machine last
// wrote it. A draft file that no longer matches was changed outside
// agentdeck's saves (a git pull, a text editor): it counts as one revision
// newer, so a save started from the version before the change is refused
// exactly as a save racing another agentdeck is (issue 13).
const (
	localDir     = ".agentdeck"
	revisionsDir = "revisions"
)

// bookkeeping is a draft's local record.
type bookkeeping struct {
	rev     int
	hash    string // fileHash of the draft file as last written or seen
	updated time.Time
}

func fileHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

func (s *Store) bookkeepingPath(id string) string {
	return filepath.Join(s.dir, localDir, revisionsDir, id)
}

// readBookkeeping reads a draft's local record; ok is false when there is
// none that can be read.
func (s *Store) readBookkeeping(id string) (b bookkeeping, ok bool) {
	raw, err := os.ReadFile(s.bookkeepingPath(id))
	if err != nil || len(raw) > 256 {
		return bookkeeping{}, false
	}
	f := strings.Fields(string(raw))
	if len(f) != 3 {
		return bookkeeping{}, false
	}
	rev, err := strconv.Atoi(f[0])
	if err != nil || rev < 0 {
		return bookkeeping{}, false
	}
	updated, err := time.Parse(time.RFC3339Nano, f[2])
	if err != nil {
		return bookkeeping{}, false
	}
	return bookkeeping{rev: rev, hash: f[1], updated: updated}, true
}

// writeBookkeeping records b. It is a local cache of what this machine
// knows, so it is not synced to disk: lost in a crash, the next read takes
// the draft file as changed elsewhere, which at worst asks an open editor
// to reload.
func (s *Store) writeBookkeeping(id string, b bookkeeping) error {
	path := s.bookkeepingPath(id)
	if err := os.MkdirAll(filepath.Dir(path), dirPerm); err != nil {
		return err
	}
	line := fmt.Sprintf("%d %s %s\n", b.rev, b.hash, b.updated.UTC().Format(time.RFC3339Nano))
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(line), filePerm); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// keepBooks sets d's Revision and Updated for the draft file data, as this
// machine's record says, recording a file changed outside agentdeck's
// saves as one revision newer (timed by the file's modification time). A
// draft file of an older agentdeck carries its revision and time in
// itself; they are the start of the record. Without record, a draft with
// no record yet is not given one: what a read finds is the same until
// someone reads the draft to save it, which records it.
func (s *Store) keepBooks(id string, data []byte, d *agent.Draft, modTime func() time.Time, record bool) {
	h := fileHash(data)
	b, ok := s.readBookkeeping(id)
	switch {
	case ok && b.hash == h:
		d.Revision, d.Updated = b.rev, b.updated
		return
	case ok:
		b = bookkeeping{rev: b.rev + 1, hash: h, updated: modTime()}
	default:
		b = bookkeeping{rev: max(d.Revision, 1), hash: h, updated: d.Updated}
		if b.updated.IsZero() {
			b.updated = modTime()
		}
	}
	d.Revision, d.Updated = b.rev, b.updated
	if !ok && !record {
		return
	}
	// The file may have changed again while this read; the record is
	// written only when it still describes what is on disk.
	if now, err := os.ReadFile(s.path(id)); err == nil && fileHash(now) == h {
		_ = s.writeBookkeeping(id, b)
	}
}

// fileModTime is a modification-time reader for keepBooks.
func fileModTime(path string) func() time.Time {
	return func() time.Time {
		if info, err := os.Stat(path); err == nil {
			return info.ModTime().UTC().Truncate(time.Second)
		}
		return time.Time{}
	}
}
