package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Resolve finds the draft that ref names: a draft id, a draft name that only
// one draft has, or the path of a draft file. A path into the drafts folder
// is the same as that draft's id; a file elsewhere is read as it is.
func (s *Store) Resolve(ref string) (agent.Draft, error) {
	if strings.TrimSpace(ref) == "" {
		return agent.Draft{}, fmt.Errorf("%w: name a draft by its id, its name or the path of its file", agent.ErrNotFound)
	}
	if checkID(ref) == nil {
		if _, err := os.Stat(s.path(ref)); err == nil {
			return s.Load(ref)
		}
	}
	entries, err := s.List()
	if err != nil {
		return agent.Draft{}, err
	}
	var ids []string
	for _, e := range entries {
		if e.Name == ref {
			ids = append(ids, e.ID)
		}
	}
	switch {
	case len(ids) == 1:
		return s.Load(ids[0])
	case len(ids) > 1:
		return agent.Draft{}, fmt.Errorf("%d drafts are named %q; use one of their ids instead: %s",
			len(ids), ref, strings.Join(ids, ", "))
	}
	return s.resolvePath(ref)
}

// resolvePath reads the draft file at path.
func (s *Store) resolvePath(path string) (agent.Draft, error) {
	info, err := os.Stat(path)
	if err != nil || info.IsDir() {
		return agent.Draft{}, fmt.Errorf("%w: no draft has the id or name %q, and there is no draft file at that path", agent.ErrNotFound, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return agent.Draft{}, fmt.Errorf("draft file %s cannot be opened: %w", path, err)
	}
	if filepath.Dir(abs) == s.dir && isDraftFile(filepath.Base(abs)) {
		return s.Load(strings.TrimSuffix(filepath.Base(abs), draftExt))
	}
	d, err := s.loadFile(abs, "")
	if err != nil {
		return agent.Draft{}, err
	}
	if d.ID == "" {
		return agent.Draft{}, errors.New("draft file " + path + " has no id")
	}
	return d, nil
}
