package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// settingsCaps is a provider with a plain, an advanced, a read-only and a
// list setting in the turn section.
func settingsCaps() agent.Capabilities {
	caps := agent.Capabilities{Provider: "acme", Fields: map[string]agent.FieldSpec{"turn.mode": {}}}
	caps.Settings = []agent.Setting{
		{
			Key: "turn_model", Section: agent.SectionTurn, Group: "Turn model", Label: "Turn model", Help: "Which model decides when the caller has finished.", Kind: agent.KindChoice,
			Spec: agent.FieldSpec{Choices: []agent.Choice{{Value: "turn_v2", Label: "Version 2"}, {Value: "turn_v3", Label: "Version 3"}}, Closed: true},
		},
		{
			Key: "soft_timeout", Section: agent.SectionTurn, Label: "Soft timeout", Help: "Seconds before a short filler.", Kind: agent.KindNumber, Advanced: true,
			Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(10)},
		},
		{Key: "patience", Section: agent.SectionTurn, Label: "Spelling patience", Help: "Wait longer while the caller spells.", Kind: agent.KindBool, Advanced: true},
		{Key: "magic", Section: agent.SectionTurn, Label: "Magic", Help: "Unknown.", Kind: agent.KindText, ReadOnly: "its meaning is not documented"},
		{Key: "criteria", Section: agent.SectionTurn, Label: "Evaluation criteria", Help: "What a good call achieves.", Kind: agent.KindItems, Items: []agent.Setting{
			{Key: "name", Label: "Name", Help: "A short name.", Kind: agent.KindText},
			{Key: "goal", Label: "Goal", Help: "What the call must achieve.", Kind: agent.KindText},
		}},
	}
	return caps
}

func TestSettingsShowInTheirSectionAdvancedBehindTheSwitch(t *testing.T) {
	caps := settingsCaps()
	a := agent.Agent{Settings: agent.Settings{"acme": {"magic": "xyz"}, "other": {"kept": 1}}}
	s := NewSection(agent.SectionTurn, &a, caps, Options{})
	paths := strings.Join(s.Paths(), " ")
	for _, want := range []string{"settings.acme.turn_model", "settings.acme.soft_timeout", "settings.acme.patience", moreSettingsPath} {
		if !strings.Contains(paths, want) {
			t.Errorf("%s missing from the turn form: %s", want, paths)
		}
	}
	if strings.Contains(paths, "settings.acme.magic") {
		t.Error("a read-only setting became an editable field")
	}
	views := strings.Join(formViews(t, s), "\n")
	if strings.Contains(views, "Soft timeout") {
		t.Error("an advanced setting shows before More settings is switched on")
	}
	setText(t, s, "settings.acme.turn_model", "turn_v3")
	setText(t, s, "settings.acme.soft_timeout", "2.5")
	mustApply(t, s, &a)
	if a.Settings["acme"]["turn_model"] != "turn_v3" || a.Settings["acme"]["soft_timeout"] != 2.5 {
		t.Fatalf("settings after apply: %v", a.Settings)
	}
	if a.Settings["other"]["kept"] != 1 || a.Settings["acme"]["magic"] != "xyz" {
		t.Fatalf("apply touched settings it does not show: %v", a.Settings)
	}
	setText(t, s, "settings.acme.turn_model", "")
	mustApply(t, s, &a)
	if _, set := a.Settings["acme"]["turn_model"]; set {
		t.Fatal("clearing a setting kept its value")
	}
}

func TestListSettingsAreEditedItemByItem(t *testing.T) {
	caps := settingsCaps()
	var a agent.Agent
	lists := Lists(agent.SectionTurn, caps)
	if len(lists) != 1 || lists[0].ID != "settings.acme.criteria" || lists[0].Title != "Evaluation criteria" {
		t.Fatalf("lists %+v", lists)
	}
	i, err := AddItem(lists[0].ID, &a)
	if err != nil || i != 0 {
		t.Fatal(i, err)
	}
	item := NewItem(lists[0].ID, i, &a, caps, Options{})
	setText(t, item, "settings.acme.criteria[0].name", "polite")
	setText(t, item, "settings.acme.criteria[0].goal", "Thank the caller")
	mustApply(t, item, &a)
	if got := Items(lists[0].ID, &a); len(got) != 1 || got[0] != "polite" {
		t.Fatalf("items %v (settings %v)", got, a.Settings)
	}
	if _, err := AddItem(lists[0].ID, &a); err != nil {
		t.Fatal(err)
	}
	if err := MoveItem(lists[0].ID, &a, 1, 0); err != nil {
		t.Fatal(err)
	}
	if err := RemoveItem(lists[0].ID, &a, 0); err != nil {
		t.Fatal(err)
	}
	recs, _ := agent.SettingRecords(a.Settings["acme"]["criteria"])
	if len(recs) != 1 || recs[0]["goal"] != "Thank the caller" {
		t.Fatalf("records %v", recs)
	}
}

func TestSettingValuesAreValidatedFromTheirTable(t *testing.T) {
	caps := settingsCaps()
	a := agent.Agent{Identity: agent.Identity{Name: "x"}, Settings: agent.Settings{
		"acme":  {"turn_model": "turn_v9", "soft_timeout": 11.0, "patience": "yes"},
		"other": {"anything": true},
	}}
	ps := agent.ValidateCommon(&a, caps)
	want := map[string]string{
		"settings.acme.turn_model":   "choose one of",
		"settings.acme.soft_timeout": "from 0 to 10",
		"settings.acme.patience":     "yes or no",
	}
	for path, words := range want {
		got := ps.At(path)
		if len(got) == 0 || !strings.Contains(got[0].Message, words) {
			t.Errorf("%s: want a problem with %q, got %v", path, words, got)
		}
	}
	for _, p := range ps {
		if strings.HasPrefix(p.Path, "settings.other") {
			t.Errorf("another provider's setting is a problem: %v", p)
		}
	}
	if l := agent.LabelWith(caps, &a, "settings.acme.criteria[1].goal"); l != "Evaluation criteria 2 › Goal" {
		t.Errorf("label %q", l)
	}
}
