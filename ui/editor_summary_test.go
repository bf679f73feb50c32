package ui

import (
	"regexp"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestSummarySaysNoneForEmptyLists: beside the sidebar, a list the draft
// leaves empty reads "none" (an empty tags field is no tags, not a provider
// default), while an unset single value still reads "default".
func TestSummarySaysNoneForEmptyLists(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "elevenlabs", "blank", nil)
	h.requireView("Time zone")
	v := h.view()
	if !regexp.MustCompile(`Tags +none`).MatchString(v) {
		t.Fatalf("the empty tags do not read none:\n%s", v)
	}
	h.gotoEntry(agent.SectionTurn, "")
	if v = h.view(); !regexp.MustCompile(`Eagerness +default`).MatchString(v) {
		t.Fatalf("an unset single value no longer reads default:\n%s", v)
	}
}
