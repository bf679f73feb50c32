package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"
)

// indexFile caches, per draft file, what List shows, so that starting up
// with thousands of drafts reads one file instead of every draft. It is only
// a cache: a missing or damaged one is rebuilt from the drafts. It is kept
// in list order, newest first, so the first screen of a start comes from its
// first few kilobytes (Recent) and the whole of it parses without a JSON
// decoder: 100,000 drafts parse in tens of milliseconds (see index_codec.go).
const indexFile = ".index"

// oldIndexFiles are indexes of earlier versions, removed when a new one is
// written so they do not sit in the folder.
var oldIndexFiles = []string{".index.json"}

// racyWindow covers file systems whose modification times are coarse (FAT
// keeps two seconds). A file changed this close to the moment the index was
// written might change again without its size or time changing, so such an
// entry is read again rather than trusted.
const racyWindow = 2 * time.Second

type index struct {
	// Files holds pointers: an entry is larger than a map keeps in place,
	// so values would cost an allocation each; decodeIndex makes them all
	// in one.
	Files map[string]*indexEntry // by file name
	// order is the names of Files in list order (see listsBefore), as
	// the file keeps them; sort() sets it again after a change.
	order []string
	// written is the index file's own modification time: the file system's
	// clock, the same one that stamps the drafts, whatever this machine's
	// clock says. Zero when unknown, which makes every entry untrusted.
	written time.Time
}

// indexEntry is what List knows of one file, and the size and modification
// time it knew it at.
type indexEntry struct {
	Size     int64
	ModTime  int64 // Unix nanoseconds
	ID       string
	Name     string
	Provider string
	Status   string
	RemoteID string
	// Links is every remote agent the draft is linked to, by provider, in
	// any environment: a push asks it whether another draft owns an agent.
	Links   map[string][]string
	Updated time.Time
	Damaged string
	// Envs is the draft's environments and their states as the index
	// writes them (index_envs.go), read only when listed.
	Envs string
}

func newIndex() *index { return &index{Files: map[string]*indexEntry{}} }

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
	files, order, ok := decodeIndex(data)
	if !ok {
		return newIndex()
	}
	return &index{Files: files, order: order, written: info.ModTime()}
}

// readIndexHead returns the first n entries of the index in list order and
// how many it holds, reading only as much of the file as they take; ok is
// false when there is no usable index.
func readIndexHead(dir string, n int) (entries []indexEntry, names []string, total int, ok bool) {
	f, err := os.Open(filepath.Join(dir, indexFile))
	if err != nil {
		return nil, nil, 0, false
	}
	defer func() { _ = f.Close() }() // read only: nothing to lose on close
	// A line is a few hundred bytes; read more only when the first read
	// does not hold n lines (long names, damaged-file reasons).
	buf := make([]byte, 0, 256*(n+1)+512)
	for {
		m, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if bytes.Count(buf, []byte{'\n'}) > n || err != nil {
			break
		}
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(buf))
		}
	}
	return decodeIndexHead(buf, n)
}

// fresh reports whether the entry still describes a file of this size and
// modification time, and was not written too close to the index itself.
func (ix *index) fresh(e *indexEntry, size int64, mod int64) bool {
	return e.Size == size && e.ModTime == mod && mod < ix.written.Add(-racyWindow).UnixNano()
}

// write saves the index, in the order of ix.order, atomically (a reader or a crash sees the old index
// or the new one, never a mix; a torn file fails its count check and is
// rebuilt). Failing to write it only costs speed at the next start, so the
// error is the caller's to ignore.
func (ix *index) write(dir string) error {
	ix.written = time.Time{}
	data := encodeIndex(ix.Files, ix.order)
	path := filepath.Join(dir, indexFile)
	if err := writeFileAtomic(path, data); err != nil {
		return err
	}
	for _, old := range oldIndexFiles {
		_ = os.Remove(filepath.Join(dir, old))
	}
	if info, err := os.Stat(path); err == nil {
		ix.written = info.ModTime()
	}
	return nil
}

// sort puts the names of Files in list order.
func (ix *index) sort() {
	ix.order = ix.order[:0]
	for name := range ix.Files {
		ix.order = append(ix.order, name)
	}
	sort.Slice(ix.order, func(i, j int) bool {
		return listsBefore(ix.Files[ix.order[i]], ix.Files[ix.order[j]])
	})
}

// listsBefore is the list's order: most recently updated first, then by
// name, then by id.
func listsBefore(a, b *indexEntry) bool {
	if !a.Updated.Equal(b.Updated) {
		return a.Updated.After(b.Updated)
	}
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	return a.ID < b.ID
}
