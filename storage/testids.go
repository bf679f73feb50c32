package storage

// The ids of the provider-side tests agentdeck made (agentdeck try, test),
// kept on this machine only: not in the draft, which is shared and
// versioned, and not in the agent, which testing never changes. A lost
// file costs nothing but a search by name at the next run.

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// maxTestIDsFile bounds the file read: ids are short, and a file grown
// past this is not one agentdeck wrote.
const maxTestIDsFile = 4 << 20

// TestIDs remembers test ids by provider, environment and test name.
type TestIDs struct {
	path string
	mu   sync.Mutex
}

// TestIDsFile is where the test ids are kept.
func (p Paths) TestIDsFile() string { return filepath.Join(p.Data, "provider-tests.json") }

// OpenTestIDs returns the record kept at path; nothing is read until asked.
func OpenTestIDs(path string) *TestIDs { return &TestIDs{path: path} }

// For is the record of one provider and environment, as agent.TestIDs.
func (t *TestIDs) For(provider, env string) TestIDsOf {
	return TestIDsOf{ids: t, prefix: provider + "\x00" + env + "\x00"}
}

// TestIDsOf is the record of one provider and environment.
type TestIDsOf struct {
	ids    *TestIDs
	prefix string
}

// TestID returns the id remembered for name, "" when none (or the file
// cannot be read: the test is then found by name).
func (o TestIDsOf) TestID(name string) string {
	o.ids.mu.Lock()
	defer o.ids.mu.Unlock()
	m, _ := o.ids.read()
	return m[o.prefix+name]
}

// RememberTestID records id for name.
func (o TestIDsOf) RememberTestID(name, id string) error {
	o.ids.mu.Lock()
	defer o.ids.mu.Unlock()
	m, err := o.ids.read()
	if err != nil {
		m = map[string]string{} // an unreadable file is replaced: it only saves searches
	}
	if m[o.prefix+name] == id {
		return nil
	}
	m[o.prefix+name] = id
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := ensureDir(filepath.Dir(o.ids.path)); err != nil {
		return err
	}
	return writeFileAtomic(o.ids.path, append(raw, '\n'))
}

func (t *TestIDs) read() (map[string]string, error) {
	f, err := os.Open(t.path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only: nothing to lose on close
	if st, err := f.Stat(); err != nil || st.Size() > maxTestIDsFile {
		return nil, errors.New("the file of test ids is too large")
	}
	m := map[string]string{}
	if err := json.NewDecoder(f).Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}
