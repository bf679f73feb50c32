package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// BenchmarkKeystrokeOnLargestForm types into the largest editor form
// (Turn-taking on a provider that carries all of it) and draws the screen,
// as the runtime does for every key: Update, then View.
func BenchmarkKeystrokeOnLargestForm(b *testing.B) {
	h, _ := everythingHarness(b, "Bench")
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.openEntry(agent.SectionTurn, "")
	h.focusField("turn.silence.reminder_message")
	h.holdAutosave = true
	keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, keyPress("backspace")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, cmd := h.app.Update(keys[i%2])
		_ = cmd
		_ = h.app.View()
	}
}

// BenchmarkFirstFrameWith1000Drafts builds the App, lists 1,000 drafts
// from a fake store and draws the first frame.
func BenchmarkFirstFrameWith1000Drafts(b *testing.B) {
	store := newTestStore()
	for i := range 1000 {
		store.put(agent.Draft{Name: fmt.Sprintf("Agent %04d", i), Provider: fakeIDs[i%4], Updated: testNow.Add(-time.Duration(i) * time.Minute)})
	}
	entries, err := store.List()
	if err != nil {
		b.Fatal(err)
	}
	listed := &listOnce{fakeStore: store, entries: entries}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		app := listingApp(listed, nil)
		app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		top := app.top().(*draftsScreen)
		app.Update(draftsListedMsg{reqID: top.Init()().(draftsListedMsg).reqID, entries: entries})
		_ = app.View()
	}
}

// listOnce is a DraftStore that answers List from memory, so the benchmark
// measures the UI, not the fake store's locking and sorting.
type listOnce struct {
	*fakeStore
	entries []DraftEntry
}

func (l *listOnce) List() ([]DraftEntry, error) { return l.entries, nil }

// filterOver is the drafts list of entries, 80 by 24, with its filter
// open: the start of the filter's benchmark and tests.
func filterOver(entries []DraftEntry) (*App, *draftsScreen) {
	store := &listOnce{fakeStore: newTestStore(), entries: entries}
	app := listingApp(store, nil)
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	top := app.top().(*draftsScreen)
	app.Update(top.Init()())
	app.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
	return app, top
}

// everythingHarness is a harness whose provider "everything" carries every
// field, with one draft on it called name, made from the support template.
func everythingHarness(tb testing.TB, name string) (*harness, agent.Draft) {
	tb.Helper()
	all := agent.Capabilities{Fields: map[string]agent.FieldSpec{}}
	for _, f := range agent.Fields {
		all.Fields[f.Path] = agent.FieldSpec{}
	}
	h := newHarness(tb)
	h.providers.extra = map[string]agent.Capabilities{"everything": all}
	return h, h.seed(name, "everything", "support")
}

// BenchmarkDraftsFilterKeystroke types into the drafts list's filter with
// 100,000 drafts listed and draws the screen (Update, then View), a letter
// then a backspace. Budget (issue 15, point 3): 5 ms.
func BenchmarkDraftsFilterKeystroke(b *testing.B) {
	const n = 100000
	entries := make([]DraftEntry, n)
	for i := range entries {
		entries[i] = DraftEntry{
			ID: fmt.Sprintf("d%06d", i), Name: fmt.Sprintf("Agent %06d front desk", i),
			Provider: fakeIDs[i%4], Status: agent.StatusNew, Updated: testNow.Add(-time.Duration(i) * time.Minute),
		}
	}
	app, top := filterOver(entries)
	app.Update(tea.KeyPressMsg{Code: '9', Text: "9"})
	keys := []tea.KeyPressMsg{{Code: '9', Text: "9"}, {Code: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		app.Update(keys[i%2])
		_ = app.View()
	}
	if top.focus != focusDraftFilter || top.filter.Value() == "" {
		b.Fatalf("not typing into the filter: %q", top.filter.Value())
	}
}
