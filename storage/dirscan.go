package storage

import (
	"os"
	"path/filepath"
	"time"
)

// fileStamp is what the index compares to trust an entry: a draft file's
// size and modification time.
type fileStamp struct {
	size int64
	mod  int64 // Unix nanoseconds
}

// scanDrafts reads the drafts folder once: the size and time of every draft
// file (symlinks followed; folders and anything vanished left out), and the
// names of temp files. Names only, not sorted, no file information per
// entry: at 100,000 drafts the sorted, typed listing of os.ReadDir costs
// more than the check itself.
func scanDrafts(dir string) (drafts map[string]fileStamp, temps []string, err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, nil, err
	}
	names, err := f.Readdirnames(-1)
	if err != nil {
		_ = f.Close()
		return nil, nil, err
	}
	defer func() { _ = f.Close() }() // read only: nothing to lose on close
	st := newStatter(f, dir)
	candidates := names[:0]
	for _, name := range names {
		switch {
		case isTempFile(name):
			temps = append(temps, name)
		case isDraftFile(name):
			candidates = append(candidates, name)
		}
	}
	drafts = make(map[string]fileStamp, len(candidates))
	for _, name := range candidates {
		if stamp, ok := st.stat(name); ok {
			drafts[name] = stamp
		}
	}
	return drafts, temps, nil
}

// removeStaleTemps deletes the temp files interrupted writes left behind,
// so that a folder that saw many crashes does not fill up with them.
func removeStaleTemps(dir string, temps []string, now time.Time) {
	for _, name := range temps {
		path := filepath.Join(dir, name)
		info, err := os.Lstat(path)
		if err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) < staleTempAge {
			continue
		}
		_ = os.Remove(path)
	}
}
