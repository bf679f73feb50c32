package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// requireMargin fails when a line of the view that holds text starts at
// the screen's edge: a wrapped sentence whose second line lost the
// one-space margin the first line has.
func requireMargin(t *testing.T, h *harness, what string) {
	t.Helper()
	for i, l := range strings.Split(h.view(), "\n") {
		if l != "" && !strings.HasPrefix(l, " ") {
			t.Fatalf("%s: line %d starts at the edge: %q\n%s", what, i, l, h.view())
		}
	}
}

// TestWrappedNoticesKeepTheirMargin looks at 80 columns at the notices
// long enough to wrap: the Tests screen's intro, the Try it screen of a
// draft not pushed yet, and the empty trash.
func TestWrappedNoticesKeepTheirMargin(t *testing.T) {
	t.Parallel()
	p := newTesterProvider("elevenlabs")
	h, _ := openSeeded(t, []harnessOption{withProvider(p)}, "elevenlabs", "receptionist", nil)
	h.press(h.keys().Editor.Tests)
	topIs[*testsScreen](h, "tests")
	h.requireView("No tests yet")
	requireMargin(t, h, "tests screen")

	h2 := newHarness(t, withProvider(newTesterProvider("elevenlabs")))
	h2.seed("Fresh", "elevenlabs", "receptionist")
	h2.start(80, 24)
	h2.press(h2.keys().Drafts.Try)
	h2.requireView("submit it first")
	requireMargin(t, h2, "try it, not pushed")

	h3 := newHarness(t)
	h3.start(80, 24)
	h3.press(h3.keys().Drafts.Trash)
	h3.requireView("The trash is empty")
	requireMargin(t, h3, "empty trash")
}

// TestDraftsHelpFitsEightyColumns opens the drafts list's full help at 80
// columns, with a filter kept (its clear key widens the help): every key
// shows whole, the global ones too.
func TestDraftsHelpFitsEightyColumns(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.seed("One", "elevenlabs", "receptionist")
	h.seed("Two", "nova", "blank")
	h.start(80, 24)
	h.press(h.keys().Drafts.Filter)
	h.typeText("o")
	h.press(h.keys().Drafts.ApplyFilter)
	h.press(h.keys().Global.Help)
	h.requireView("All keys on this screen", "environments", "clear filter", "? ", "help", "redraw screen", "ctrl+c quit")
	if v := h.view(); strings.Contains(v, "…") {
		t.Fatalf("the help is cut at 80 columns:\n%s", v)
	}
}

// TestHistoryScreenSaysWhichEnvironmentEachVersionWent lists a version
// pushed to prod and one to the default environment: only prod's is named,
// since each environment has its own agent.
func TestHistoryScreenSaysWhichEnvironmentEachVersionWent(t *testing.T) {
	t.Parallel()
	var hs *historyStore
	h := newHarness(t, func(h *harness, deps *Deps) {
		hs = &historyStore{fakeStore: h.store, versions: map[string][]agent.Version{}}
		deps.History = hs
	})
	d := h.seed("Desk", "nova", "receptionist")
	for _, env := range []string{"prod", ""} {
		if _, err := hs.AppendVersion(d.ID, agent.Version{Provider: "nova", Env: env, RemoteID: "agent-1"}); err != nil {
			t.Fatal(err)
		}
	}
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.editor()
	h.press(h.keys().Editor.History)
	h.requireView("2 versions kept")
	var one, two string
	for _, l := range strings.Split(h.view(), "\n") {
		switch {
		case one == "" && strings.Contains(l, "Version 1 "):
			one = l
		case two == "" && strings.Contains(l, "Version 2 "):
			two = l // the list's row, above the notice
		}
	}
	if !strings.Contains(one, "Nova (prod)") || strings.Contains(two, "(") {
		t.Fatalf("version 1 %q, version 2 %q", one, two)
	}
}

// TestTryItListsTheCallsAfterTheAnswer sends a line on the Try it screen:
// the agent's answer follows the caller's line at once, and the provider
// calls made come after it, as agentdeck try prints them.
func TestTryItListsTheCallsAfterTheAnswer(t *testing.T) {
	t.Parallel()
	h, _, _ := testerDesk(t, false)
	h.start(120, 30)
	h.press(h.keys().Drafts.Try)
	h.typeText("Book me for Monday")
	h.press(h.keys().Try.Send)
	v := h.view()
	caller, answer, calls := strings.Index(v, "Caller: Book me"), strings.Index(v, "Agent:  You said"), strings.Index(v, "Calls made to")
	if caller < 0 || answer < 0 || calls < 0 || !(caller < answer && answer < calls) {
		t.Fatalf("caller at %d, answer at %d, calls at %d:\n%s", caller, answer, calls, v)
	}
}
