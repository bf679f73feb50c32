package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// fakeIndex answers Recent with what it was given, as an index last written
// some time ago would.
type fakeIndex struct {
	entries []DraftEntry
	total   int
	asked   []int
}

func (f *fakeIndex) Recent(n int) ([]DraftEntry, int, bool) {
	f.asked = append(f.asked, n)
	return f.entries[:min(n, len(f.entries))], f.total, true
}

// firstFrameApp is the drafts list over store and ix as it starts: Init
// run (its command, the check of the drafts folder, is returned unrun) and
// the window sized 80×24, so View is the first frame.
func firstFrameApp(store DraftStore, ix *fakeIndex) (*App, tea.Cmd) {
	app := listingApp(store, ix)
	cmd := app.Init()
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return app, cmd
}

// The first frame shows the drafts the index knows, before the folder is
// checked and whatever their number; the check runs off the loop, and when
// it finds the folder changed, the list shows what it found (issue 15,
// point 3).
func TestFirstFrameComesFromTheIndexAndTheCheckUpdatesIt(t *testing.T) {
	t.Parallel()
	store := newTestStore()
	store.put(agent.Draft{Name: "Added since", Provider: fakeIDs[0], Updated: testNow})
	store.put(agent.Draft{Name: "Kept", Provider: fakeIDs[1], Updated: testNow.Add(-2 * time.Hour)})
	ix := &fakeIndex{total: 5000}
	for i := range 300 {
		ix.entries = append(ix.entries, DraftEntry{
			ID: fmt.Sprintf("old%d", i), Name: fmt.Sprintf("Indexed %03d", i),
			Provider: fakeIDs[0], Updated: testNow.Add(-time.Hour - time.Duration(i)*time.Minute),
		})
	}
	app, cmd := firstFrameApp(store, ix)
	first := ansi.Strip(app.View().Content)
	if len(ix.asked) != 1 || ix.asked[0] > 1000 {
		t.Errorf("the first frame asked the index for %v drafts; want one screen's worth, once", ix.asked)
	}
	for _, want := range []string{"Indexed 000", "Indexed 001", "5000 drafts"} {
		if !strings.Contains(first, want) {
			t.Errorf("first frame lacks %q:\n%s", want, first)
		}
	}
	if strings.Contains(first, "Reading your drafts") || strings.Contains(first, "Added since") {
		t.Errorf("first frame waited for the folder, or read it on the loop:\n%s", first)
	}
	for _, msg := range collectMsgs(cmd) {
		if _, ok := msg.(draftsListedMsg); ok {
			app.Update(msg)
		}
	}
	checked := ansi.Strip(app.View().Content)
	for _, want := range []string{"Added since", "Kept", "2 drafts"} {
		if !strings.Contains(checked, want) {
			t.Errorf("after the check the list lacks %q:\n%s", want, checked)
		}
	}
	if strings.Contains(checked, "Indexed 000") {
		t.Errorf("after the check the list still shows what the index knew:\n%s", checked)
	}
}

// collectMsgs runs cmd and the commands of any batch it returns, and returns the
// messages they give.
func collectMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, collectMsgs(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// The filter narrows what the shorter query showed as letters are typed and
// goes back to it on a backspace; whatever the path, it shows exactly the
// drafts that hold the text.
func TestFilterStepsShowWhatAFreshFilterShows(t *testing.T) {
	t.Parallel()
	var entries []DraftEntry
	for i := range 500 {
		entries = append(entries, DraftEntry{
			ID: fmt.Sprintf("d%d", i), Name: fmt.Sprintf("Agent %d desk", i*37%1000),
			Provider: fakeIDs[i%4], Updated: testNow.Add(-time.Duration(i) * time.Minute),
		})
	}
	app, top := filterOver(entries)
	for _, k := range []string{"1", "2", "bs", "3", "7", "bs", "bs", "bs", "d", "e", "bs", "4", "bs", "bs"} {
		if k == "bs" {
			app.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
		} else {
			app.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
		}
		q := strings.ToLower(top.filter.Value())
		var want []int
		for i, e := range top.entries {
			if strings.Contains(e.search, q) {
				want = append(want, i)
			}
		}
		if fmt.Sprint(top.shown) != fmt.Sprint(want) {
			t.Fatalf("after %q the filter %q shows %d drafts, want %d", k, q, len(top.shown), len(want))
		}
	}
}
