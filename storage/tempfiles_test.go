package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestListRemovesOnlyStaleTempFiles(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	now := time.Now()
	s.now = func() time.Time { return now }
	files := map[string]time.Duration{
		"." + d.ID + ".yaml.123.tmp": 2 * time.Hour,    // left by a write that died
		"." + d.ID + ".yaml.456.tmp": time.Second,      // a write in progress
		"notes.tmp":                  2 * time.Hour,    // not ours: not hidden
		".index":                     3 * time.Hour,    // not a temp file
		"draft.yaml.tmp":             3 * time.Hour,    // not hidden either
		".keep":                      300 * time.Hour,  // someone's file
		".old.yaml.9.tmp.bak":        3 * time.Hour,    // does not end in .tmp
		".x.tmp":                     61 * time.Minute, // stale
	}
	for name, age := range files {
		path := filepath.Join(s.dir, name)
		if err := os.WriteFile(path, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
		at := now.Add(-age)
		if err := os.Chtimes(path, at, at); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	for name, age := range files {
		_, err := os.Stat(filepath.Join(s.dir, name))
		gone := errors.Is(err, fs.ErrNotExist)
		want := isTempFile(name) && age >= staleTempAge
		if gone != want {
			t.Errorf("%s (%s old): removed %v, want %v", name, age, gone, want)
		}
	}
	if _, err := s.Load(d.ID); err != nil {
		t.Errorf("the draft itself: %v", err)
	}
}
