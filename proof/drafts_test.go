package proof

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// draftName is the name of the i-th generated draft; the newest, shown
// first, is draftName(n-1).
func draftName(i int) string { return fmt.Sprintf("Draft-%05d", i) }

// populated caches homes filled with generated drafts, by count, for the
// whole test run: making 10,000 drafts takes a while.
var populated = struct {
	sync.Mutex
	homes map[int]string
}{homes: map[int]string{}}

// homeWithDrafts returns a home folder whose drafts folder holds n drafts
// made from the support template (every section filled, a tool with a
// parameter), each with its own id, name and time, and whose index has
// been built by a first `agentdeck list`, as after any earlier start.
func homeWithDrafts(t testing.TB, n int) string {
	t.Helper()
	populated.Lock()
	defer populated.Unlock()
	if home, ok := populated.homes[n]; ok {
		return home
	}
	home, err := os.MkdirTemp("", fmt.Sprintf("agentdeck-%d-drafts-", n))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(home, "agentdeck", "drafts")
	store, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := agent.TemplateByID("support")
	const marker = "Template-Name"
	d := agent.Draft{Name: marker, Provider: "elevenlabs", Template: tmpl.ID, Agent: tmpl.New(marker)}
	if err := store.Save(&d); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, d.ID+".yaml")
	raw, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(first); err != nil {
		t.Fatal(err)
	}
	base := time.Now().Add(-48 * time.Hour)
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("gen%07d", i)
		file := bytes.ReplaceAll(raw, []byte(marker), []byte(draftName(i)))
		file = bytes.Replace(file, []byte("id: "+d.ID), []byte("id: "+id), 1)
		stamp := base.Add(time.Duration(i) * time.Second).UTC().Format(time.RFC3339)
		file = bytes.Replace(file, []byte("updated: "+d.Updated.Format(time.RFC3339)), []byte("updated: "+stamp), 1)
		path := filepath.Join(dir, id+".yaml")
		if err := os.WriteFile(path, file, 0o600); err != nil {
			t.Fatal(err)
		}
		// Old modification times, as for drafts last touched days ago: the
		// index trusts an entry only when the file is older than itself.
		old := base.Add(time.Duration(i) * time.Second)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := runBinary(t, binaryEnv(home), "list"); code != 0 {
		t.Fatalf("list: %s", errs)
	}
	populated.homes[n] = home
	return home
}

// removePopulated deletes the generated homes at the end of the run.
func removePopulated() {
	populated.Lock()
	defer populated.Unlock()
	for _, home := range populated.homes {
		_ = os.RemoveAll(home)
	}
}
