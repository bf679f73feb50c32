package storage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// indexFile caches, per draft file, what List shows, so that starting up
// with thousands of drafts reads one small file instead of every draft. It
// is only a cache: a missing or damaged one is rebuilt from the drafts.
const indexFile = ".index.json"

// indexVersion changes whenever the index's shape or meaning does; an index
// of another version is rebuilt. Version 4: a draft pulled and never pushed
// is "pulled", no longer "pushed".
const indexVersion = 4

// racyWindow covers file systems whose modification times are coarse (FAT
// keeps two seconds). A file changed this close to the moment the index was
// written might change again without its size or time changing, so such an
// entry is read again rather than trusted.
const racyWindow = 2 * time.Second

type index struct {
	Version int                   `json:"version"`
	Files   map[string]indexEntry `json:"files"` // by file name
	// written is the index file's own modification time: the file system's
	// clock, the same one that stamps the drafts, whatever this machine's
	// clock says. Zero when unknown, which makes every entry untrusted.
	written time.Time
}

// indexEntry is what List knows of one file, and the size and modification
// time it knew it at.
type indexEntry struct {
	Size     int64  `json:"size"`
	ModTime  int64  `json:"mtime"` // Unix nanoseconds
	ID       string `json:"id"`
	Name     string `json:"name,omitempty"`
	Provider string `json:"provider,omitempty"`
	Status   string `json:"status,omitempty"`
	RemoteID string `json:"remote_id,omitempty"`
	// Links is every remote agent the draft is linked to, by provider, in
	// any environment: a push asks it whether another draft owns an agent.
	Links   map[string][]string `json:"links,omitempty"`
	Updated time.Time           `json:"updated,omitzero"`
	Damaged string              `json:"damaged,omitempty"`
}

func newIndex() *index { return &index{Version: indexVersion, Files: map[string]indexEntry{}} }

// readIndex loads the index, or starts an empty one when it is missing,
// damaged or of another version.
func readIndex(dir string) *index {
	path := filepath.Join(dir, indexFile)
	info, err := os.Stat(path)
	if err != nil {
		return newIndex()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return newIndex()
	}
	var ix index
	if json.Unmarshal(data, &ix) != nil || ix.Version != indexVersion || ix.Files == nil {
		return newIndex()
	}
	ix.written = info.ModTime()
	return &ix
}

// fresh reports whether the entry still describes a file of this size and
// modification time, and was not written too close to the index itself.
func (ix *index) fresh(e indexEntry, size int64, mod time.Time) bool {
	return e.Size == size && e.ModTime == mod.UnixNano() && mod.Before(ix.written.Add(-racyWindow))
}

// write saves the index atomically. Failing to write it only costs speed at
// the next start, so the error is the caller's to ignore.
func (ix *index) write(dir string) error {
	ix.written = time.Time{}
	data, err := json.Marshal(ix)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, indexFile)
	if err := writeFileAtomic(path, data); err != nil {
		return err
	}
	if info, err := os.Stat(path); err == nil {
		ix.written = info.ModTime()
	}
	return nil
}
