package ui_test

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// Issue 17: the accessible front end reads and edits a provider's own
// settings — the plain ones, the More settings switch and what it shows,
// lists of records — in the table's words.

func TestAccessibleEditsProviderSettingsBehindMoreSettingsAndTheirLists(t *testing.T) {
	t.Parallel()
	h := ui.NewWordsSession(t)
	d := h.Seed("Desk", "dasha", "receptionist")
	// Open the draft, Listening; keep Switch languages; More settings on;
	// the confidence and the reasoning mode; then its destinations: yes,
	// add one (its name and number), done; the input ends.
	out := runPlain(t, h, "1\n4\n\ny\n0.8\nfast\n2\n1\nFront desk\n+15550100\n3\n")
	wantSaid(t, out,
		"End-of-turn confidence, now not set (asked when More settings is yes). How sure the agent must be",
		"Reasoning mode, now not set (asked when More settings is yes). How the model thinks before it answers. Free text: the docs list no values",
		"Speech engine", "read-only: its meaning is not documented",
		"Change a list of Listening?", "2. Transfer destinations: 0 entries",
		"Destination name, now not set. What the agent calls it.",
	)
	got := h.Draft(d.ID).Agent.Settings["dasha"]
	if n, _ := agent.SettingNumber(got["end_conf"]); n != 0.8 {
		t.Errorf("the confidence is %v, want 0.8\n%s", got["end_conf"], out)
	}
	if got["reason_mode"] != "fast" {
		t.Errorf("the reasoning mode is %v, want fast", got["reason_mode"])
	}
	recs, _ := agent.SettingRecords(got["dest"])
	if len(recs) != 1 || recs[0]["name"] != "Front desk" || recs[0]["phone"] != "+15550100" {
		t.Errorf("the destinations are %v", got["dest"])
	}
}

func TestAccessibleAsksNoAdvancedSettingWhileMoreSettingsIsOff(t *testing.T) {
	t.Parallel()
	h := ui.NewWordsSession(t)
	d := h.Seed("Desk", "dasha", "receptionist")
	// Open the draft, Listening; keep Switch languages; keep More settings
	// off; the next answer goes to the menu of its lists.
	out := runPlain(t, h, "1\n4\n\n\n1\n")
	// Named once, where the section is described; never asked.
	if strings.Count(out, "End-of-turn confidence") != 1 {
		t.Fatalf("an advanced setting was asked with More settings off:\n%s", out)
	}
	if _, set := h.Draft(d.ID).Agent.Settings.Get("dasha", "end_conf"); set {
		t.Fatalf("an advanced setting was written:\n%s", out)
	}
	wantSaid(t, out, "Change a list of Listening?", "2. Transfer destinations: 0 entries")
}

func TestAccessibleNamesASettingsProblemByItsLabelInItsSection(t *testing.T) {
	t.Parallel()
	h := ui.NewWordsSession(t)
	d := h.Seed("Desk", "dasha", "receptionist")
	d.Agent.Settings = d.Agent.Settings.With("dasha", "end_conf", 5.0)
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	out := runPlain(t, h, "1\n")
	wantSaid(t, out, "Listening: needs attention, End-of-turn confidence: use a number from 0 to 1")
}
