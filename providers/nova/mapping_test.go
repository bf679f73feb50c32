package nova

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// crmKey is the fake credential in testdata/full_request.json's pre-call
// webhook header; it must never reach a draft.
const crmKey = "crm-live-4f9a77c1d2"

func TestRoundTripIsLossless(t *testing.T) {
	t.Parallel()
	providertest.RunRoundTrips(t, kit.Offline(t), []providertest.RoundTrip{
		{Name: "full request body with unmodelled fields", In: "full_request.json", Want: "full_request.json"},
		{Name: "seed PATCH body", In: "seed_patch.json", Want: "seed_patch.json"},
		{Name: "seed create body", In: "seed_create.json", Want: "seed_create.json"},
		{Name: "GET answer with objects and nulls drops response-only fields", In: "get_objects.json", Want: "get_objects.want.json"},
		{Name: "GET answer with the seed's integer arrays drops the placeholders", In: "get_integer_arrays.json", Want: "get_integer_arrays.want.json"},
		{Name: "settings sent as JSON bytes or base64 are read as objects", In: "byte_arrays.json", Want: "byte_arrays.want.json"},
	}, true)
}

func TestDecodeReadsTheModel(t *testing.T) {
	t.Parallel()
	d, got := providertest.DecodeFlat(t, kit.Offline(t), "full_request.json")
	want := map[string]string{
		"identity.name":                      "Dental front desk",
		"identity.channel":                   "voice",
		"identity.language":                  "en-GB", // the recogniser's language wins over the voice's
		"llm.vendor":                         "openai",
		"llm.model":                          "gpt-4o-mini",
		"llm.temperature":                    "0.7",
		"llm.max_tokens":                     "300",
		"voice.vendor":                       "elevenlabs",
		"voice.speed":                        "1",
		"voice.background_sound":             "office-ambience.mp3",
		"voice.background_level":             "0.15",
		"speech.vendor":                      "deepgram",
		"speech.keywords":                    "Bright Smile, hygienist, Invisalign",
		"turn.mode":                          "turn",
		"turn.interrupt.sensitivity":         "0.5",
		"turn.interrupt.min_words":           "2",
		"turn.vad.min_silence":               "0.55",
		"turn.silence.remind_after":          "10",
		"turn.silence.reminder_message":      "Are you still there?",
		"turn.initial_wait":                  "5",
		"greeting.who":                       "agent",
		"greeting.delay":                     "1",
		"goodbye.enabled":                    "yes",
		"limits.max_duration":                "900",
		"telephony.sip_trunk_ids":            "trunk_in_london, trunk_in_leeds",
		"webhooks.pre_call.method":           "POST",
		"webhooks.pre_call.body_template":    `{"caller":"{{caller_number}}","clinic":"london"}`,
		"webhooks.pre_call.headers[1].value": "london",
	}
	providertest.WantValues(t, got, want)
	if !strings.HasPrefix(got["webhooks.pre_call.headers[0].secret"], "secret:webhooks.pre_call.headers.Authorization#") {
		t.Errorf("the Authorization header should be a secret reference, got %q", got["webhooks.pre_call.headers[0].secret"])
	}
	if d.Agent.LLM.Prompt == "" || strings.Contains(d.Agent.LLM.Prompt, "Legacy") {
		t.Errorf("the prompt must come from prompt_template, got %q", d.Agent.LLM.Prompt)
	}
}

func TestSecretsStayOutOfTheDraft(t *testing.T) {
	t.Parallel()
	d := providertest.CheckKeyKeptOut(t, kit.Offline(t), "full_request.json", crmKey, "Authorization", "precall_webhook.headers.Authorization")
	if len(d.Secrets) != 1 {
		t.Fatalf("want one secret found, got %d", len(d.Secrets))
	}
}

func TestEncodeOverlaysOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	num := func(f float64) *float64 { return &f }
	integer := func(n int) *int { return &n }
	tests := []providertest.Edit{
		{
			Name:  "a new prompt goes to prompt_template and the system prompt is left alone",
			Edit:  func(a *agent.Agent) { a.LLM.Prompt = "New prompt" },
			Check: map[string]any{"prompt_template": "New prompt", "llm_config.system_prompt": "Legacy system prompt kept by the dashboard."},
		},
		{
			Name:  "90 seconds is sent as 2 whole minutes",
			Edit:  func(a *agent.Agent) { a.Limits.MaxDuration = integer(90) },
			Check: map[string]any{"room_duration_config.max_duration_min": json.Number("2"), "room_duration_config.max_silence_sec": json.Number("10")},
		},
		{
			Name:  "a speed change keeps the voice's other settings",
			Edit:  func(a *agent.Agent) { a.Voice.Speed = num(1.1) },
			Check: map[string]any{"voice_config.speed": json.Number("1.1"), "voice_config.sample_rate": json.Number("24000")},
		},
		{
			Name:  "a cleared greeting is sent empty so the PATCH clears it",
			Edit:  func(a *agent.Agent) { a.Greeting.Text = "" },
			Check: map[string]any{"greeting_config.greeting": "", "greeting_config.agent_speaks_first": true},
		},
		{
			Name:  "the caller speaking first turns agent_speaks_first off",
			Edit:  func(a *agent.Agent) { a.Greeting.Who = "user" },
			Check: map[string]any{"greeting_config.agent_speaks_first": false},
		},
		{
			Name:  "a new language is written to the recogniser and the voice",
			Edit:  func(a *agent.Agent) { a.Identity.Language = "de-DE" },
			Check: map[string]any{"transcriber_config.language": "de-DE", "voice_config.language": "de-DE"},
		},
		{
			Name:  "silence turn detection switches the turn detector off",
			Edit:  func(a *agent.Agent) { a.Turn.Mode = "silence" },
			Check: map[string]any{"extra_config.turn_detector_enabled": false, "extra_config.use_gender_plugin": "none"},
		},
		{
			Name:  "a removed header disappears, the secret one stays a value",
			Edit:  func(a *agent.Agent) { a.Webhooks.PreCall.Headers = a.Webhooks.PreCall.Headers[:1] },
			Check: map[string]any{"precall_webhook.headers.X-Clinic": nil, "precall_webhook.headers.Authorization": "Bearer " + crmKey},
		},
		{
			Name:  "a new body template replaces the object",
			Edit:  func(a *agent.Agent) { a.Webhooks.PreCall.BodyTemplate = `{"n": 1}` },
			Check: map[string]any{"precall_webhook.body_template.n": json.Number("1"), "precall_webhook.body_template.clinic": nil},
		},
	}
	providertest.RunEdits(t, kit.Offline(t), "full_request.json", tests)
}

func TestFreshDraftGivesACompleteBody(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	a := agent.Agent{Identity: agent.Identity{Name: "Fresh"}}
	out, err := c.Encode(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	if !jsondoc.SameJSON(out, []byte(`{"name":"Fresh","type":"voice"}`)) {
		t.Fatalf("got %s", out)
	}
}

func TestDecodeRefusesOtherDocuments(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	for name, doc := range map[string]string{
		"an ElevenLabs body": `{"conversation_config": {"agent": {}}}`,
		"a list":             `[{"name": "x"}]`,
		"broken JSON":        `{"name": `,
	} {
		if _, err := c.Decode([]byte(doc)); err == nil || !strings.Contains(err.Error(), "not a Nova agent document") {
			t.Errorf("%s: want a plain refusal, got %v", name, err)
		}
	}
}

func TestMergeNativeKeepsWhatAnAnswerHides(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	earlier := providertest.ReadTestdata(t, "full_request.json")
	merged, err := c.MergeNative(earlier, providertest.ReadTestdata(t, "get_integer_arrays.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := providertest.Decode(t, c, merged)
	if d.Agent.LLM.Model != "gpt-4o-mini" || d.Agent.Voice.Vendor != "elevenlabs" {
		t.Errorf("placeholders should be completed from the earlier document: %+v", d.Agent.LLM)
	}
	if d.Agent.Identity.Name != "Seed-shaped answer" {
		t.Errorf("what the answer does carry wins: name = %q", d.Agent.Identity.Name)
	}
	fresh := []byte(`{"name":"x","llm_config":{"provider":"anthropic","model":"claude"},"voice_config":null}`)
	merged, _ = c.MergeNative(earlier, fresh)
	d, _ = c.Decode(merged)
	if d.Agent.LLM.Vendor != "anthropic" || d.Agent.Voice.Vendor != "" {
		t.Errorf("objects and nulls in the answer are information and stay: %+v %+v", d.Agent.LLM, d.Agent.Voice)
	}
}
