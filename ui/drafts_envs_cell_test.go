package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// draftsFrame is the drafts list's first frame at 80×24 over entries.
func draftsFrame(entries []DraftEntry) string {
	app, _ := firstFrameApp(newTestStore(), &fakeIndex{entries: entries, total: len(entries)})
	return ansi.Strip(app.View().Content)
}

// The drafts list shows each draft's environments, as `agentdeck list`
// does, once some draft has one besides the default, within 80 columns;
// without any, the list is as it was.
func TestDraftsListShowsEnvironments(t *testing.T) {
	t.Parallel()
	entries := []DraftEntry{
		{
			ID: "a", Name: "Front desk with a rather long name", Provider: fakeIDs[0], Status: agent.StatusChanged, Updated: testNow,
			Envs: []DraftEnv{{Name: agent.DefaultEnv, State: agent.EnvInStep}, {Name: "prod", State: agent.EnvChanged}},
		},
		{ID: "b", Name: "Billing", Provider: fakeIDs[1], Status: agent.StatusNew, Updated: testNow.Add(-time.Hour)},
	}
	frame := draftsFrame(entries)
	if !strings.Contains(frame, " ENVS ") || !strings.Contains(frame, "default ✓ prod •") {
		t.Fatalf("the drafts list shows no environments:\n%s", frame)
	}
	for _, line := range strings.Split(frame, "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Fatalf("a line is %d columns wide at 80:\n%s", w, line)
		}
	}
	entries[0].Envs = nil
	if frame := draftsFrame(entries); strings.Contains(frame, "ENVS") {
		t.Fatalf("the environments column shows with no environments:\n%s", frame)
	}
}
