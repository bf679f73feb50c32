package storage

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// StatusDamaged is the Status of a draft file that cannot be read.
const StatusDamaged = "damaged"

// Entry is one draft as the drafts list shows it.
type Entry struct {
	ID       string
	Name     string
	Provider string
	Status   string // agent.Draft.Status(), or StatusDamaged
	// RemoteID is the id of the remote agent the draft is linked to, ""
	// when it has none; pull finds a linked draft by it without reading
	// every draft.
	RemoteID string
	// Links is every remote agent the draft is linked to, by provider (the
	// draft's other providers and environments included).
	Links   map[string][]string
	Updated time.Time
	Path    string
	// Damaged is why the file cannot be read, in plain words; "" when it
	// can. A damaged file is listed but never rewritten or moved.
	Damaged string
}

// List returns every draft, most recently updated first, damaged files
// included. Files unchanged since the last List (same size and modification
// time) are served from an index instead of being read again.
func (s *Store) List() ([]Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	items, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("the drafts folder %s cannot be read: %w", s.dir, err)
	}
	removeStaleTemps(s.dir, items, s.now())
	if s.index == nil {
		s.index = readIndex(s.dir)
	}
	ix := s.index
	dirty := false
	seen := make(map[string]bool, len(items))
	entries := make([]Entry, 0, len(items))
	for _, item := range items {
		name := item.Name()
		if !isDraftFile(name) {
			continue
		}
		info, err := statFollow(s.dir, item)
		if err != nil || !info.Mode().IsRegular() {
			continue // vanished since ReadDir, or a folder named like a draft
		}
		seen[name] = true
		e, ok := ix.Files[name]
		if !ok || !ix.fresh(e, info.Size(), info.ModTime()) {
			e = s.describe(name, info)
			ix.Files[name] = e
			dirty = true
		}
		entries = append(entries, Entry{
			ID: e.ID, Name: e.Name, Provider: e.Provider, Status: e.Status, RemoteID: e.RemoteID, Links: e.Links,
			Updated: e.Updated, Path: filepath.Join(s.dir, name), Damaged: e.Damaged,
		})
	}
	for name := range ix.Files {
		if !seen[name] {
			delete(ix.Files, name)
			dirty = true
		}
	}
	if dirty {
		_ = ix.write(s.dir) // only a cache; the list is right either way
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if !a.Updated.Equal(b.Updated) {
			return a.Updated.After(b.Updated)
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return entries, nil
}

// describe reads one draft file for the index.
func (s *Store) describe(name string, info fs.FileInfo) indexEntry {
	s.parsed.Add(1)
	id := strings.TrimSuffix(name, draftExt)
	e := indexEntry{Size: info.Size(), ModTime: info.ModTime().UnixNano(), ID: id}
	d, err := s.loadFile(filepath.Join(s.dir, name), id)
	if err != nil {
		e.Status, e.Damaged = StatusDamaged, reason(err)
		return e
	}
	e.Name, e.Provider, e.Status, e.Updated = d.Name, d.Provider, d.Status(), d.Updated
	e.RemoteID, e.Links = d.Remote().ID, d.LinkedIDs()
	return e
}

// LinkedDrafts returns the ids of the drafts linked to the remote agent
// remoteID on provider, in any environment, whichever provider each draft
// is for now. A push uses it to leave other drafts' agents alone.
func (s *Store) LinkedDrafts(provider, remoteID string) ([]string, error) {
	entries, err := s.List()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		for _, id := range e.Links[provider] {
			if id == remoteID {
				out = append(out, e.ID)
				break
			}
		}
	}
	return out, nil
}

// reason keeps the part of a load error that says what is wrong with the
// file; the list already names the file.
func reason(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "draft ") {
		msg = msg[i+2:]
	}
	return msg
}

// isDraftFile reports whether a folder entry is a draft: hidden files (the
// index, the lock, temp files of a write in progress or interrupted) and
// anything not ending in .yaml are not.
func isDraftFile(name string) bool {
	return !strings.HasPrefix(name, ".") && strings.HasSuffix(name, draftExt) && len(name) > len(draftExt)
}

// statFollow returns the entry's file information, following a symlink.
func statFollow(dir string, item fs.DirEntry) (fs.FileInfo, error) {
	if item.Type()&fs.ModeSymlink != 0 {
		return os.Stat(filepath.Join(dir, item.Name()))
	}
	return item.Info()
}
