package trillet

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// byoKey is the fake own-ElevenLabs key in testdata/full_request.json; it
// must never reach a draft.
const byoKey = "xi-fake-byo-key-7788"

func TestRoundTripIsLossless(t *testing.T) {
	t.Parallel()
	providertest.RunRoundTrips(t, kit.Offline(t), []providertest.RoundTrip{
		{Name: "full body with the own-ElevenLabs key and unmodelled fields", In: "full_request.json", Want: "full_request.json"},
		{Name: "the seed's create example", In: "seed_create.json", Want: "seed_create.json"},
		{Name: "a GET answer loses its response-only fields", In: "get_response.json", Want: "get_response.want.json"},
		{Name: "a partial update body", In: "partial_update.json", Want: "partial_update.json"},
	}, false)
}

func TestDecodeReadsTheModel(t *testing.T) {
	t.Parallel()
	d, got := providertest.DecodeFlat(t, kit.Offline(t), "full_request.json")
	want := map[string]string{
		"identity.name":                "Clinic reminders",
		"identity.language":            "en",
		"llm.model":                    "gpt-4.1-mini",
		"voice.vendor":                 "11labs_byo",
		"voice.voice_id":               "EXAVITQu4vr4xnSDxMaL",
		"voice.name":                   "Sarah",
		"voice.speed":                  "0.9",
		"voice.volume":                 "1",
		"callbacks.enabled":            "yes",
		"callbacks.max_attempts":       "3",
		"callbacks.gaps[0].hours":      "4",
		"callbacks.gaps[2].days":       "2",
		"telephony.phone_number_ids":   "pn_65f1c0a9e4b0, pn_65f1c0a9e4b1",
		"variables[0].name":            "clinic_name",
		"variables[1].value":           "2",
		"variables[2].value":           "false",
		"settings.trillet.temperature": "0.6",
		"settings.trillet.type":        "voice",
	}
	providertest.WantValues(t, got, want)
	if d.Agent.LLM.Temperature != nil || d.Agent.LLM.Prompt != "" {
		t.Errorf("the temperature is Trillet's own setting, never the LLM's, and there is no prompt: %+v", d.Agent.LLM)
	}
	if !strings.HasPrefix(string(d.Agent.Voice.VendorKey), "secret:voice.vendor_key#") {
		t.Errorf("vendor key = %q, want a reference", d.Agent.Voice.VendorKey)
	}
}

func TestTheOwnElevenLabsKeyStaysOutOfTheDraft(t *testing.T) {
	t.Parallel()
	d := providertest.CheckKeyKeptOut(t, kit.Offline(t), "full_request.json", byoKey, "elevenLabsApiKey", "ttsModel.elevenLabsApiKey")
	if d.Secrets[d.Agent.Voice.VendorKey] != byoKey {
		t.Fatalf("the key must be handed back under its reference: %v", d.Secrets)
	}
}

func TestEncodeOverlaysOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	n := func(v int) *int { return &v }
	tests := []providertest.Edit{
		{
			Name: "a region on the same language changes nothing", Edit: func(a *agent.Agent) { a.Identity.Language = "en-US" },
			Check: map[string]any{"ttsModel.language": "en"},
		},
		{
			Name: "a new language is sent as a bare code", Edit: func(a *agent.Agent) { a.Identity.Language = "de-DE" },
			Check: map[string]any{"ttsModel.language": "de"},
		},
		{
			Name: "speed goes to settings and temperature stays", Edit: func(a *agent.Agent) { s := 1.1; a.Voice.Speed = &s },
			Check: map[string]any{"settings.speed": json.Number("1.1"), "settings.temperature": json.Number("0.6"), "settings.backgroundNoise": "office"},
		},
		{
			Name: "the temperature is edited in settings", Edit: func(a *agent.Agent) { a.Settings = a.Settings.With(ProviderID, "temperature", 0.4) },
			Check: map[string]any{"settings.temperature": json.Number("0.4"), "settings.speed": json.Number("0.9"), "settings.backgroundNoise": "office"},
		},
		{
			Name: "switching callbacks off writes false", Edit: func(a *agent.Agent) { a.Callbacks.Enabled = false },
			Check: map[string]any{"smartCallback": false},
		},
		{
			Name: "an edited gap keeps the item's other fields", Edit: func(a *agent.Agent) { a.Callbacks.Gaps[0].Hours = 5 },
			Check: map[string]any{"gapBetweenEachAttemptForSmartCallback.0.hours": json.Number("5"), "gapBetweenEachAttemptForSmartCallback.0.note": "same day"},
		},
		{Name: "an added variable keeps the others' types", Edit: func(a *agent.Agent) {
			a.Variables = append(a.Variables, agent.Variable{Name: "city", Value: "Leeds"})
		}, Check: map[string]any{"variables.city": "Leeds", "variables.max_reschedules": json.Number("2"), "variables.vip": false}},
		{
			Name: "more attempts", Edit: func(a *agent.Agent) { a.Callbacks.MaxAttempts = n(4) },
			Check: map[string]any{"maxAttemptsForSmartCallback": json.Number("4")},
		},
		{
			Name: "cleared phone numbers are sent empty", Edit: func(a *agent.Agent) { a.Telephony.PhoneNumberIDs = nil },
			Check: map[string]any{"phoneNumberIds": []any{}},
		},
	}
	providertest.RunEdits(t, kit.Offline(t), "full_request.json", tests)
}

func TestFreshDraftGetsTheCreateDefaults(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	a := agent.Agent{Identity: agent.Identity{Name: "Fresh", Language: "en-US"}}
	out, err := c.Encode(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"name":"Fresh","type":"voice","llmModel":"gpt-4o-mini","ttsModel":{"language":"en","provider":"rime","voiceId":"mistv2_Wildflower"}}`
	if !jsondoc.SameJSON(out, []byte(want)) {
		t.Fatalf("got %s", out)
	}
	a.Voice = agent.Voice{Vendor: "cartesia", VoiceID: "v1"}
	a.LLM.Model = "gpt-4.1"
	out, _ = c.Encode(&a, nil, agent.MaskSecrets{})
	want = `{"name":"Fresh","type":"voice","llmModel":"gpt-4.1","ttsModel":{"language":"en","provider":"cartesia","voiceId":"v1"}}`
	if !jsondoc.SameJSON(out, []byte(want)) {
		t.Fatalf("the person's choices win over defaults: %s", out)
	}
}

func TestDecodeRefusesOtherDocuments(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	for name, doc := range map[string]string{
		"a Nova body":  `{"name": "x", "prompt_template": "p", "greeting_config": {}}`,
		"a list":       `[{"name": "x"}]`,
		"broken JSON":  `{"name": `,
		"a name alone": `{"name": "x"}`,
	} {
		if _, err := c.Decode([]byte(doc)); err == nil || !strings.Contains(err.Error(), "not a Trillet agent document") {
			t.Errorf("%s: want a plain refusal, got %v", name, err)
		}
	}
	if d, err := c.Decode([]byte(`{"agent": {"_id": "a1", "name": "Wrapped", "llmModel": "gpt-4o"}}`)); err != nil || d.Agent.Identity.Name != "Wrapped" {
		t.Errorf("a wrapped agent is read: %v %+v", err, d.Agent.Identity)
	}
}
