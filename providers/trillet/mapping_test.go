package trillet

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// byoKey is the fake own-ElevenLabs key in testdata/full_request.json; it
// must never reach a draft.
const byoKey = "xi-fake-byo-key-7788"

func offline(t *testing.T) *Client {
	t.Helper()
	c, err := New("", WithWorkspaceID(testWorkspace))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRoundTripIsLossless(t *testing.T) {
	t.Parallel()
	providertest.RunRoundTrips(t, offline(t), []providertest.RoundTrip{
		{Name: "full body with the own-ElevenLabs key and unmodelled fields", In: "full_request.json", Want: "full_request.json"},
		{Name: "the seed's create example", In: "seed_create.json", Want: "seed_create.json"},
		{Name: "a GET answer loses its response-only fields", In: "get_response.json", Want: "get_response.want.json"},
		{Name: "a partial update body", In: "partial_update.json", Want: "partial_update.json"},
	}, false)
}

func TestDecodeReadsTheModel(t *testing.T) {
	t.Parallel()
	c := offline(t)
	d, err := c.Decode(providertest.ReadTestdata(t, "full_request.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range agent.Flatten(&d.Agent) {
		got[f.Path] = f.Value
	}
	want := map[string]string{
		"identity.name":              "Clinic reminders",
		"identity.language":          "en",
		"llm.model":                  "gpt-4.1-mini",
		"voice.vendor":               "11labs_byo",
		"voice.voice_id":             "EXAVITQu4vr4xnSDxMaL",
		"voice.name":                 "Sarah",
		"voice.speed":                "0.9",
		"voice.volume":               "1",
		"callbacks.enabled":          "yes",
		"callbacks.max_attempts":     "3",
		"callbacks.gaps[0].hours":    "4",
		"callbacks.gaps[2].days":     "2",
		"telephony.phone_number_ids": "pn_65f1c0a9e4b0, pn_65f1c0a9e4b1",
		"variables[0].name":          "clinic_name",
		"variables[1].value":         "2",
		"variables[2].value":         "false",
	}
	for path, v := range want {
		if got[path] != v {
			t.Errorf("%s = %q, want %q", path, got[path], v)
		}
	}
	if d.Agent.LLM.Temperature != nil || d.Agent.LLM.Prompt != "" {
		t.Errorf("settings.temperature stays in the native document only, and there is no prompt: %+v", d.Agent.LLM)
	}
	if !strings.HasPrefix(string(d.Agent.Voice.VendorKey), "secret:voice.vendor_key#") {
		t.Errorf("vendor key = %q, want a reference", d.Agent.Voice.VendorKey)
	}
}

func TestTheOwnElevenLabsKeyStaysOutOfTheDraft(t *testing.T) {
	t.Parallel()
	c := offline(t)
	d, err := c.Decode(providertest.ReadTestdata(t, "full_request.json"))
	if err != nil {
		t.Fatal(err)
	}
	model, _ := json.Marshal(d.Agent)
	if strings.Contains(string(d.Native), byoKey) || strings.Contains(string(model), byoKey) {
		t.Fatal("the key reached the draft")
	}
	if d.Secrets[d.Agent.Voice.VendorKey] != byoKey {
		t.Fatalf("the key must be handed back under its reference: %v", d.Secrets)
	}
	masked, err := c.Encode(&d.Agent, d.Native, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(masked), byoKey) || !strings.Contains(string(masked), `"elevenLabsApiKey": "`+agent.Masked+`"`) {
		t.Errorf("export must mask the key:\n%s", masked)
	}
	if _, err := c.Encode(&d.Agent, d.Native, agent.SecretMap{}); err == nil || !strings.Contains(err.Error(), "ttsModel.elevenLabsApiKey") {
		t.Errorf("a push without the saved key must fail naming it, got %v", err)
	}
}

func TestEncodeOverlaysOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	n := func(v int) *int { return &v }
	tests := []struct {
		name  string
		edit  func(a *agent.Agent)
		check map[string]any
	}{
		{
			"a region on the same language changes nothing", func(a *agent.Agent) { a.Identity.Language = "en-US" },
			map[string]any{"ttsModel.language": "en"},
		},
		{
			"a new language is sent as a bare code", func(a *agent.Agent) { a.Identity.Language = "de-DE" },
			map[string]any{"ttsModel.language": "de"},
		},
		{
			"speed goes to settings and temperature stays", func(a *agent.Agent) { s := 1.1; a.Voice.Speed = &s },
			map[string]any{"settings.speed": json.Number("1.1"), "settings.temperature": json.Number("0.6"), "settings.backgroundNoise": "office"},
		},
		{
			"switching callbacks off writes false", func(a *agent.Agent) { a.Callbacks.Enabled = false },
			map[string]any{"smartCallback": false},
		},
		{
			"an edited gap keeps the item's other fields", func(a *agent.Agent) { a.Callbacks.Gaps[0].Hours = 5 },
			map[string]any{"gapBetweenEachAttemptForSmartCallback.0.hours": json.Number("5"), "gapBetweenEachAttemptForSmartCallback.0.note": "same day"},
		},
		{"an added variable keeps the others' types", func(a *agent.Agent) {
			a.Variables = append(a.Variables, agent.Variable{Name: "city", Value: "Leeds"})
		}, map[string]any{"variables.city": "Leeds", "variables.max_reschedules": json.Number("2"), "variables.vip": false}},
		{
			"more attempts", func(a *agent.Agent) { a.Callbacks.MaxAttempts = n(4) },
			map[string]any{"maxAttemptsForSmartCallback": json.Number("4")},
		},
		{
			"cleared phone numbers are sent empty", func(a *agent.Agent) { a.Telephony.PhoneNumberIDs = nil },
			map[string]any{"phoneNumberIds": []any{}},
		},
	}
	c := offline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d, err := c.Decode(providertest.ReadTestdata(t, "full_request.json"))
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(&d.Agent)
			out, err := c.Encode(&d.Agent, d.Native, agent.SecretMap(d.Secrets))
			if err != nil {
				t.Fatal(err)
			}
			var doc any
			dec := json.NewDecoder(strings.NewReader(string(out)))
			dec.UseNumber()
			_ = dec.Decode(&doc)
			for path, want := range tt.check {
				got := at(doc, strings.Split(path, "."))
				if g, _ := json.Marshal(got); string(g) != mustJSON(want) {
					t.Errorf("%s = %s, want %s", path, g, mustJSON(want))
				}
			}
		})
	}
}

func at(v any, keys []string) any {
	for _, k := range keys {
		switch t := v.(type) {
		case map[string]any:
			v = t[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i >= len(t) {
				return nil
			}
			v = t[i]
		default:
			return nil
		}
	}
	return v
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestFreshDraftGetsTheCreateDefaults(t *testing.T) {
	t.Parallel()
	c := offline(t)
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
	c := offline(t)
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
