package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Issue 17: where a person meets a provider's own setting outside its form
// — a problem line, the review, f2 — it reads by its table's label and
// help, as the form shows it, never by its key in plain letters.

// wordsTable is a small provider table with each kind of setting a person
// meets: an advanced number with a range, advanced free text the docs list
// no values for, one kept read-only, and a list of records.
func wordsTable() []agent.Setting {
	return []agent.Setting{
		{
			Key: "end_conf", Section: agent.SectionListening, Group: "End of turn", Label: "End-of-turn confidence",
			Help: "How sure the agent must be that the caller finished before it answers.",
			Kind: agent.KindNumber, Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)}, Advanced: true,
		},
		{
			Key: "reason_mode", Section: agent.SectionListening, Label: "Reasoning mode",
			Help: "How the model thinks before it answers.", Kind: agent.KindText, Advanced: true, Undocumented: true,
		},
		{
			Key: "engine", Section: agent.SectionListening, Label: "Speech engine", Help: "The engine that hears the caller.",
			Kind: agent.KindText, ReadOnly: "its meaning is not documented",
		},
		{
			Key: "dest", Section: agent.SectionListening, Label: "Transfer destinations",
			Help: "Where a call can be handed on.", Kind: agent.KindItems,
			Items: []agent.Setting{
				{Key: "name", Label: "Destination name", Help: "What the agent calls it.", Kind: agent.KindText},
				{Key: "phone", Label: "Phone number", Help: "The number to call.", Kind: agent.KindText},
			},
		},
	}
}

// wordsProvider is Dasha's fake with wordsTable as its own settings.
func wordsProvider() *scriptProvider {
	p := newScriptProvider("dasha")
	p.caps.Provider = "dasha"
	p.caps.Settings = wordsTable()
	return p
}

func TestASettingsProblemReadsByItsLabelInTheEditorAndReview(t *testing.T) {
	t.Parallel()
	p := wordsProvider()
	h, _ := openEditorWith(t, p, func(d *agent.Draft) {
		d.Agent.Settings = d.Agent.Settings.With("dasha", "end_conf", 5.0)
	})
	h.gotoEntry(agent.SectionListening, "")
	// The section's summary names the problem by the setting's label.
	h.requireView("End-of-turn confidence: use a number from 0 to 1")
	h.press(h.keys().Editor.Review)
	h.requireView("Listening › End-of-turn confidence: use a number from 0 to 1")
	if strings.Contains(h.view(), "End conf") {
		t.Fatalf("the review names the setting by its key:\n%s", h.view())
	}
	// Fixing it goes to the setting itself, its page behind More settings
	// shown.
	r := h.top().(*reviewScreen)
	for i := 0; i < len(r.problems) && r.problems[r.cursor].Path != agent.SettingPath("dasha", "end_conf"); i++ {
		h.press(h.keys().Review.Down)
	}
	h.press(h.keys().Review.Fix)
	e := h.editor()
	if e.form == nil || e.form.Form.GetFocusedField().GetKey() != agent.SettingPath("dasha", "end_conf") {
		t.Fatalf("fixing the problem did not reach the setting:\n%s", h.view())
	}
}

func TestF2ReadsASettingsWholeHelpAndWhyOneIsReadOnly(t *testing.T) {
	t.Parallel()
	h, _ := openEditorWith(t, wordsProvider(), nil)
	h.gotoEntry(agent.SectionListening, "")
	h.press(h.keys().Editor.Open)
	h.focusField("settings.#more")
	h.send(keyPress("y")) // More settings on
	h.focusField(agent.SettingPath("dasha", "reason_mode"))
	h.press(h.keys().Global.Explain)
	if _, ok := h.app.dialog.(*explainDialog); !ok {
		t.Fatalf("f2 showed nothing on a provider setting:\n%s", h.view())
	}
	all := h.readAll()
	for _, want := range []string{
		"Reasoning mode", "How the model thinks before it answers.",
		"Free text: the docs list no values",
		"Speech engine is shown, not edited here: Its meaning is not documented.",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("f2 did not say %q; read:\n%s", want, all)
		}
	}
}

func TestAPushDiffNamesSettingsByTheirLabels(t *testing.T) {
	t.Parallel()
	p := wordsProvider()
	a := agent.Agent{}
	b := a
	b.Settings = agent.Settings{"dasha": {"end_conf": 0.7, "dest": []any{map[string]any{"name": "Desk", "phone": "+15550100"}}}}
	got := map[string]bool{}
	for _, c := range agent.DiffWith(p.caps, &a, &b) {
		got[c.Label] = true
	}
	for _, want := range []string{"Listening › End-of-turn confidence", "Transfer destinations 1 › Phone number"} {
		if !got[want] {
			t.Errorf("the diff does not name %q; it has %v", want, got)
		}
	}
}
