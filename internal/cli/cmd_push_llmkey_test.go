package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// A custom language model's key typed in agentdeck (kept with the
// credentials, the draft holding its reference) reaches ElevenLabs once,
// as a workspace secret, and never as text in the agent, the draft or the
// output; the draft then names the saved secret.
func TestPushSavesTheTypedLLMKeyAsAWorkspaceSecret(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Own model", "--provider", "elevenlabs")
	creds, err := storage.OpenCredentials(credentialsFile(t, c))
	if err != nil {
		t.Fatal(err)
	}
	ref := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	if err := creds.SetSecret(ref, "sk-LLM-FAKE-SECRET"); err != nil {
		t.Fatal(err)
	}
	c.edit(id, func(d *agent.Draft) {
		d.Agent.LLM.Model, d.Agent.LLM.Endpoint = "custom-llm", "https://llm.example.com/v1"
		d.Agent.Settings = d.Agent.Settings.With("elevenlabs", "custom_llm_api_key", string(ref))
	})
	out := c.mustRun("push", id)
	c.mustRun("push", id)
	if strings.Contains(out, "sk-LLM-FAKE-SECRET") {
		t.Fatalf("the key was printed: %s", out)
	}
	saves := fake.Calls("create secret")
	if len(saves) != 1 {
		t.Fatalf("%d secret saves over two pushes, want 1", len(saves))
	}
	d := c.load(id)
	secretID, _ := d.Agent.Settings.Get("elevenlabs", "custom_llm_api_key_secret_id")
	if v, _ := fake.SecretValue(secretID.(string)); v != "sk-LLM-FAKE-SECRET" {
		t.Fatalf("the draft names secret %v, which holds %q", secretID, v)
	}
	if _, typed := d.Agent.Settings.Get("elevenlabs", "custom_llm_api_key"); typed {
		t.Error("the typed key's reference stayed in the draft after it was saved")
	}
	for _, call := range append(fake.Calls("create"), fake.Calls("update")...) {
		if strings.Contains(string(call.Body), "sk-LLM-FAKE-SECRET") || !strings.Contains(string(call.Body), secretID.(string)) {
			t.Fatalf("an agent body has the key or lacks the secret's id: %s", call.Body)
		}
	}
}
