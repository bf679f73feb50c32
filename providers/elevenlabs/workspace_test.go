package elevenlabs

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// TestWorkspaceListsForSettings is issue 16 point 1's ElevenLabs leftovers:
// the tools and documents an agent is given in its settings, and the
// after-call webhook, are picked by name from the workspace's own lists.
func TestWorkspaceListsForSettings(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.SetWebhooks(elevenlabstest.Webhook("wh_1", "Call summaries", "https://hooks.example.com/calls"),
		map[string]any{"webhook_id": "wh_2", "name": "Old", "webhook_url": "https://hooks.example.com/old", "is_disabled": true})
	tests := []struct {
		path, value, label, detail string
	}{
		{agent.SettingPath(ProviderID, "tool_ids") + "[0].id", "tool_1", "check_slot", "webhook tool"},
		{agent.SettingPath(ProviderID, "knowledge_base") + "[0].id", "doc_1", "Opening hours", "web page, https://example.invalid/doc_1"},
		{"webhooks.post_call.id", "wh_1", "Call summaries", "https://hooks.example.com/calls"},
		{agent.SettingPath(ProviderID, "custom_llm_api_key_secret_id"), "sec_1", "LLM server key", ""},
	}
	for _, tt := range tests {
		got := choicesOf(t, c, agent.ChoiceQuery{Path: tt.path})
		if len(got) == 0 || got[0].Value != tt.value || got[0].Label != tt.label || got[0].Detail != tt.detail {
			t.Errorf("%s: %+v", tt.path, got)
		}
		if spec, ok := c.Capabilities().Spec(tt.path); !ok || !spec.Live {
			t.Errorf("%s is not offered as a live list", tt.path)
		}
	}
	hooks := choicesOf(t, c, agent.ChoiceQuery{Path: "webhooks.post_call.id"})
	if len(hooks) != 2 || hooks[1].Detail != "https://hooks.example.com/old, switched off" {
		t.Errorf("webhooks: %+v", hooks)
	}
	if calls := fake.Calls("webhooks"); len(calls) != 2 || calls[0].Path != "/v1/workspace/webhooks" {
		t.Errorf("webhooks read at %+v, want /v1/workspace/webhooks", calls)
	}
}

// TestPickedDocumentGetsItsNameAndType: a document picked by id alone is
// sent with the name and type ElevenLabs requires, read from the workspace.
func TestPickedDocumentGetsItsNameAndType(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Knows things")
	a.Settings = agent.Settings{ProviderID: {
		"knowledge_base": []any{map[string]any{"id": "doc_1", "usage_mode": "auto"}},
		"rag_enabled":    true,
	}}
	pushNew(t, c, a)
	var body struct {
		CC struct {
			Agent struct {
				Prompt struct {
					KB []map[string]string `json:"knowledge_base"`
				} `json:"prompt"`
			} `json:"agent"`
		} `json:"conversation_config"`
	}
	if err := json.Unmarshal(fake.Calls("create")[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	kb := body.CC.Agent.Prompt.KB
	if len(kb) != 1 || kb[0]["name"] != "Opening hours" || kb[0]["type"] != "url" || kb[0]["usage_mode"] != "auto" {
		t.Errorf("sent documents %v", kb)
	}
}

// TestSecretsArePagedByTheirNextCursor: the secrets list says there is
// another page only by its next cursor, and is read to the end.
func TestSecretsArePagedByTheirNextCursor(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	var secrets []map[string]any
	for i := range 150 {
		secrets = append(secrets, elevenlabstest.Secret(fmt.Sprintf("sec_%03d", i), fmt.Sprintf("Key %d", i)))
	}
	fake.SetSecrets(secrets...)
	got := choicesOf(t, c, agent.ChoiceQuery{Path: ListSecrets})
	if len(got) != 150 || got[149].Value != "sec_149" {
		t.Fatalf("read %d secrets; want all 150", len(got))
	}
	if n := len(fake.Calls("secrets")); n != 2 {
		t.Errorf("%d pages asked, want 2", n)
	}
}

// TestEmptyWorkspaceListsAreEmptyNotBroken: a workspace with no secrets
// or webhooks lists none, without an error.
func TestEmptyWorkspaceListsAreEmptyNotBroken(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.SetSecrets()
	fake.SetWebhooks()
	for _, path := range []string{ListSecrets, ListWebhooks} {
		if got := choicesOf(t, c, agent.ChoiceQuery{Path: path}); len(got) != 0 {
			t.Errorf("%s: %v", path, got)
		}
	}
}
