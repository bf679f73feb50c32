package elevenlabs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// customLLMDraft is a saved draft whose custom language model's key was
// typed in agentdeck: the draft holds ref, the credentials its value.
func customLLMDraft(t *testing.T, saver *providertest.MemSaver, ref agent.SecretRef) agent.Draft {
	t.Helper()
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Own model")
	a.LLM.Model, a.LLM.Endpoint = "custom-llm", "https://llm.example.com/v1"
	a.Settings = agent.Settings{ProviderID: {typedKeyKey: string(ref)}}
	d := agent.Draft{ID: "d1", Name: "Own model", Provider: ProviderID, Agent: a}
	if err := saver.Save(&d); err != nil {
		t.Fatal(err)
	}
	return saver.Last()
}

func agentKeyID(t *testing.T, fake *elevenlabstest.Server, id string) string {
	t.Helper()
	a, _ := fake.Agent(id)
	key, _ := at(a, "conversation_config", "agent", "prompt", "custom_llm", "api_key").(map[string]any)
	s, _ := key["secret_id"].(string)
	return s
}

func at(m map[string]any, keys ...string) any {
	var v any = m
	for _, k := range keys {
		o, _ := v.(map[string]any)
		v = o[k]
	}
	return v
}

// TestTypedLLMKeyIsSavedAsAWorkspaceSecretOnce: a key typed in agentdeck
// reaches ElevenLabs only through its secrets API, once; the agent names
// the secret by id, the draft keeps that id and no longer the typed key,
// and a new key typed later is saved again.
func TestTypedLLMKeyIsSavedAsAWorkspaceSecretOnce(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	c := newTestClient(t, fake)
	saver := &providertest.MemSaver{}
	ref := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets := agent.SecretMap{ref: "sk-llm-first"}
	d := customLLMDraft(t, saver, ref)
	ctx := context.Background()

	res, err := agent.Push(ctx, c, d, saver, agent.PushOptions{Secrets: secrets})
	if err != nil {
		t.Fatal(err)
	}
	saves := fake.Calls("create secret")
	if len(saves) != 1 {
		t.Fatalf("%d secret saves, want 1", len(saves))
	}
	id := agentKeyID(t, fake, res.RemoteID)
	if v, _ := fake.SecretValue(id); v != "sk-llm-first" {
		t.Fatalf("the agent names secret %q holding %q", id, v)
	}
	for _, call := range fake.Calls("create") {
		if strings.Contains(string(call.Body), "sk-llm-first") {
			t.Fatal("the key went into the agent's body")
		}
	}
	got := saver.Last().Agent.Settings[ProviderID]
	if got[savedKeyKey] != id || got[typedKeyKey] != nil {
		t.Fatalf("draft settings after the push: %v", got)
	}
	if len(res.NotKept) != 0 {
		t.Errorf("not kept: %v", res.NotKept)
	}

	// The next push sends the agent alone.
	if _, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: secrets}); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Calls("create secret")); n != 1 {
		t.Fatalf("%d secret saves after a second push, want still 1", n)
	}

	// A new key is a new reference: saved again, and the agent moves to it.
	d = saver.Last()
	ref2 := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets[ref2] = "sk-llm-second"
	d.Agent.Settings = d.Agent.Settings.With(ProviderID, typedKeyKey, string(ref2))
	if err := saver.Save(&d); err != nil {
		t.Fatal(err)
	}
	if _, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: secrets}); err != nil {
		t.Fatal(err)
	}
	id2 := agentKeyID(t, fake, res.RemoteID)
	if v, _ := fake.SecretValue(id2); id2 == id || v != "sk-llm-second" {
		t.Fatalf("after a new key the agent names %q (was %q) holding %q", id2, id, v)
	}
}

// TestLostSecretSaveIsFoundNotRepeated: when the answer to the save is
// lost, the push stops unclear, and the next one finds the secret by its
// name instead of saving the key a second time.
func TestLostSecretSaveIsFoundNotRepeated(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	fake.Inject("create secret", elevenlabstest.DropAfterHandling())
	c := newTestClient(t, fake, WithTimeout(300*time.Millisecond))
	saver := &providertest.MemSaver{}
	ref := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets := agent.SecretMap{ref: "sk-llm-lost"}
	ctx := context.Background()
	_, err := agent.Push(ctx, c, customLLMDraft(t, saver, ref), saver, agent.PushOptions{Secrets: secrets})
	if !errors.Is(err, agent.ErrAmbiguous) {
		t.Fatalf("first push: %v, want an unclear outcome", err)
	}
	if len(fake.AgentIDs()) != 0 {
		t.Fatal("the agent was sent although its key was not saved")
	}
	res, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: secrets})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Calls("create secret")); n != 1 {
		t.Fatalf("%d secret saves, want 1", n)
	}
	if v, _ := fake.SecretValue(agentKeyID(t, fake, res.RemoteID)); v != "sk-llm-lost" {
		t.Fatalf("the agent's key holds %q", v)
	}
}

// TestTypedLLMKeyMissingFromTheCredentialsStopsThePush: nothing is sent
// when the reference has no value.
func TestTypedLLMKeyMissingFromTheCredentialsStopsThePush(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	c := newTestClient(t, fake)
	saver := &providertest.MemSaver{}
	d := customLLMDraft(t, saver, agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key"))
	_, err := agent.Push(context.Background(), c, d, saver, agent.PushOptions{Secrets: agent.SecretMap{}})
	if err == nil || !strings.Contains(err.Error(), "enter it again") {
		t.Fatalf("err = %v", err)
	}
	if len(fake.Calls("create secret"))+len(fake.Calls("create")) != 0 {
		t.Fatal("something was sent")
	}
}
