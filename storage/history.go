package storage

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
)

// A draft's history: one file per push, in .history/<draft id>/ inside the
// drafts folder (hidden, so listing, the index and the trash never see it;
// keyed by id, so a rename or a delete and restore keeps it). Each file is
// written once, atomically, and never changed. Its name holds the version
// number, the time and a random part, so two people who push the same
// draft from two clones of a folder kept in git add two different files
// and never a merge conflict; the number is counted from the files there.

// historyDir is the folder of every draft's history, inside the drafts folder.
const historyDir = ".history"

// DefaultHistoryKeep is how many versions a draft keeps when the settings
// do not say.
const DefaultHistoryKeep = 50

// maxVersionFile bounds what one history file may weigh when read: a
// hostile or damaged file is skipped, not read whole.
const maxVersionFile = 16 << 20

// versionName matches a version file: v000012-20261207T012436.123456789Z-a1b2c3d4.json
var versionName = regexp.MustCompile(`^v(\d{1,9})-(\d{8}T\d{6}(?:\.\d+)?Z)-([0-9a-f]{8})\.json$`)

const versionStamp = "20060102T150405.000000000Z"

// SetHistoryKeep sets how many versions each draft keeps (0 or less: the
// default).
func (s *Store) SetHistoryKeep(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.historyKeep = n
}

func (s *Store) keep() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.historyKeep <= 0 {
		return DefaultHistoryKeep
	}
	return s.historyKeep
}

func (s *Store) historyPath(id string) string { return filepath.Join(s.dir, historyDir, id) }

// versionFile is one history file's name, read without opening it.
type versionFile struct {
	name    string
	version int
	stamp   string
}

func (s *Store) versionFiles(id string) ([]versionFile, error) {
	items, err := os.ReadDir(s.historyPath(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("the history of draft %s cannot be read: %w", id, err)
	}
	var out []versionFile
	for _, it := range items {
		m := versionName.FindStringSubmatch(it.Name())
		if m == nil || !it.Type().IsRegular() {
			continue // a leftover temp file, or something else
		}
		n, _ := strconv.Atoi(m[1])
		out = append(out, versionFile{name: it.Name(), version: n, stamp: m[2]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].version != out[j].version {
			return out[i].version < out[j].version
		}
		return out[i].name < out[j].name
	})
	return out, nil
}

// AppendVersion implements agent.History: v becomes the next version of
// draft id, in a file of its own, and the oldest versions beyond the kept
// number are removed.
func (s *Store) AppendVersion(id string, v agent.Version) (agent.Version, error) {
	if err := checkID(id); err != nil {
		return v, fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	files, err := s.versionFiles(id)
	if err != nil {
		return v, err
	}
	v.Version = 1
	if len(files) > 0 {
		v.Version = files[len(files)-1].version + 1
	}
	if v.Time.IsZero() {
		v.Time = s.now()
	}
	v.Time = v.Time.UTC()
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return v, err
	}
	var suffix [4]byte
	_, _ = rand.Read(suffix[:])
	v.Name = fmt.Sprintf("v%06d-%s-%s.json", v.Version, v.Time.Format(versionStamp), hex.EncodeToString(suffix[:]))
	dir := s.historyPath(id)
	if err := ensureDir(dir); err != nil {
		return v, err
	}
	if err := writeFileAtomic(filepath.Join(dir, v.Name), append(raw, '\n')); err != nil {
		return v, fmt.Errorf("the version was not kept in the draft's history: %w", err)
	}
	files = append(files, versionFile{name: v.Name, version: v.Version})
	for _, old := range files[:max(len(files)-s.keep(), 0)] {
		_ = os.Remove(filepath.Join(dir, old.name)) // a leftover only costs room
	}
	return v, nil
}

// Versions implements agent.History: draft id's versions, oldest first. A
// file that cannot be read is skipped.
func (s *Store) Versions(id string) ([]agent.Version, error) {
	if err := checkID(id); err != nil {
		return nil, fmt.Errorf("%w: %w", agent.ErrNotFound, err)
	}
	files, err := s.versionFiles(id)
	if err != nil {
		return nil, err
	}
	out := make([]agent.Version, 0, len(files))
	for _, f := range files {
		v, err := readVersion(filepath.Join(s.historyPath(id), f.name))
		if err != nil {
			continue
		}
		v.Version, v.Name = f.version, f.name
		out = append(out, v)
	}
	return out, nil
}

func readVersion(path string) (agent.Version, error) {
	f, err := os.Open(path)
	if err != nil {
		return agent.Version{}, err
	}
	defer func() { _ = f.Close() }()
	raw, err := io.ReadAll(io.LimitReader(f, maxVersionFile+1))
	if err != nil {
		return agent.Version{}, err
	}
	if len(raw) > maxVersionFile {
		return agent.Version{}, errors.New("too large")
	}
	var v agent.Version
	if err := json.Unmarshal(raw, &v); err != nil {
		return agent.Version{}, err
	}
	return v, nil
}

// FindVersion is version n of draft id; the newest file when two clones
// both made an n.
func FindVersion(vs []agent.Version, n int) (agent.Version, bool) {
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].Version == n {
			return vs[i], true
		}
	}
	return agent.Version{}, false
}

// AppendVersion and Versions on a push session go to its store, so
// agent.Push keeps the version of every push it makes.
func (p *PushSession) AppendVersion(id string, v agent.Version) (agent.Version, error) {
	return p.store.AppendVersion(id, v)
}

// Versions implements agent.History.
func (p *PushSession) Versions(id string) ([]agent.Version, error) { return p.store.Versions(id) }

var (
	_ agent.History = (*Store)(nil)
	_ agent.History = (*PushSession)(nil)
)
