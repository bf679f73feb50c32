package agent

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckEnvName(t *testing.T) {
	t.Parallel()
	for _, ok := range []string{"prod", "staging-2", "eu_west", "A1"} {
		if err := CheckEnvName(ok); err != nil {
			t.Errorf("CheckEnvName(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "pro d", "a/b", "ünï", "x.y", strings.Repeat("a", 41), "$(rm)"} {
		if err := CheckEnvName(bad); err == nil {
			t.Errorf("CheckEnvName(%q) = nil, want a refusal", bad)
		}
	}
}

func envDraft() Draft {
	return Draft{
		Provider: "nova",
		Agent: Agent{
			Identity:  Identity{Name: "Desk"},
			Variables: []Variable{{Name: "clinic", Value: "North"}},
			Webhooks:  Webhooks{PostCall: Webhook{URL: "https://hooks.example.com/done"}},
			Telephony: Telephony{PhoneNumberIDs: []string{"pn-staging"}},
			Tools:     []Tool{{Name: "book", RemoteID: "tool-s"}},
		},
		Environments: map[string]EnvValues{
			"staging": {
				Overrides: map[string]string{"webhooks.post_call.url": "https://staging.example.com/done"},
				Variables: map[string]string{"mode": "test"},
			},
			"prod": {
				Variables: map[string]string{"clinic": "Main"},
				Overrides: map[string]string{"limits.max_duration": "600"},
				IDs:       map[string]string{"pn-staging": "pn-prod", "tool-s": "tool-p"},
			},
		},
	}
}

func TestAgentForAppliesTheEnvironmentsValues(t *testing.T) {
	t.Parallel()
	d := envDraft()
	prod, err := d.AgentFor("prod")
	if err != nil {
		t.Fatal(err)
	}
	if prod.Variables[0].Value != "Main" || prod.Telephony.PhoneNumberIDs[0] != "pn-prod" || prod.Tools[0].RemoteID != "tool-p" {
		t.Errorf("prod agent = %+v", prod)
	}
	if prod.Limits.MaxDuration == nil || *prod.Limits.MaxDuration != 600 {
		t.Errorf("max duration = %v, want 600", prod.Limits.MaxDuration)
	}
	if d.Agent.Variables[0].Value != "North" || d.Agent.Telephony.PhoneNumberIDs[0] != "pn-staging" {
		t.Errorf("the draft's own agent changed: %+v", d.Agent)
	}
	def, _ := d.AgentFor("")
	if ContentHash(&def) != ContentHash(&d.Agent) {
		t.Error("the default environment is not the draft's own agent")
	}
}

func TestEnvOverridesRefuseSecretsAndUnknownPaths(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		over     map[string]string
		isSecret bool
	}{
		"a secret field":      {map[string]string{"llm.api_key": "sk-123"}, true},
		"a reference":         {map[string]string{"llm.prompt": "secret:llm.api_key#0011aabb"}, true},
		"a key in an address": {map[string]string{"webhooks.post_call.url": "https://hooks.example.com/done?api_key=sk-live-1"}, true},
		"a password":          {map[string]string{"webhooks.post_call.url": "https://user:pw@hooks.example.com/done"}, true},
		"a header":            {map[string]string{"tools[0].headers[0].value": "Bearer x"}, true},
		"no such setting":     {map[string]string{"voice.colour": "blue"}, false},
		"no such list item":   {map[string]string{"tools[3].url": "https://x.example"}, false},
		"a number that isn't": {map[string]string{"limits.max_duration": "long"}, false},
	} {
		d := envDraft()
		d.Agent.Tools[0].Headers = []Header{{Name: "X-Trace", Value: "1"}}
		d.Environments["qa"] = EnvValues{Overrides: tc.over}
		_, err := d.AgentFor("qa")
		if err == nil {
			t.Errorf("%s: AgentFor accepted %v", name, tc.over)
			continue
		}
		if got := strings.Contains(err.Error(), "secret"); got != tc.isSecret {
			t.Errorf("%s: %v (a secret: %v)", name, err, tc.isSecret)
		}
		if err := d.CheckEnvironments(); err == nil {
			t.Errorf("%s: CheckEnvironments accepted %v", name, tc.over)
		}
	}
}

func TestEnvStateFollowsEachEnvironment(t *testing.T) {
	t.Parallel()
	d := envDraft()
	if got := d.EnvState("prod"); got != EnvNever {
		t.Errorf("unpushed prod = %q", got)
	}
	prod, _ := d.AgentFor("prod")
	d.SetRemoteFor("nova", "prod", Remote{ID: "a1", AgentHash: ContentHash(&prod)})
	if got := d.EnvState("prod"); got != EnvInStep {
		t.Errorf("pushed prod = %q", got)
	}
	d.Environments["prod"].Variables["clinic"] = "Elsewhere"
	if got := d.EnvState("prod"); got != EnvChanged {
		t.Errorf("prod after its value changed = %q", got)
	}
	if got := d.EnvNames(); strings.Join(got, ",") != "default,prod,staging" {
		t.Errorf("EnvNames = %v", got)
	}
}

func TestRetargetFillsInTheTargetsValues(t *testing.T) {
	t.Parallel()
	d := envDraft()
	staging, _ := d.AgentFor("staging")
	got, err := Retarget(&d, staging, "staging", "prod", false)
	if err != nil {
		t.Fatal(err)
	}
	if got.Webhooks.PostCall.URL != "https://hooks.example.com/done" {
		t.Errorf("staging's webhook went to prod: %q", got.Webhooks.PostCall.URL)
	}
	for _, v := range got.Variables {
		if v.Name == "mode" {
			t.Errorf("staging's own variable went to prod: %+v", got.Variables)
		}
	}
	want, _ := d.AgentFor("prod")
	if ContentHash(&got) != ContentHash(&want) {
		t.Errorf("promoted agent differs from prod's own:\n got %+v\nwant %+v", got, want)
	}
}

func TestRetargetNamesIDsWithoutCounterpart(t *testing.T) {
	t.Parallel()
	d := envDraft()
	d.Environments["prod"] = EnvValues{IDs: map[string]string{"tool-s": "tool-p"}}
	staging, _ := d.AgentFor("staging")
	_, err := Retarget(&d, staging, "staging", "prod", false)
	var me *MissingIDsError
	if !errors.As(err, &me) || len(me.Missing) != 1 || me.Missing[0].ID != "pn-staging" {
		t.Fatalf("Retarget = %v, want the phone number named", err)
	}
	if !strings.Contains(err.Error(), "Phone numbers") || !strings.Contains(err.Error(), "nothing was sent") {
		t.Errorf("message = %q", err)
	}
	if _, err := Retarget(&d, staging, "staging", "prod", true); err != nil {
		t.Errorf("same account: %v", err)
	}
}
