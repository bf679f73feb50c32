// Package providertest holds the helpers the provider packages' tests share:
// an in-memory draft store for agent.Push, reading testdata files, JSON
// parsed for comparison, decode and encode that fail the test on an error,
// the native document of a decode with its secrets put back, the tables
// every provider runs, and the kit of a fakeapi provider's tests (FakeKit,
// which HTTPKit builds for Nova and Trillet).
package providertest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
)

// MemSaver is an in-memory agent.DraftSaver that refuses stale revisions, as
// storage does: the first save must be of a new draft (revision 0), each
// later one of the revision saved last. Its zero value is ready to use.
type MemSaver struct {
	mu   sync.Mutex
	rev  int
	last agent.Draft
}

// Save keeps a copy of d and gives d its next revision.
func (m *MemSaver) Save(d *agent.Draft) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if d.Revision != m.rev {
		return agent.ErrConflict
	}
	m.rev++
	d.Revision = m.rev
	m.last = *d
	return nil
}

// Last is the draft as saved last (the zero Draft before any save).
func (m *MemSaver) Last() agent.Draft {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.last
}

// ReadTestdata reads testdata/name of the package under test.
func ReadTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// NativeWithSecrets is the native document of d with its secret references
// resolved, which is what the imported document held.
func NativeWithSecrets(t testing.TB, d agent.Decoded) []byte {
	t.Helper()
	obj, err := jsondoc.ParseOrNew(d.Native)
	if err != nil {
		t.Fatal(err)
	}
	if err := secretdoc.Resolve(obj, agent.SecretMap(d.Secrets)); err != nil {
		t.Fatal(err)
	}
	out, _ := jsondoc.MarshalSorted(obj)
	return out
}

// JSONValue parses doc as the round-trip rule compares documents: key order
// aside, numbers by their text (so 7 and 7.0 differ). Text that is not JSON
// fails the test.
func JSONValue(t testing.TB, doc []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, doc)
	}
	return v
}
