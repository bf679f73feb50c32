package ui_test

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// A section's lists are offered in one menu, asked again until "No, go
// on", not by one question per list: ElevenLabs' Tools has a dozen.

// seedLists stores an ElevenLabs draft whose advanced "Filled list" has
// one entry.
func seedLists(t *testing.T) (ui.FakeSession, agent.Draft) {
	t.Helper()
	h := ui.NewListsSession(t)
	d := h.Seed("Desk", "elevenlabs", "blank")
	d.Agent.Settings = agent.Settings{"elevenlabs": {"filled_list": []map[string]any{{"name": "one"}}}}
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	return h, d
}

// afterMenu is what the session said from the first list menu on.
func afterMenu(t *testing.T, out string) string {
	t.Helper()
	i := strings.Index(out, "Change a list of Tools?")
	if i < 0 {
		t.Fatalf("the lists were never offered:\n%s", out)
	}
	return out[i:]
}

func TestAccessibleOffersASectionsListsInOneMenu(t *testing.T) {
	t.Parallel()
	h, d := seedLists(t)
	// Open the draft, Tools; keep More settings off, confirm the built-in
	// tools as they are; go on at once; back to the drafts.
	out := afterMenu(t, runPlain(t, h, "1\n8\n\n0\n1\n12\n"))
	wantSaid(t, out, "1. No, go on\n", "2. Webhook tools: 0 entries\n", "3. Built-in tools: 0 entries\n",
		"4. Plain list: 0 entries\n", "5. Filled list: 1 entry\n", "Enter a number between 1 and 5:")
	if strings.Contains(out, "Rare list") || strings.Contains(out, "Change it?") {
		t.Fatalf("an empty advanced list was offered, or a list asked about by itself:\n%s", out)
	}
	if strings.Count(out, "Change a list of Tools?") != 1 || !strings.Contains(out, "Which section?") {
		t.Fatalf("No, go on did not leave the section at once:\n%s", out)
	}
	if got := h.Draft(d.ID).Agent.Settings["elevenlabs"]; got["plain_list"] != nil {
		t.Fatalf("a list changed: %v", got)
	}
}

func TestAccessibleListMenuComesBackWithTheNewCount(t *testing.T) {
	t.Parallel()
	h, d := seedLists(t)
	// Open, Tools, More settings off, the built-in tools as they are; the
	// plain list: add one, name it, done with it; the menu again: go on;
	// back to the drafts.
	out := afterMenu(t, runPlain(t, h, "1\n8\n\n0\n4\n1\nFirst\n3\n1\n12\n"))
	if strings.Count(out, "Change a list of Tools?") != 2 {
		t.Fatalf("the menu was not asked again after the list:\n%s", out)
	}
	again := out[strings.LastIndex(out, "Change a list of Tools?"):]
	wantSaid(t, again, "1. No, go on\n", "4. Plain list: 1 entry\n", "5. Filled list: 1 entry\n", "Which section?")
	recs, _ := agent.SettingRecords(h.Draft(d.ID).Agent.Settings["elevenlabs"]["plain_list"])
	if len(recs) != 1 || recs[0]["name"] != "First" {
		t.Fatalf("the plain list holds %v\n%s", recs, out)
	}
}

func TestAccessibleListMenuOffersAdvancedListsWithMoreSettingsOn(t *testing.T) {
	t.Parallel()
	h, _ := seedLists(t)
	// Open, Tools; More settings yes, keep Keep tools, confirm the built-in
	// tools as they are; go on.
	out := afterMenu(t, runPlain(t, h, "1\n8\ny\n\n0\n1\n"))
	wantSaid(t, out, "1. No, go on\n", "4. Plain list: 0 entries\n", "5. Rare list: 0 entries\n", "6. Filled list: 1 entry\n")
}
