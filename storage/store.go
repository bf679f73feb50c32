// Package storage keeps agentdeck's files: drafts (one YAML file each, written
// atomically, with a revision that refuses stale saves), the settings file,
// and the credentials file that holds API keys and secret values.
package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// Store is the drafts folder. It is safe for use from several goroutines,
// and several processes may share one folder.
type Store struct {
	dir   string // the drafts folder
	trash string // deleted drafts go here, beside dir

	mu    sync.Mutex // guards index and orders this process's writes
	index *index     // what List knows of each file; nil until first List

	// historyKeep is how many versions a draft's history keeps; 0 is
	// DefaultHistoryKeep (see SetHistoryKeep).
	historyKeep int

	migrations map[int]Migration
	now        func() time.Time
	// parsed counts the draft files List has decoded; tests use it to show
	// that unchanged files are served from the index.
	parsed atomic.Int64
}

// draftExt is the extension of draft files.
const draftExt = ".yaml"

// Open opens the drafts folder dir, creating it if needed. Deleted drafts go
// to a "trash" folder beside it.
func Open(dir string) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%s is not a usable drafts folder: %w", dir, err)
	}
	if err := ensureDir(abs); err != nil {
		return nil, err
	}
	return &Store{
		dir:        abs,
		trash:      filepath.Join(filepath.Dir(abs), "trash"),
		migrations: defaultMigrations(),
		now:        time.Now,
	}, nil
}

// Dir is the drafts folder.
func (s *Store) Dir() string { return s.dir }

func (s *Store) path(id string) string { return filepath.Join(s.dir, id+draftExt) }

// Load reads the draft with this id.
func (s *Store) Load(id string) (agent.Draft, error) {
	if err := checkID(id); err != nil {
		return agent.Draft{}, fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	return s.loadFile(s.path(id), id)
}

// Peek reads the draft with this id for a look only (plan, the list): as
// Load, but a draft seen for the first time gets no local record, so
// looking at ten thousand drafts fresh from a clone writes nothing. A draft
// read to be changed and saved goes through Load.
func (s *Store) Peek(id string) (agent.Draft, error) {
	if err := checkID(id); err != nil {
		return agent.Draft{}, fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	return s.readFile(s.path(id), id, false)
}

// loadFile reads a draft file. In the drafts folder the file name is the id
// (id is non-empty), so a file copied by hand becomes a draft of its own.
func (s *Store) loadFile(path, id string) (agent.Draft, error) { return s.readFile(path, id, true) }

// readFile is loadFile; record says whether a draft in the drafts folder
// seen for the first time gets its local record (see keepBooks).
func (s *Store) readFile(path, id string, record bool) (agent.Draft, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return agent.Draft{}, fmt.Errorf("%w: there is no draft %s", agent.ErrNotFound, displayID(id, path))
	}
	if err != nil {
		return agent.Draft{}, fmt.Errorf("draft %s cannot be read: %w", displayID(id, path), err)
	}
	d, err := decodeDraft(data, s.migrations)
	if errors.Is(err, ErrMergeConflict) {
		return agent.Draft{}, fmt.Errorf("the draft file %s %w", path, err)
	}
	if err != nil {
		return agent.Draft{}, fmt.Errorf("draft %s cannot be opened: %w", displayID(id, path), err)
	}
	if id != "" {
		d.ID = id
		if path == s.path(id) {
			s.keepBooks(id, data, &d, fileModTime(path), record)
		}
	}
	return d, nil
}

func displayID(id, path string) string {
	if id != "" {
		return id
	}
	return path
}

// ConflictError is a save refused because the draft changed on disk since it
// was loaded. errors.Is(err, agent.ErrConflict) holds.
type ConflictError struct {
	ID     string
	OnDisk int // the revision in the file
	Yours  int // the revision the save started from
}

// Error says what happened and what to do, in plain words.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("this draft was changed elsewhere (revision %d on disk, you have %d); reload it or save yours as a copy", e.OnDisk, e.Yours)
}

// Is makes errors.Is(err, agent.ErrConflict) hold.
func (e *ConflictError) Is(target error) bool { return target == agent.ErrConflict }

// lock holds the store's mutex and the folder lock, so neither another
// goroutine nor another agentdeck writes drafts meanwhile; the func it
// returns releases both.
func (s *Store) lock() (unlock func(), err error) {
	s.mu.Lock()
	unlockFile, err := lockFile(filepath.Join(s.dir, ".lock"))
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	return func() {
		unlockFile()
		s.mu.Unlock()
	}, nil
}

// Save writes d. A draft with no ID is new: it gets an id, Created and
// revision 1. Otherwise the file on disk must still be at d.Revision — if
// someone else saved in between, Save refuses with a *ConflictError and
// writes nothing. On success d is updated in place (Revision+1, Updated).
//
// The file of a draft that has an id does not depend on its revision or
// time (bookkeeping.go), so it is written and synced to disk before the
// folder lock is taken: the lock covers only the check and the rename, and
// saves of different drafts (apply's workers) wait for the disk side by
// side instead of one after another.
func (s *Store) Save(d *agent.Draft) error {
	next := *d
	now := s.now().UTC().Truncate(time.Second)
	next.SchemaVersion = agent.SchemaVersion
	next.Updated = now
	if next.Created.IsZero() {
		next.Created = now
	}
	if strings.TrimSpace(next.Name) == "" {
		next.Name = next.Agent.Identity.Name
	}
	var tmp string
	if next.ID != "" {
		if err := checkID(next.ID); err != nil {
			return err
		}
		data, err := encodeDraft(&next)
		if err != nil {
			return err
		}
		if tmp, err = writeTemp(s.path(next.ID), data); err != nil {
			return fmt.Errorf("the draft was not saved: %w", err)
		}
		defer func() { _ = os.Remove(tmp) }() // gone already once renamed
		if err := s.placeSaved(&next, tmp, fileHash(data)); err != nil {
			return err
		}
		syncDir(s.dir)
		*d = next
		return nil
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	next.ID = s.freshID()
	next.Created, next.Revision = now, 1
	data, err := encodeDraft(&next)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(s.path(next.ID), data); err != nil {
		return fmt.Errorf("the draft was not saved: %w", err)
	}
	_ = s.writeBookkeeping(next.ID, bookkeeping{rev: next.Revision, hash: fileHash(data), updated: next.Updated})
	*d = next
	return nil
}

// placeSaved puts the synced temp file tmp in place as draft next, under
// the folder lock, if the file on disk is still at next.Revision, and moves
// next on to the revision written.
func (s *Store) placeSaved(next *agent.Draft, tmp, hash string) error {
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	if err := s.checkRevision(next); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.path(next.ID)); err != nil {
		return fmt.Errorf("the draft was not saved: could not put %s in place: %w", s.path(next.ID), err)
	}
	next.Revision++
	// Without its record the next read takes the file as changed elsewhere
	// (one revision on): safe, so a failure here does not fail the save.
	_ = s.writeBookkeeping(next.ID, bookkeeping{rev: next.Revision, hash: hash, updated: next.Updated})
	return nil
}

// checkRevision refuses a save that does not start from the file on disk.
func (s *Store) checkRevision(d *agent.Draft) error {
	if err := checkID(d.ID); err != nil {
		return err
	}
	// The file as this machine last wrote it (its hash is in the record)
	// is known to read, and its revision is the record's: no need to parse
	// it again, which is most of a save's work.
	if data, err := os.ReadFile(s.path(d.ID)); err == nil {
		if b, ok := s.readBookkeeping(d.ID); ok && b.hash == fileHash(data) {
			if b.rev != d.Revision {
				return &ConflictError{ID: d.ID, OnDisk: b.rev, Yours: d.Revision}
			}
			return nil
		}
	}
	onDisk, err := s.loadFile(s.path(d.ID), d.ID)
	switch {
	case errors.Is(err, agent.ErrNotFound):
		return fmt.Errorf("%w: draft %s is no longer in the drafts folder (deleted elsewhere?); save yours as a copy", agent.ErrNotFound, d.ID)
	case err != nil:
		return fmt.Errorf("the file on disk was left as it is; save yours as a copy: %w", err)
	case onDisk.Revision != d.Revision:
		return &ConflictError{ID: d.ID, OnDisk: onDisk.Revision, Yours: d.Revision}
	}
	return nil
}

// freshID returns an id no file in the folder uses yet.
func (s *Store) freshID() string {
	for {
		id := newID()
		if _, err := os.Lstat(s.path(id)); errors.Is(err, fs.ErrNotExist) {
			return id
		}
	}
}

// SaveCopy saves d as a new draft named name and returns it; d itself is not
// touched. The copy is not linked to d's remote agent, so pushing it makes a
// new one instead of overwriting what the original pushed.
func (s *Store) SaveCopy(d *agent.Draft, name string) (agent.Draft, error) {
	data, err := encodeDraft(d)
	if err != nil {
		return agent.Draft{}, err
	}
	c, err := decodeYAML(data) // a deep copy: no slice is shared with d
	if err != nil {
		return agent.Draft{}, err
	}
	c.ID, c.Name, c.Revision, c.Created = "", name, 0, time.Time{}
	c.Unlink()
	if err := s.Save(&c); err != nil {
		return agent.Draft{}, err
	}
	return c, nil
}
