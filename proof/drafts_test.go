package proof

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
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
	clitest.WriteDrafts(t, filepath.Join(home, "agentdeck", "drafts"), n, draftName)
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
