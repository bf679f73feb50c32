package storage

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

// fileStamp is what the index compares to trust an entry: a draft file's
// size and modification time.
type fileStamp struct {
	size int64
	mod  int64 // Unix nanoseconds
}

// draftFile is one draft file the folder holds, and its stamp.
type draftFile struct {
	name string
	fileStamp
	ok bool // false when it vanished or is not a regular file
}

// statWorkers is how many stats run at once. At 100,000 drafts the stats
// are most of `agentdeck list` (kernel time, one call a file); two halve it
// on an idle machine with two cores and cost nothing on a busy one.
const statWorkers = 2

// scanDrafts reads the drafts folder once: the size and time of every draft
// file (symlinks followed; folders and anything vanished left out), and the
// names of temp files. Names only, not sorted, no file information per
// entry: at 100,000 drafts the sorted, typed listing of os.ReadDir costs
// more than the check itself. A slice, not a map: the index is the only
// lookup List needs.
func scanDrafts(dir string) (drafts []draftFile, temps []string, err error) {
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
	candidates := make([]draftFile, 0, len(names))
	for _, name := range names {
		switch {
		case isTempFile(name):
			temps = append(temps, name)
		case isDraftFile(name):
			candidates = append(candidates, draftFile{name: name})
		}
	}
	statAll(f, dir, candidates)
	drafts = candidates[:0]
	for _, c := range candidates {
		if c.ok {
			drafts = append(drafts, c)
		}
	}
	return drafts, temps, nil
}

// statAll fills in the stamps of files, in statWorkers parts at once when
// there are enough to be worth a goroutine.
func statAll(f *os.File, dir string, files []draftFile) {
	fill := func(part []draftFile) {
		st := newStatter(f, dir)
		for i := range part {
			part[i].fileStamp, part[i].ok = st.stat(part[i].name)
		}
	}
	if len(files) < 1000 {
		fill(files)
		return
	}
	var wg sync.WaitGroup
	step := (len(files) + statWorkers - 1) / statWorkers
	for lo := 0; lo < len(files); lo += step {
		part := files[lo:min(lo+step, len(files))]
		wg.Go(func() { fill(part) })
	}
	wg.Wait()
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
