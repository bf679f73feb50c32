package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// TrashEntry is one deleted draft: one file in the trash folder. A draft
// deleted more than once has one entry per deletion.
type TrashEntry struct {
	// Key names this deleted version: the trash file's name without
	// ".yaml". It is the draft's id, with the time and a number added when
	// that id was in the trash already.
	Key string
	// ID is the id the draft had, and gets back when restored.
	ID       string
	Name     string
	Provider string
	Deleted  time.Time // when it was moved to the trash
	Path     string
	Damaged  string // why the file cannot be read; "" when it can
}

// trashStamp is the time a second deleted version of an id carries.
const trashStamp = "20060102T150405Z"

// versionSuffix matches what Delete adds to an id already in the trash.
var versionSuffix = regexp.MustCompile(`-\d{8}T\d{6}Z-\d+$`)

// Delete moves the draft's file to the trash folder beside the drafts; it is
// never erased. A name already in the trash gets the time and a number, so
// every deleted version is kept. The file's modification time becomes the
// time of the deletion, which the trash list shows.
func (s *Store) Delete(id string) error {
	if err := checkID(id); err != nil {
		return fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()

	src := s.path(id)
	if _, err := os.Lstat(src); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: there is no draft %s", agent.ErrNotFound, id)
	}
	if err := ensureDir(s.trash); err != nil {
		return err
	}
	now := s.now()
	dst := filepath.Join(s.trash, id+draftExt)
	for n := 1; ; n++ {
		if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
			break
		}
		dst = filepath.Join(s.trash, fmt.Sprintf("%s-%s-%d%s", id, now.UTC().Format(trashStamp), n, draftExt))
	}
	if err := os.Rename(src, dst); err != nil {
		return fmt.Errorf("draft %s could not be moved to the trash: %w", id, err)
	}
	_ = os.Chtimes(dst, now, now) // only the trash list's "deleted" time
	syncDir(s.dir)
	syncDir(s.trash)
	return nil
}

// Trash lists the deleted drafts, the most recently deleted first. An
// empty or missing trash folder is an empty list.
func (s *Store) Trash() ([]TrashEntry, error) {
	items, err := os.ReadDir(s.trash)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("the trash folder %s cannot be read: %w", s.trash, err)
	}
	var out []TrashEntry
	for _, item := range items {
		name := item.Name()
		if !isDraftFile(name) {
			continue
		}
		info, err := statFollow(s.trash, item)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		key := strings.TrimSuffix(name, draftExt)
		e := TrashEntry{Key: key, ID: trashedID(key), Deleted: info.ModTime(), Path: filepath.Join(s.trash, name)}
		if d, err := s.loadFile(e.Path, e.ID); err != nil {
			e.Damaged = reason(err)
		} else {
			e.Name, e.Provider = d.Name, d.Provider
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Deleted.Equal(out[j].Deleted) {
			return out[i].Deleted.After(out[j].Deleted)
		}
		return out[i].Key > out[j].Key // a later version's number sorts later
	})
	return out, nil
}

// trashedID is the id a trash file's draft had: its name without what
// Delete added. (A hand-named draft whose own id ends like that loses the
// ending; generated ids never do.)
func trashedID(key string) string {
	if id := versionSuffix.ReplaceAllString(key, ""); id != "" {
		return id
	}
	return key
}

// Restore moves a deleted draft back into the drafts folder and returns
// it as it was in the trash. ref is a trash key or file, or a draft id or name:
// of several deleted versions of one draft, the most recently deleted
// comes back. A draft with the same id in the drafts folder is never
// overwritten: Restore refuses, and the trash keeps its version.
func (s *Store) Restore(ref string) (TrashEntry, error) {
	e, err := s.FindTrashed(ref)
	if err != nil {
		return TrashEntry{}, err
	}
	if err := checkID(e.ID); err != nil {
		return TrashEntry{}, err
	}
	unlock, err := s.lock()
	if err != nil {
		return TrashEntry{}, err
	}
	defer unlock()
	dst := s.path(e.ID)
	if _, err := os.Lstat(dst); err == nil {
		return TrashEntry{}, fmt.Errorf("%w: a draft with the id %s is in the drafts folder already, so the deleted one stays in the trash; delete or copy that draft first",
			agent.ErrConflict, e.ID)
	}
	if err := os.Rename(e.Path, dst); err != nil {
		return TrashEntry{}, fmt.Errorf("the deleted draft %s could not be moved back: %w", e.Key, err)
	}
	syncDir(s.trash)
	syncDir(s.dir)
	e.Path = dst
	return e, nil
}

// FindTrashed finds the deleted draft ref names: a version's key or the
// path of its file in the trash first, then a draft id, then a draft name.
// Versions of one draft give the most recently deleted; drafts of
// different ids under one name are refused as ambiguous.
func (s *Store) FindTrashed(ref string) (TrashEntry, error) {
	entries, err := s.Trash()
	if err != nil {
		return TrashEntry{}, err
	}
	abs, _ := filepath.Abs(ref)
	for _, e := range entries {
		// A key that is the draft's id is matched below, as the id: the
		// newest version wins. Its own file stays reachable by path.
		if (e.Key == ref && e.Key != e.ID) || e.Path == abs {
			return e, nil
		}
	}
	for _, match := range []func(TrashEntry) bool{
		func(e TrashEntry) bool { return e.ID == ref },
		func(e TrashEntry) bool { return e.Name == ref },
	} {
		var found []TrashEntry
		ids := map[string]bool{}
		for _, e := range entries {
			if match(e) {
				found = append(found, e)
				ids[e.ID] = true
			}
		}
		switch {
		case len(ids) == 1:
			return found[0], nil // the newest: entries are newest first
		case len(ids) > 1:
			keys := make([]string, len(found))
			for i, e := range found {
				keys[i] = e.Key
			}
			return TrashEntry{}, fmt.Errorf("%d deleted drafts are named %q; name one by its key instead: %s",
				len(ids), ref, strings.Join(keys, ", "))
		}
	}
	return TrashEntry{}, fmt.Errorf("%w: the trash holds no draft with the id, name or key %q", agent.ErrNotFound, ref)
}

// statFollow is the file an entry of a folder listing names, following a
// link to it.
func statFollow(dir string, item fs.DirEntry) (fs.FileInfo, error) {
	if item.Type()&fs.ModeSymlink != 0 {
		return os.Stat(filepath.Join(dir, item.Name()))
	}
	return item.Info()
}
