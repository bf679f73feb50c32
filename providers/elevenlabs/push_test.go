package elevenlabs

import (
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestPushSurvivesFaults injects a fault into the first create and checks,
// through the one submit flow, that a second push leaves exactly one agent
// on ElevenLabs and linked to the draft.
func TestPushSurvivesFaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		faults []elevenlabstest.Fault
		// firstOK says whether the first push succeeds on its own.
		firstOK   bool
		firstKind error
		// creates is how many create requests reach the fake in all.
		creates int
	}{
		{"429 then success", []elevenlabstest.Fault{elevenlabstest.RateLimited(1)}, true, nil, 2},
		{"two 429s then success", []elevenlabstest.Fault{elevenlabstest.RateLimited(0), elevenlabstest.RateLimited(2)}, true, nil, 3},
		{"500 before anything happened", []elevenlabstest.Fault{elevenlabstest.ServerError(500)}, false, agent.ErrAmbiguous, 2},
		{"502 after the agent was made", []elevenlabstest.Fault{elevenlabstest.FailAfterHandling(502)}, false, agent.ErrAmbiguous, 1},
		{"connection dropped before the request was read", []elevenlabstest.Fault{elevenlabstest.DropBeforeHandling()}, false, nil, 2},
		{"connection dropped after the agent was made", []elevenlabstest.Fault{elevenlabstest.DropAfterHandling()}, false, agent.ErrAmbiguous, 1},
		{"no answer in time after the agent was made", []elevenlabstest.Fault{elevenlabstest.HangAfterHandling()}, false, agent.ErrAmbiguous, 1},
		{"a refused body is not retried", []elevenlabstest.Fault{elevenlabstest.Unprocessable("Input should be less than or equal to 1.2", "less_than_equal", "conversation_config", "tts", "speed")}, false, agent.ErrInvalid, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fake, c := fakeAndClient(t, WithTimeout(providertest.HangTimeout))
			fake.Inject("create", tt.faults...)
			saver := &providertest.MemSaver{}
			d := savedDraft(t, saver, providertest.TemplateDraft(t, ProviderID, "reminder", "Reminder "+tt.name))
			res, _, err := pusher(c).Push(t, saver, d, agent.SecretMap{})
			switch {
			case tt.firstOK && err != nil:
				t.Fatalf("first push failed: %v", err)
			case !tt.firstOK && err == nil:
				t.Fatal("first push succeeded, want a failure")
			case tt.firstKind != nil && !errors.Is(err, tt.firstKind):
				t.Fatalf("first push error = %v, want %v", err, tt.firstKind)
			}
			if !tt.firstOK {
				if n := len(fake.AgentIDs()); n > 1 {
					t.Fatalf("%d agents after a failed create", n)
				}
				res, _, err = pusher(c).Push(t, saver, saver.Last(), agent.SecretMap{})
				if err != nil {
					t.Fatalf("second push failed: %v", err)
				}
			}
			ids := fake.AgentIDs()
			if len(ids) != 1 {
				t.Fatalf("%d agents on the fake, want exactly 1", len(ids))
			}
			saved := saver.Last()
			if saved.Remote().ID != ids[0] || res.RemoteID != ids[0] || saved.Remote().Pending() {
				t.Errorf("draft remote = %+v, result id %s, want linked to %s", saved.Remote(), res.RemoteID, ids[0])
			}
			if n := len(fake.Calls("create")); n != tt.creates {
				t.Errorf("%d create requests, want %d", n, tt.creates)
			}
			// A third push updates; it never creates.
			if _, _, err := pusher(c).Push(t, saver, saver.Last(), agent.SecretMap{}); err != nil {
				t.Fatalf("later push failed: %v", err)
			}
			if len(fake.AgentIDs()) != 1 || len(fake.Calls("update")) == 0 {
				t.Errorf("a later push made %d agents and %d updates", len(fake.AgentIDs()), len(fake.Calls("update")))
			}
		})
	}
}

func TestPushRetriesUpdatesAndReadsBack(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	saver := &providertest.MemSaver{}
	d := savedDraft(t, saver, providertest.TemplateDraft(t, ProviderID, "reminder", "Read back"))
	if _, _, err := pusher(c).Push(t, saver, d, nil); err != nil {
		t.Fatal(err)
	}
	fake.Inject("update", elevenlabstest.ServerError(503), elevenlabstest.DropBeforeHandling())
	// The provider keeps the voice speed only to one decimal: the read-back
	// must say so.
	fake.SetTransform(func(a map[string]any) {
		a["conversation_config"].(map[string]any)["tts"].(map[string]any)["speed"] = 1.1
	})
	edited := saver.Last()
	edited.Agent.Voice.Speed = ptr(1.15)
	res, steps, err := pusher(c).Push(t, saver, edited, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(steps, ",") != "update,read back" {
		t.Errorf("steps = %v", steps)
	}
	if n := len(fake.Calls("update")); n != 3 {
		t.Errorf("%d update requests, want 3 (two faults, then success)", n)
	}
	// Only the rounded speed is news: that ElevenLabs keeps the language
	// without its region (en-US is sent as en) is its form, not a loss.
	if len(res.NotKept) != 1 || res.NotKept[0].Path != "voice.speed" || res.NotKept[0].From != "1.15" || res.NotKept[0].To != "1.1" {
		t.Errorf("not kept = %v, want the speed only", res.NotKept)
	}
	if len(fake.AgentIDs()) != 1 {
		t.Errorf("%d agents", len(fake.AgentIDs()))
	}
}

func TestPushLandsA422OnTheField(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.Inject("create", elevenlabstest.Unprocessable("Input should be a valid string", "string_type", "conversation_config", "agent", "prompt", "tools", 0, "webhook", "api_schema", "url"))
	saver := &providertest.MemSaver{}
	tmpl, _ := agent.TemplateByID("support")
	d := savedDraft(t, saver, agent.Draft{Provider: ProviderID, Agent: tmpl.New("Support")})
	_, _, err := pusher(c).Push(t, saver, d, nil)
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) {
		t.Fatalf("want an invalid-settings provider error, got %v", err)
	}
	if ps := pe.Problems(); len(ps) != 1 || ps[0].Path != "tools[0].url" {
		t.Errorf("problems = %v, want one on tools[0].url", ps)
	}
	if saved := saver.Last(); saved.Remote().ID != "" || saved.Remote().Pending() {
		t.Errorf("a refused create changed the remote state: %+v", saved.Remote())
	}
}

// The tests below are of a push's first step (prepare.go): a language model
// key typed in agentdeck becomes a workspace secret.

// customLLMDraft is a saved draft whose custom language model's key was
// typed in agentdeck: the draft holds ref, the credentials its value.
func customLLMDraft(t *testing.T, saver *providertest.MemSaver, ref agent.SecretRef) agent.Draft {
	t.Helper()
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Own model")
	a.LLM.Model, a.LLM.Endpoint = "custom-llm", "https://llm.example.com/v1"
	a.Settings = agent.Settings{ProviderID: {typedKeyKey: string(ref)}}
	return savedDraft(t, saver, agent.Draft{ID: "d1", Name: "Own model", Provider: ProviderID, Agent: a})
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
	fake, c := fakeAndClient(t)
	saver := &providertest.MemSaver{}
	ref := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets := agent.SecretMap{ref: "sk-llm-first"}
	res, _, err := pusher(c).Push(t, saver, customLLMDraft(t, saver, ref), secrets)
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
	if _, _, err := pusher(c).Push(t, saver, saver.Last(), secrets); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Calls("create secret")); n != 1 {
		t.Fatalf("%d secret saves after a second push, want still 1", n)
	}

	// A new key is a new reference: saved again, and the agent moves to it.
	d := saver.Last()
	ref2 := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets[ref2] = "sk-llm-second"
	d.Agent.Settings = d.Agent.Settings.With(ProviderID, typedKeyKey, string(ref2))
	if _, _, err := pusher(c).Push(t, saver, savedDraft(t, saver, d), secrets); err != nil {
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
	fake, c := fakeAndClient(t, WithTimeout(providertest.HangTimeout))
	fake.Inject("create secret", elevenlabstest.DropAfterHandling())
	saver := &providertest.MemSaver{}
	ref := agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key")
	secrets := agent.SecretMap{ref: "sk-llm-lost"}
	_, _, err := pusher(c).Push(t, saver, customLLMDraft(t, saver, ref), secrets)
	if !errors.Is(err, agent.ErrAmbiguous) {
		t.Fatalf("first push: %v, want an unclear outcome", err)
	}
	if len(fake.AgentIDs()) != 0 {
		t.Fatal("the agent was sent although its key was not saved")
	}
	res, _, err := pusher(c).Push(t, saver, saver.Last(), secrets)
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
	fake, c := fakeAndClient(t)
	saver := &providertest.MemSaver{}
	d := customLLMDraft(t, saver, agent.NewSecretRef("settings.elevenlabs.custom_llm_api_key"))
	_, _, err := pusher(c).Push(t, saver, d, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), "enter it again") {
		t.Fatalf("err = %v", err)
	}
	if len(fake.Calls("create secret"))+len(fake.Calls("create")) != 0 {
		t.Fatal("something was sent")
	}
}
