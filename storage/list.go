package storage

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
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
	// Envs is where each of the draft's environments stands, the default
	// first; nil for a damaged file.
	Envs []EnvEntry
}

// List returns every draft, most recently updated first, damaged files
// included. Files unchanged since the last List (same size and modification
// time) are served from an index instead of being read again: the folder is
// read once, each file's size and time checked, and only changed files are
// read.
func (s *Store) List() ([]Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// The first List reads the index while the folder is read and its files
	// stat'ed: at 100,000 drafts each is tens of milliseconds, and the
	// stats wait on the kernel more than they use the CPU.
	var loaded chan *index
	if s.index == nil {
		loaded = make(chan *index, 1)
		go func() { loaded <- readIndex(s.dir) }()
	}
	files, temps, err := scanDrafts(s.dir)
	if loaded != nil {
		s.index = <-loaded
	}
	if err != nil {
		return nil, fmt.Errorf("the drafts folder %s cannot be read: %w", s.dir, err)
	}
	removeStaleTemps(s.dir, temps, s.now())
	ix := s.index
	dirty := false
	for _, f := range files {
		if e, ok := ix.Files[f.name]; !ok || !ix.fresh(e, f.size, f.mod) {
			e := s.describe(f.name, f.fileStamp)
			ix.Files[f.name] = &e
			dirty = true
		}
	}
	// Every file is in the index now, and the folder's names are distinct:
	// the index holds more only when files went away.
	if len(ix.Files) > len(files) {
		present := make(map[string]struct{}, len(files))
		for _, f := range files {
			present[f.name] = struct{}{}
		}
		for name := range ix.Files {
			if _, ok := present[name]; !ok {
				delete(ix.Files, name)
			}
		}
		dirty = true
	}
	if dirty {
		ix.sort()
		_ = ix.write(s.dir) // only a cache; the list is right either way
	}
	return s.entries(ix), nil
}

// entries is the index in list order as the list shows it. The paths share
// one string: at 100,000 drafts one allocation instead of 100,000.
func (s *Store) entries(ix *index) []Entry {
	prefix := s.dir + string(filepath.Separator)
	size := 0
	for _, name := range ix.order {
		size += len(prefix) + len(name)
	}
	var b strings.Builder
	b.Grow(size)
	for _, name := range ix.order {
		b.WriteString(prefix)
		b.WriteString(name)
	}
	paths := b.String()
	entries := make([]Entry, len(ix.order))
	// The environments of every draft share one backing array too.
	envs := 0
	for _, name := range ix.order {
		envs += envCount(ix.Files[name].Envs)
	}
	backing := make([]EnvEntry, 0, envs)
	at := 0
	for i, name := range ix.order {
		end := at + len(prefix) + len(name)
		e := ix.Files[name]
		entries[i] = entryOf(e, paths[at:end])
		start := len(backing)
		backing, _ = decodeEnvs(e.Envs, e.RemoteID, backing)
		entries[i].Envs = backing[start:len(backing):len(backing)]
		if len(entries[i].Envs) == 0 {
			entries[i].Envs = nil
		}
		at = end
	}
	return entries
}

// Recent returns the n most recently updated drafts as the index last knew
// them, and how many drafts it knew, reading only the start of the index and
// not looking at the drafts: what the first screen of a start shows while
// List checks the folder. ok is false when there is no usable index.
func (s *Store) Recent(n int) (entries []Entry, total int, ok bool) {
	head, names, total, ok := readIndexHead(s.dir, n)
	if !ok {
		return nil, 0, false
	}
	entries = make([]Entry, len(head))
	for i, e := range head {
		entries[i] = entryOf(&e, s.dir+string(filepath.Separator)+names[i])
		entries[i].Envs, _ = decodeEnvs(e.Envs, e.RemoteID, nil)
	}
	return entries, total, true
}

// entryOf is what the list shows of the file at path, as the index knows it.
func entryOf(e *indexEntry, path string) Entry {
	return Entry{
		ID: e.ID, Name: e.Name, Provider: e.Provider, Status: e.Status, RemoteID: e.RemoteID, Links: e.Links,
		Updated: e.Updated, Path: path, Damaged: e.Damaged,
	}
}

// describe reads one draft file for the index.
func (s *Store) describe(name string, st fileStamp) indexEntry {
	s.parsed.Add(1)
	id := strings.TrimSuffix(name, draftExt)
	e := indexEntry{Size: st.size, ModTime: st.mod, ID: id}
	d, err := s.readFile(filepath.Join(s.dir, name), id, false)
	if err != nil {
		e.Status, e.Damaged = StatusDamaged, reason(err)
		if errors.Is(err, ErrMergeConflict) {
			e.Damaged = ErrMergeConflict.Error() // the list names the file already
		}
		return e
	}
	e.Name, e.Provider, e.Status, e.Updated = d.Name, d.Provider, d.Status(), d.Updated
	e.RemoteID, e.Links = d.Remote().ID, d.LinkedIDs()
	e.Envs = describeEnvs(&d, e.Status)
	return e
}

// LinkedDrafts returns the ids of the drafts linked to the remote agent
// remoteID on provider, in any environment, whichever provider each draft
// is for now. A push uses it to leave other drafts' agents alone.
func (s *Store) LinkedDrafts(provider, remoteID string) ([]string, error) {
	return s.draftIDs(func(e Entry) bool { return slices.Contains(e.Links[provider], remoteID) })
}

// draftIDs returns the ids of the listed drafts that match, in list order.
func (s *Store) draftIDs(match func(Entry) bool) ([]string, error) {
	entries, err := s.List()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if match(e) {
			out = append(out, e.ID)
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
