package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// startupCounts are the drafts folders the start-up benchmarks measure;
// AGENTDECK_BENCH_100K=1 adds 100,000 drafts (making them and building
// their index takes about a minute).
func startupCounts() []int {
	counts := []int{10, 1000, 10000}
	if os.Getenv("AGENTDECK_BENCH_100K") != "" {
		counts = append(counts, 100000)
	}
	return counts
}

// BenchmarkStartupFirstFrame measures the UI loop's work up to the first
// frame on the real drafts folder — the App made, its Init, the terminal's
// size, the frame drawn — in a temporary folder of 10 to 100,000 drafts
// whose index exists, as after any earlier start. Budget (issue 15, point
// 3): the same at every count, within 3 ms of 10 drafts (10 ms at 100,000).
func BenchmarkStartupFirstFrame(b *testing.B) {
	benchStartup(b, func(b *testing.B, fresh *storage.Store, n int) {
		app := ui.New(ui.Deps{Drafts: draftStore{fresh}, Index: draftStore{fresh}, Theme: "dark"})
		_ = app.Init()
		app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if v := app.View(); !bytes.Contains([]byte(v.Content), []byte(draftLabel(n-1))) {
			b.Fatalf("the first frame does not show the newest draft:\n%s", v.Content)
		}
	})
}

// benchStartup runs start for each count of drafts, on the drafts folder
// opened afresh each time, as a start opens it.
func benchStartup(b *testing.B, start func(b *testing.B, fresh *storage.Store, n int)) {
	for _, n := range startupCounts() {
		b.Run(fmt.Sprintf("drafts=%d", n), func(b *testing.B) {
			store := storeWithDrafts(b, n)
			b.ReportAllocs()
			for b.Loop() {
				fresh, err := storage.Open(store.Dir())
				if err != nil {
					b.Fatal(err)
				}
				start(b, fresh, n)
			}
		})
	}
}

// BenchmarkStartupCheck measures what follows the first frame, off the UI
// loop: the folder checked against the index (one folder read, one stat a
// file, no draft read) — the same work as `agentdeck list` before it
// prints.
func BenchmarkStartupCheck(b *testing.B) {
	benchStartup(b, func(b *testing.B, fresh *storage.Store, n int) {
		entries, err := fresh.List()
		if err != nil || len(entries) != n {
			b.Fatalf("listed %d of %d: %v", len(entries), n, err)
		}
	})
}

func draftLabel(i int) string { return fmt.Sprintf("Draft-%06d", i) }

// storeWithDrafts makes a drafts folder of n drafts written directly as
// files (each its own id, name and time, from the support template) and
// builds their index once.
func storeWithDrafts(b *testing.B, n int) *storage.Store {
	b.Helper()
	store := clitest.WriteDrafts(b, filepath.Join(b.TempDir(), "drafts"), n, draftLabel)
	if entries, err := store.List(); err != nil || len(entries) != n {
		b.Fatalf("building the index: %d of %d, %v", len(entries), n, err)
	}
	return store
}
