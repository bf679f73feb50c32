package storage

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleTempAge is how old a temp file must be before List removes it. A
// write in progress renames its temp file within milliseconds; one an hour
// old was left by a process that died mid-write (a crash, a kill, a power
// cut) and holds nothing anyone saved: the draft it was for still has its
// previous version.
const staleTempAge = time.Hour

// isTempFile reports whether a folder entry is the temp file of an atomic
// write (see writeFileAtomic).
func isTempFile(name string) bool {
	return strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp")
}

// removeStaleTemps deletes the temp files interrupted writes left behind,
// so that a folder that saw many crashes does not fill up with them.
func removeStaleTemps(dir string, items []fs.DirEntry, now time.Time) {
	for _, item := range items {
		if !item.Type().IsRegular() || !isTempFile(item.Name()) {
			continue
		}
		info, err := item.Info()
		if err != nil || now.Sub(info.ModTime()) < staleTempAge {
			continue
		}
		_ = os.Remove(filepath.Join(dir, item.Name()))
	}
}
