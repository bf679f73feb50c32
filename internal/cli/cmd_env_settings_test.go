package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// storedJSON is the fake's stored agent as one line of JSON.
func storedJSON(t *testing.T, get func(string) (map[string]any, bool), id string) string {
	t.Helper()
	a, ok := get(id)
	if !ok {
		t.Fatalf("no agent %s", id)
	}
	raw, _ := json.Marshal(a)
	return string(raw)
}

// override sets one of env's overrides in d.
func override(d *agent.Draft, env, path, value string) {
	v := d.Environments[env]
	if v.Overrides == nil {
		v.Overrides = map[string]string{}
	}
	v.Overrides[path] = value
	d.Environments[env] = v
}

func TestEnvOverridesAProvidersOwnSettings(t *testing.T) {
	t.Parallel()
	c, staging, prod, id := elevenStagingProd(t)
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Settings = d.Agent.Settings.With("elevenlabs", "turn_model", "turn_v3")
		override(d, "staging", "settings.elevenlabs.turn_model", "turn_v2")
		override(d, "staging", "settings.elevenlabs.turn_spelling_patience", "off")
		override(d, "prod", "settings.elevenlabs.file_input_max_files_in_memory", "5")
		override(d, "prod", "settings.elevenlabs.turn_speculative_turn", "yes")
	})
	sID := c.mustRun("push", id, "--env", "staging")
	pID := c.mustRun("push", id, "--env", "prod")
	if got := storedJSON(t, staging.Agent, sID); !strings.Contains(got, `"turn_model":"turn_v2"`) || !strings.Contains(got, `"spelling_patience":"off"`) {
		t.Errorf("staging's agent lacks staging's turn model: %s", got)
	}
	got := storedJSON(t, prod.Agent, pID)
	for _, want := range []string{`"turn_model":"turn_v3"`, `"max_files_in_memory":5`, `"speculative_turn":true`} {
		if !strings.Contains(got, want) {
			t.Errorf("prod's agent lacks %s: %s", want, got)
		}
	}
	d := c.load(id)
	for _, env := range []string{"staging", "prod"} {
		if s := d.EnvState(env); s != agent.EnvInStep {
			t.Errorf("%s is %q right after its push", env, s)
		}
	}
	// Promote carries staging's agent to prod with prod's values: the
	// draft's own turn model, not staging's.
	c.mustRun("promote", id, "--from", "staging", "--to", "prod", "--yes")
	got = storedJSON(t, prod.Agent, pID)
	if !strings.Contains(got, `"turn_model":"turn_v3"`) || !strings.Contains(got, `"max_files_in_memory":5`) ||
		strings.Contains(got, `"spelling_patience":"off"`) {
		t.Errorf("promote gave prod staging's values: %s", got)
	}
	if d := c.load(id); d.EnvState("prod") != agent.EnvInStep {
		t.Errorf("prod is %q after promote", d.EnvState("prod"))
	}
}

func TestEnvSettingOverridesAreHeldToTheProvidersTable(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct{ key, value, want string }{
		"a closed choice": {"turn_model", "turn_v9", "choose one of"},
		"out of range":    {"file_input_max_files_in_memory", "99", "from 1 to 30"},
		"not a number":    {"file_input_max_files_in_memory", "many", "whole number"},
		"not yes or no":   {"turn_speculative_turn", "maybe", "yes or no"},
		"no such setting": {"turn_colour", "blue", "no setting"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, _, prod, id := elevenStagingProd(t)
			c.edit(id, func(d *agent.Draft) {
				override(d, "prod", "settings.elevenlabs."+tc.key, tc.value)
			})
			for _, args := range [][]string{{"validate", id}, {"export", id, "--env", "prod"}, {"push", id, "--env", "prod"}} {
				code, _, stderr := c.run(args...)
				if code != exitFailure || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "prod") {
					t.Errorf("%v: exit %d, want %q named:\n%s", args, code, tc.want, stderr)
				}
			}
			if n := len(prod.AgentIDs()); n != 0 {
				t.Errorf("prod has %d agents after a refused push", n)
			}
		})
	}
}

func TestEnvNamesThatShareAVariableAreRefused(t *testing.T) {
	t.Parallel()
	c, staging, prod, id := elevenStagingProd(t)
	c.mustRun("push", id, "--env", "prod")
	code, _, stderr := c.run("push", id, "--env", "Prod")
	if code == exitOK || !strings.Contains(stderr, `"prod" and "Prod"`) || !strings.Contains(stderr, "API_KEY_PROD") {
		t.Errorf("push --env Prod beside prod: exit %d:\n%s", code, stderr)
	}
	if n := len(prod.AgentIDs()) + len(staging.AgentIDs()); n != 1 {
		t.Errorf("%d agents after a refused push, want prod's one", n)
	}
	// Two names in the draft file itself.
	c.edit(id, func(d *agent.Draft) {
		one := agent.EnvValues{Variables: map[string]string{"clinic": "EU"}}
		d.Environments["eu-west"], d.Environments["eu_west"] = one, one
	})
	code, _, stderr = c.run("validate", id)
	if code != exitFailure || !strings.Contains(stderr, `"eu-west" and "eu_west"`) {
		t.Errorf("validate with eu-west and eu_west: exit %d:\n%s", code, stderr)
	}
	// A name the settings file already has in another spelling.
	c2, _ := elevenCLI(t)
	id2 := c2.mustRun("new", "Desk", "--provider", "elevenlabs")
	settings := "environments:\n  qa:\n    elevenlabs:\n      base_url: " + prod.BaseURL + "\n"
	c2.writeFile("settings.yaml", settings)
	code, _, stderr = c2.run("push", id2, "--env", "QA")
	if code != exitUsage || !strings.Contains(stderr, `"qa" and "QA"`) {
		t.Errorf("push --env QA beside the settings' qa: exit %d:\n%s", code, stderr)
	}
	settings = "environments:\n  qa:\n    elevenlabs: {}\n  QA:\n    elevenlabs: {}\n"
	c2.writeFile("settings.yaml", settings)
	code, _, stderr = c2.run("push", id2, "--env", "qa")
	if code == exitOK || !strings.Contains(stderr, `"QA" and "qa"`) {
		t.Errorf("settings with qa and QA: exit %d:\n%s", code, stderr)
	}
}
