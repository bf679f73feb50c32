package storage

import (
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
