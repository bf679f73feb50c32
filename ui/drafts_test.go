package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

func TestDraftsEmptyStateTellsAFirstTimeUserWhatToDo(t *testing.T) {
	t.Parallel()
	h := newHarness(t).start(80, 24)
	h.requireView("No drafts yet", "Press n", "agentdeck import FILE --provider nova|trillet|elevenlabs|dasha")
	if strings.Contains(h.view(), "enter open") {
		t.Fatal("the footer offers to open a draft when there is none")
	}
}

func TestDraftsListShowsEveryStatusAndDamagedFilesWithTheirReason(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.seed("Fresh", "nova", "blank")
	pushed := h.seed("Pushed one", "dasha", "blank")
	pushed.SetRemote(agent.Remote{ID: "r1", AgentHash: agent.ContentHash(&pushed.Agent), PushedAt: testNow})
	h.store.put(pushed)
	pulled := h.seed("Pulled one", "nova", "blank")
	pulled.SetRemote(agent.Remote{ID: "r3", AgentHash: agent.ContentHash(&pulled.Agent)})
	h.store.put(pulled)
	changed := h.seed("Changed one", "trillet", "blank")
	changed.SetRemote(agent.Remote{ID: "r2", AgentHash: "old"})
	h.store.put(changed)
	failed := h.seed("Failed one", "elevenlabs", "blank")
	failed.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{}})
	h.store.put(failed)
	h.store.damaged = []DraftEntry{{ID: "zz", Path: "/drafts/zz.yaml", Damaged: "line 3: mapping values are not allowed here"}}
	h.start(80, 24)

	h.requireView("Fresh", "Pushed one", "Pulled one", "Changed one", "Failed one", "zz.yaml", "6 drafts")
	for name, status := range map[string]string{"Fresh": "new", "Pushed one": "pushed", "Pulled one": "pulled", "Changed one": "changed", "Failed one": "error", "zz.yaml": "damaged"} {
		line := lineWith(h.view(), name)
		if !strings.Contains(line, status) {
			t.Errorf("the row of %s does not say %s: %q", name, status, line)
		}
	}
	if !strings.Contains(lineWith(h.view(), "zz.yaml"), "line 3") {
		t.Errorf("the damaged row does not give its reason:\n%s", h.view())
	}
}

func TestDraftsDamagedDraftIsExplainedNotOpened(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.store.damaged = []DraftEntry{{ID: "zz", Name: "", Path: "/drafts/zz.yaml", Damaged: "not a draft file"}}
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("a damaged draft opened %T", h.top())
	}
	h.requireView("Cannot read /drafts/zz.yaml", "Not a draft file. The file is left as it is.", "cannot be opened")
}

func TestDraftsFilterNarrowsAndEscClearsIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.seed("Front desk", "nova", "receptionist")
	h.seed("Reminder calls", "dasha", "reminder")
	h.seed("Support", "elevenlabs", "support")
	h.start(80, 24)
	k := h.keys().Drafts

	h.press(k.Filter)
	h.typeText("dash?")
	if strings.Contains(h.view(), "All keys") {
		t.Fatal("? opened the help instead of reaching the filter")
	}
	h.send(keyPress("backspace"))
	h.press(k.ApplyFilter)
	v := h.view()
	if !strings.Contains(v, "Reminder calls") || strings.Contains(v, "Front desk") || !strings.Contains(v, "1 of 3") {
		t.Fatalf("filtering by provider did not narrow the list:\n%s", v)
	}
	h.press(k.Open)
	if e := h.editor(); e.draft.Name != "Reminder calls" {
		t.Fatalf("opened %q, want the one the filter left", e.draft.Name)
	}
	h.press(h.keys().Global.Back)
	h.press(k.ClearFilter)
	h.requireView("Front desk", "Support", "3 drafts")
}

func TestDraftsNewestEditComesFirstAndCursorMoves(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	old := h.seed("Older", "nova", "blank")
	old.Updated = testNow.Add(-48 * time.Hour)
	h.store.put(old)
	h.seed("Newer", "nova", "blank")
	h.start(80, 24)
	v := h.view()
	if strings.Index(v, "Newer") > strings.Index(v, "Older") {
		t.Fatalf("the newest edit is not first:\n%s", v)
	}
	h.press(h.keys().Drafts.Down)
	h.press(h.keys().Drafts.Open)
	if h.editor().draft.Name != "Older" {
		t.Fatal("down then enter did not open the second draft")
	}
}

func TestDraftsListErrorIsOneSentenceWithAWayOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.store.listErr = errors.New("open /home/x/drafts: permission denied")
	h.start(80, 24)
	h.requireView("Could not read the drafts folder", "Press r to try again")
}

func TestWhenTextWordsTheLastEdit(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		t    time.Time
		want string
	}{
		"seconds ago":     {testNow.Add(-10 * time.Second), "just now"},
		"minutes ago":     {testNow.Add(-5 * time.Minute), "5m ago"},
		"hours today":     {testNow.Add(-3 * time.Hour), "3h ago"},
		"yesterday":       {testNow.Add(-20 * time.Hour).Add(-8 * time.Hour), "yesterday"},
		"this year":       {time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC), "2 Jan"},
		"an earlier year": {time.Date(2024, 7, 9, 9, 0, 0, 0, time.UTC), "9 Jul 2024"},
		"never":           {time.Time{}, ""},
	}
	for name, c := range cases {
		if got := whenText(c.t, testNow); got != c.want {
			t.Errorf("%s: got %q, want %q", name, got, c.want)
		}
	}
}

// lineWith returns the first line of s that contains sub.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}
