package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Dasha's own settings end to end (issue 17): listed by `fields`, saved in
// the draft, sent by `push` where the docs put them, and read back by
// `pull` into the draft again.
func TestDashaSettingsFromDraftToDasha(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)

	fields := dashaRun(t, c, "fields", "--provider", "dasha")
	for _, want := range []string{
		"settings.dasha.ivr_navigation", "config.features.ivrDetection.ivrNavigation",
		"settings.dasha.transfer_routes[].destination", "settings.dasha.reasoning_mode",
		"read-only: a format marker Dasha sets",
	} {
		if !strings.Contains(fields, want) {
			t.Errorf("fields does not list %q", want)
		}
	}

	id := dashaRun(t, c, "new", "--provider", "dasha", "--template", "support", "Transfers")
	s := dashaStore(t, c)
	d, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	d.Agent.Settings = agent.Settings{"dasha": {
		"ivr_navigation": true,
		"transfer_type":  "cold",
		"transfer_routes": []map[string]any{
			{"name": "Sales", "description": "Pricing questions.", "destination": "+15550100"},
		},
		"trailing_prompt": "Keep it short.",
	}}
	if err := s.Save(&d); err != nil {
		t.Fatal(err)
	}
	dashaRun(t, c, "validate", id)
	remote := dashaRun(t, c, "push", id)
	cfg := fake.Agent(remote)["config"].(map[string]any)
	features := cfg["features"].(map[string]any)
	if nav := features["ivrDetection"].(map[string]any)["ivrNavigation"]; nav != true {
		t.Errorf("menu navigation on Dasha = %v", nav)
	}
	routes := features["transfer"].(map[string]any)["transferRoutes"].([]any)
	if r := routes[0].(map[string]any); r["name"] != "Sales" || r["endpointDestination"] != "+15550100" {
		t.Errorf("transfer destination on Dasha = %v", r)
	}
	if tp := cfg["llmConfig"].(map[string]any)["options"].(map[string]any)["trailingPrompt"]; tp != "Keep it short." {
		t.Errorf("closing instructions on Dasha = %v", tp)
	}

	pulled := dashaRun(t, c, "pull", "--provider", "dasha", remote)
	back, err := s.Load(pulled)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := back.Agent.Settings.Get("dasha", "transfer_type"); v != "cold" {
		t.Errorf("pulled draft's transfer kind = %v", v)
	}
}
