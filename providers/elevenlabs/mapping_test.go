package elevenlabs

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// requestDocs are the realistic request bodies in testdata/docs.
var requestDocs = []string{"platform_workflow.json", "all_builtins.json", "webhook_tools.json", "cli_config.json"}

func TestRoundTripIsLossless(t *testing.T) {
	t.Parallel()
	for _, name := range append(requestDocs, "get_response.json") {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			x := readDoc(t, name)
			c := offline(t)
			dec := providertest.Decode(t, c, x)
			got := providertest.Reencode(t, c, dec)
			want := x
			if name == "get_response.json" {
				want = withoutResponseOnly(t, x)
			}
			if !sameJSON(t, got, want) {
				t.Errorf("Encode(Decode(x)) differs from x:\n%s", got)
			}
		})
	}
}

// withoutResponseOnly is x with what only a GET answer has taken out.
func withoutResponseOnly(t *testing.T, x []byte) []byte {
	t.Helper()
	m := providertest.JSONValue(t, x).(map[string]any)
	for _, k := range []string{
		"agent_id", "metadata", "phone_numbers", "whatsapp_accounts", "access_info",
		"version_id", "branch_id", "main_branch_id", "procedures", "default_hold_audio_url",
	} {
		if _, ok := m[k]; !ok {
			t.Fatalf("test document lacks %s", k)
		}
		delete(m, k)
	}
	delete(m["platform_settings"].(map[string]any), "safety")
	out, _ := json.Marshal(m)
	return out
}

func TestDecodeReadsTheModel(t *testing.T) {
	t.Parallel()
	dec := providertest.Decode(t, offline(t), readDoc(t, "platform_workflow.json"))
	a := dec.Agent
	want := map[string]string{
		"identity.name":                      "Harbour Dental front desk",
		"identity.tags":                      "Customer Support, dental",
		"identity.language":                  "en",
		"identity.timezone":                  "Europe/Dublin",
		"identity.channel":                   "voice",
		"llm.model":                          "gpt-4.1-mini",
		"llm.temperature":                    "0.3",
		"llm.max_tokens":                     "300",
		"voice.voice_id":                     "21m00Tcm4TlvDq8ikWAM",
		"voice.model":                        "eleven_flash_v2_5",
		"voice.speed":                        "1.05",
		"voice.stability":                    "0.45",
		"voice.similarity_boost":             "0.8",
		"voice.background_sound":             "office1",
		"voice.background_level":             "0.1",
		"speech.vendor":                      "scribe_realtime",
		"speech.model":                       "high",
		"speech.keywords":                    "Invisalign, hygienist",
		"turn.mode":                          "turn",
		"turn.eagerness":                     "patient",
		"turn.timeout":                       "7",
		"turn.silence.end_call_after":        "45",
		"turn.interrupt.ignore_terms":        "uh-huh, mm-hm",
		"turn.fillers.enabled":               "yes",
		"turn.fillers.after_seconds":         "3",
		"turn.fillers.phrases":               "One moment, let me check that., Still looking, bear with me.",
		"turn.fillers.generated":             "no",
		"greeting.who":                       "agent",
		"greeting.text":                      "Thanks for calling Harbour Dental, this is Ava. How can I help?",
		"greeting.interruptible":             "no",
		"limits.max_duration":                "900",
		"limits.end_message":                 "We're at our time limit, so I'll end the call now. Goodbye!",
		"limits.concurrency":                 "3",
		"limits.daily_calls":                 "500",
		"variables[0].name":                  "accepts_new_patients",
		"variables[0].value":                 "true",
		"variables[1].name":                  "clinic_name",
		"variables[2].value":                 "4",
		"webhooks.pre_call.url":              "https://hooks.harbourdental.example/elevenlabs/start",
		"webhooks.pre_call.headers[1].name":  "X-Clinic",
		"webhooks.pre_call.headers[1].value": "dublin-1",
		"webhooks.post_call.id":              "wh_9d8c7b6a",
	}
	got := map[string]string{}
	for _, f := range agent.Flatten(&a) {
		got[f.Path] = f.Value
	}
	for path, v := range want {
		if got[path] != v {
			t.Errorf("%s = %q, want %q", path, got[path], v)
		}
	}
	if a.Webhooks.PreCall.Headers[0].Name != "Authorization" || !agent.IsRef(string(a.Webhooks.PreCall.Headers[0].Secret)) {
		t.Errorf("the Authorization header is not a secret reference: %+v", a.Webhooks.PreCall.Headers)
	}
}

func TestSecretsStayOutOfTheDraft(t *testing.T) {
	t.Parallel()
	secrets := map[string][]string{
		"platform_workflow.json": {"Bearer hd_live_7f3a9c1e5b2d"},
		"webhook_tools.json":     {"Bearer kw_live_51Hx9QeT2wX7"},
	}
	for name, values := range secrets {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c := offline(t)
			dec := providertest.Decode(t, c, readDoc(t, name))
			model, _ := json.Marshal(dec.Agent)
			masked, err := c.Encode(&dec.Agent, dec.Native, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range values {
				for what, text := range map[string][]byte{"native": dec.Native, "agent": model, "masked export": masked} {
					if bytes.Contains(text, []byte(v)) {
						t.Errorf("the secret %q is in the %s", v, what)
					}
				}
				if !containsValue(dec.Secrets, v) {
					t.Errorf("the secret %q was not handed back in Decoded.Secrets", v)
				}
			}
			if !bytes.Contains(masked, []byte(agent.Masked)) {
				t.Error("the masked export does not show where the secret goes")
			}
			// An ElevenLabs-side reference ({secret_id}) is not a value and stays.
			if !bytes.Contains(dec.Native, []byte(`"secret_id"`)) {
				t.Error("a {secret_id} reference was taken out of the document")
			}
		})
	}
}

func containsValue(m map[agent.SecretRef]string, v string) bool {
	for _, s := range m {
		if s == v {
			return true
		}
	}
	return false
}

func TestEncodeNeedsEverySecret(t *testing.T) {
	t.Parallel()
	c := offline(t)
	dec := providertest.Decode(t, c, readDoc(t, "webhook_tools.json"))
	_, err := c.Encode(&dec.Agent, dec.Native, agent.SecretMap{})
	if err == nil || !strings.Contains(err.Error(), "Authorization") || !strings.Contains(err.Error(), "enter it again") {
		t.Fatalf("want an error naming the missing header, got %v", err)
	}
}

func TestDecodeDropsResponseOnlyFields(t *testing.T) {
	t.Parallel()
	dec := providertest.Decode(t, offline(t), readDoc(t, "get_response.json"))
	for _, k := range []string{"agent_id", "metadata", "phone_numbers", "access_info", "version_id", "procedures", "safety", "default_hold_audio_url"} {
		if bytes.Contains(dec.Native, []byte(`"`+k+`"`)) {
			t.Errorf("response-only field %s kept in the native document", k)
		}
	}
	if dec.Agent.Identity.Name != "Pizza line" || dec.Agent.LLM.Model != "gemini-2.0-flash" {
		t.Errorf("model not read from a GET answer: %+v", dec.Agent.Identity)
	}
}

func TestDecodeRefusesOtherDocuments(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc, want string
	}{
		{"not JSON", `{"name": `, "not an ElevenLabs agent document"},
		{"a list", `[1, 2]`, "not a JSON object"},
		{"trailing text", `{"conversation_config": {}} {}`, "more text"},
		{"no conversation_config", `{"name": "x"}`, "no conversation_config"},
		{"the CLI's index file", `{"agents": [{"config": "agent_configs/a.json", "id": "agent_1"}]}`, "agents.json index"},
		{"a tool", `{"tool_config": {"type": "webhook"}}`, "is an ElevenLabs tool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := offline(t).Decode([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestEditWritesOnlyThatField edits one setting and checks that the body
// changes only where that setting lives.
func TestEditWritesOnlyThatField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  string
		edit func(a *agent.Agent)
		// want maps a path in the document to its new value (nil: null).
		want map[string]any
	}{
		{
			"voice speed", "platform_workflow.json", func(a *agent.Agent) { a.Voice.Speed = ptr(1.1) },
			map[string]any{"conversation_config.tts.speed": json.Number("1.1")},
		},
		{
			"temperature cleared writes null", "platform_workflow.json", func(a *agent.Agent) { a.LLM.Temperature = nil },
			map[string]any{"conversation_config.agent.prompt.temperature": nil},
		},
		{
			"language with a region keeps the stored code", "platform_workflow.json", func(a *agent.Agent) { a.Identity.Language = "en-IE" },
			map[string]any{},
		},
		{
			"another language writes the bare code", "platform_workflow.json", func(a *agent.Agent) { a.Identity.Language = "de-DE" },
			map[string]any{"conversation_config.agent.language": "de"},
		},
		{
			"caller speaks first empties the first message", "platform_workflow.json", func(a *agent.Agent) { a.Greeting.Who = "user" },
			map[string]any{"conversation_config.agent.first_message": ""},
		},
		{
			"greeting interruptible is the inverse flag", "platform_workflow.json", func(a *agent.Agent) { a.Greeting.Interruptible = ptr(true) },
			map[string]any{"conversation_config.agent.disable_first_message_interruptions": false},
		},
		{
			"fillers off", "platform_workflow.json", func(a *agent.Agent) { a.Turn.Fillers.Enabled = ptr(false) },
			map[string]any{"conversation_config.turn.soft_timeout_config.timeout_seconds": json.Number("-1")},
		},
		{
			"filler phrases", "platform_workflow.json", func(a *agent.Agent) { a.Turn.Fillers.Phrases = []string{"Just a sec."} },
			map[string]any{
				"conversation_config.turn.soft_timeout_config.message":                          "Just a sec.",
				"conversation_config.turn.soft_timeout_config.additional_soft_timeout_messages": []any{},
			},
		},
		{
			"concurrency cleared means no limit", "platform_workflow.json", func(a *agent.Agent) { a.Limits.Concurrency = nil },
			map[string]any{"platform_settings.call_limits.agent_concurrency_limit": json.Number("-1")},
		},
		{
			"a changed variable keeps the others' types", "platform_workflow.json", func(a *agent.Agent) { a.Variables[1].Value = "Harbour Dental Dublin" },
			map[string]any{"conversation_config.agent.dynamic_variables.dynamic_variable_placeholders": map[string]any{
				"clinic_name": "Harbour Dental Dublin", "max_party": json.Number("4"), "accepts_new_patients": true,
			}},
		},
		{
			"pre-call webhook removed", "platform_workflow.json", func(a *agent.Agent) { a.Webhooks.PreCall = agent.Webhook{} },
			map[string]any{"platform_settings.workspace_overrides.conversation_initiation_client_data_webhook": nil},
		},
		// Issue 13: the after-call webhook id used to be typed and never
		// sent; it is workspace_overrides.webhooks.post_call_webhook_id.
		{
			"post-call webhook id is sent", "platform_workflow.json", func(a *agent.Agent) { a.Webhooks.PostCall.ID = "wh_other" },
			map[string]any{"platform_settings.workspace_overrides.webhooks.post_call_webhook_id": "wh_other"},
		},
		{
			"post-call webhook id cleared sends null", "platform_workflow.json", func(a *agent.Agent) { a.Webhooks.PostCall.ID = "" },
			map[string]any{"platform_settings.workspace_overrides.webhooks.post_call_webhook_id": nil},
		},
		{
			"Brazilian Portuguese is sent as pt-br", "platform_workflow.json", func(a *agent.Agent) { a.Identity.Language = "pt-BR" },
			map[string]any{"conversation_config.agent.language": "pt-br"},
		},
		{
			"Portugal's Portuguese is sent as pt", "platform_workflow.json", func(a *agent.Agent) { a.Identity.Language = "pt-PT" },
			map[string]any{"conversation_config.agent.language": "pt"},
		},
		{
			"built-in tool instructions", "all_builtins.json", func(a *agent.Agent) { a.Builtins[0].Instructions = "End when the caller says bye." },
			map[string]any{"conversation_config.agent.prompt.built_in_tools.end_call.description": "End when the caller says bye."},
		},
		{
			"built-in tool switched off", "all_builtins.json", func(a *agent.Agent) { a.Builtins = a.Builtins[1:] },
			map[string]any{"conversation_config.agent.prompt.built_in_tools.end_call": nil},
		},
		{
			"voicemail message", "all_builtins.json", func(a *agent.Agent) { a.Greeting.VoicemailMessage = "Please call us back." },
			map[string]any{"conversation_config.agent.prompt.built_in_tools.voicemail_detection.params.voicemail_message": "Please call us back."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := offline(t)
			dec := providertest.Decode(t, c, readDoc(t, tt.doc))
			before, _ := c.Encode(&dec.Agent, dec.Native, agent.MaskSecrets{})
			edited := dec.Agent
			edited.Variables = append([]agent.Variable(nil), dec.Agent.Variables...)
			edited.Builtins = append([]agent.BuiltinTool(nil), dec.Agent.Builtins...)
			tt.edit(&edited)
			after, err := c.Encode(&edited, dec.Native, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			// The variables' placeholders are one object: a change shows it whole.
			changes := providertest.ChangedPaths(providertest.JSONValue(t, before), providertest.JSONValue(t, after),
				"conversation_config.agent.dynamic_variables.dynamic_variable_placeholders")
			if !reflect.DeepEqual(changes, tt.want) {
				t.Errorf("changed:\n%v\nwant:\n%v", changes, tt.want)
			}
		})
	}
}
