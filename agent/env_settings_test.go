package agent

import (
	"strings"
	"testing"
)

func settingsCaps() Capabilities {
	return Capabilities{Provider: "acme", Settings: []Setting{
		{Key: "eagerness", Kind: KindNumber, Label: "Eagerness", Section: SectionTurn, Spec: FieldSpec{Min: Num(0), Max: Num(1)}},
		{Key: "model", Kind: KindChoice, Label: "Model", Section: SectionTurn, Spec: FieldSpec{Choices: []Choice{{Value: "v2"}, {Value: "v3"}}, Closed: true}},
		{Key: "hook_key", Kind: KindSecret, Label: "Hook key", Section: SectionTurn},
		{Key: "routes", Kind: KindItems, Label: "Routes", Section: SectionTurn},
	}}
}

func TestEnvSettingOverridesTakeTheirSettingsForm(t *testing.T) {
	t.Parallel()
	d := envDraft()
	d.Provider = "acme"
	d.Agent.Settings = Settings{"acme": {"eagerness": 0.5}}
	d.Environments["staging"] = EnvValues{Overrides: map[string]string{"settings.acme.eagerness": "0.8"}}
	d.Environments["prod"] = EnvValues{Overrides: map[string]string{"settings.acme.model": "v3"}}
	view, err := d.ForEnv("staging")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := view.Agent.Settings.Get("acme", "eagerness"); v != "0.8" {
		t.Errorf("without the table the override is its text; got %#v", v)
	}
	hashBefore := envContentHash(view)
	if err := view.TypeEnvSettings(settingsCaps()); err != nil {
		t.Fatal(err)
	}
	if v, _ := view.Agent.Settings.Get("acme", "eagerness"); v != 0.8 {
		t.Errorf("typed eagerness = %#v, want 0.8", v)
	}
	if envContentHash(view) != hashBefore {
		t.Error("the hash a push records changed with the settings' forms, so EnvState would never be in step")
	}
	// Promote to prod puts the draft's own eagerness back, as a number.
	got, err := Retarget(&d, view.Agent, "staging", "prod", true)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := got.Settings.Get("acme", "eagerness"); v != 0.5 {
		t.Errorf("prod's eagerness = %#v, want the draft's 0.5", v)
	}
}

func TestEnvSettingOverridesAreCheckedAgainstTheTable(t *testing.T) {
	t.Parallel()
	for value, want := range map[string]string{
		"settings.acme.eagerness=2":      "from 0 to 1",
		"settings.acme.eagerness=high":   "use a number",
		"settings.acme.model=v9":         "choose one of",
		"settings.acme.hook_key=abc":     "secret",
		"settings.acme.routes=a":         "list of items",
		"settings.acme.nothing=1":        "no setting",
		"settings.acme.model=secret:x#1": "secret",
	} {
		path, v, _ := strings.Cut(value, "=")
		d := envDraft()
		d.Provider = "acme"
		d.Environments["prod"] = EnvValues{Overrides: map[string]string{path: v}}
		err := d.CheckEnvironmentsWith(settingsCaps())
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "prod") {
			t.Errorf("%s: %v, want %q", value, err, want)
		}
	}
	// Another provider's settings wait in the draft, unchecked and unsent.
	d := envDraft()
	d.Environments["prod"] = EnvValues{Overrides: map[string]string{"settings.other.anything": "x"}}
	if err := d.CheckEnvironmentsWith(settingsCaps()); err != nil {
		t.Errorf("another provider's setting: %v", err)
	}
}

func TestEnvNamesThatReadTheSameVariablesClash(t *testing.T) {
	t.Parallel()
	if err := CheckEnvNameClash("Prod", []string{"default", "prod"}); err == nil || !strings.Contains(err.Error(), `"prod" and "Prod"`) {
		t.Errorf("Prod beside prod: %v", err)
	}
	if err := CheckEnvNameClash("prod", []string{"default", "prod", "staging"}); err != nil {
		t.Errorf("prod itself: %v", err)
	}
	if err := CheckEnvNamesDistinct([]string{"eu_west", "default", "eu-west"}); err == nil || !strings.Contains(err.Error(), `"eu-west" and "eu_west"`) {
		t.Errorf("eu-west beside eu_west: %v", err)
	}
}
