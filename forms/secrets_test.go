package forms

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestSecretsNeverLandInTheAgent(t *testing.T) {
	type typed struct{ path, value string }
	cases := []struct {
		name    string
		caps    agent.Capabilities
		build   func(a *agent.Agent) *Section
		typed   []typed
		secrets []string // paths Secrets must report
	}{
		{
			"custom LLM key", capsElevenLabs(),
			func(a *agent.Agent) *Section { return NewSection(agent.SectionBrain, a, capsElevenLabs(), Options{}) },
			[]typed{{"llm.api_key", "sk-live-llm-0001"}},
			[]string{"llm.api_key"},
		},
		{
			"voice vendor key", capsTrillet(),
			func(a *agent.Agent) *Section { return NewSection(agent.SectionVoice, a, capsTrillet(), Options{}) },
			[]typed{{"voice.vendor_key", "xi-live-0002"}},
			[]string{"voice.vendor_key"},
		},
		{
			"SIP password", capsDasha(),
			func(a *agent.Agent) *Section { return NewSection(agent.SectionAdvanced, a, capsDasha(), Options{}) },
			[]typed{{"telephony.outbound_sip.server", "sip.example.com"}, {"telephony.outbound_sip.password", "sip-pass-0003"}},
			[]string{"telephony.outbound_sip.password"},
		},
		{
			"MCP key", capsDasha(),
			func(a *agent.Agent) *Section { return NewItem("mcp", 0, a, capsDasha(), Options{}) },
			[]typed{{"mcp[0].api_key", "mcp-key-0004"}},
			[]string{"mcp[0].api_key"},
		},
		{
			"header secret value", capsDasha(),
			func(a *agent.Agent) *Section { return NewItem("tools[0].headers", 0, a, capsDasha(), Options{}) },
			[]typed{{"tools[0].headers[0].secret", "token-0005"}},
			[]string{"tools[0].headers[0].secret"},
		},
		{
			"plain value under a credential name", capsDasha(),
			func(a *agent.Agent) *Section {
				return NewItem("webhooks.pre_call.headers", 0, a, capsDasha(), Options{})
			},
			[]typed{{"webhooks.pre_call.headers[0].name", "X-Api-Key"}, {"webhooks.pre_call.headers[0].value", "key-0006"}},
			[]string{"webhooks.pre_call.headers[0].secret"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := fullAgent(t)
			a.Tools[0].Headers[0].Value = "plain-before"
			s := tc.build(&a)
			for _, ty := range tc.typed {
				setText(t, s, ty.path, ty.value)
			}
			if ps := s.Apply(&a); len(ps) > 0 {
				t.Fatalf("Apply: %v", ps)
			}
			raw, _ := json.Marshal(a)
			got := s.Secrets()
			for _, ty := range tc.typed {
				if strings.Contains(ty.value, "-000") && strings.Contains(string(raw), ty.value) {
					t.Errorf("secret %q is in the agent: %s", ty.value, raw)
				}
			}
			if strings.Contains(string(raw), "plain-before") && tc.name == "header secret value" {
				t.Error("the header kept its plain value next to the new secret")
			}
			for _, p := range tc.secrets {
				if got[p] == "" {
					t.Errorf("Secrets() = %v, want a value at %s", got, p)
				}
				ref := agent.NewSecretRef(p)
				if err := SetSecretRef(&a, p, ref); err != nil {
					t.Fatalf("SetSecretRef(%s): %v", p, err)
				}
			}
			if len(got) != len(tc.secrets) {
				t.Errorf("Secrets() = %v, want %d", got, len(tc.secrets))
			}
			// Nothing new typed: the next Apply hands back nothing.
			mustApply(t, s, &a)
			if again := s.Secrets(); len(again) != 0 {
				t.Errorf("second Apply handed back %v again", again)
			}
		})
	}
}

func TestStoredSecretIsNeverShown(t *testing.T) {
	a := templateAgent(t)
	a.LLM.APIKey = agent.NewSecretRef("llm.api_key")
	s := NewSection(agent.SectionBrain, &a, capsElevenLabs(), Options{})
	f := fieldAt(t, s, "llm.api_key")
	if f.value != "" {
		t.Fatalf("secret input starts with %q", f.value)
	}
	views := strings.Join(formViews(t, s), "\n")
	if strings.Contains(views, string(a.LLM.APIKey)) {
		t.Error("the reference is shown")
	}
	if !strings.Contains(views, "Stored with your credentials; type to replace it") {
		t.Error("no sign that a key is stored")
	}
	ref := a.LLM.APIKey
	mustApply(t, s, &a)
	if a.LLM.APIKey != ref {
		t.Error("Apply without typing dropped the stored reference")
	}
}

func TestSetSecretRefRefusesOtherPaths(t *testing.T) {
	a := templateAgent(t)
	for _, p := range []string{"llm.model", "tools[0].name", "mcp[3].api_key", "tools[0].headers[7].secret"} {
		if err := SetSecretRef(&a, p, "secret:x#1"); err == nil {
			t.Errorf("SetSecretRef(%s) succeeded", p)
		}
	}
}
