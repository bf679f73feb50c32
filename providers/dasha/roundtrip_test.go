package dasha

import (
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

var roundTripDocs = []string{"full_response.json", "minimal_request.json", "unknown_fields.json", "seed_request.json"}

func TestImportThenExportIsIdentical(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	for _, name := range roundTripDocs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			doc := providertest.ReadTestdata(t, name)
			// The draft file stores the agent and the native text; reload
			// both as storage would before encoding.
			_, out := editEncoded(t, c, doc, func(*agent.Agent) {})
			want := withoutResponseOnly(providertest.JSONValue(t, doc))
			if got := providertest.JSONValue(t, out); !reflect.DeepEqual(got, want) {
				t.Fatalf("round trip changed the document at %v", providertest.ChangedPaths(want, got))
			}
		})
	}
}

func TestDecodeKeepsSecretsOutOfTheDraft(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	assertNoSecret(t, "the native document", dec.Native)
	assertNoSecret(t, "the agent", agentJSON(t, dec.Agent))
	wantRefs := map[string]string{
		"llm.api_key":                              "sk-FAKE-SECRET-llm-0001",
		"telephony.outbound_sip.password":          "FAKE-SECRET-sip-pass",
		"mcp[0].api_key":                           "FAKE-SECRET-mcp-key",
		"tools[0].headers.Authorization":           "Bearer FAKE-SECRET-tool-token",
		"webhooks.post_call.headers.Authorization": "Bearer FAKE-SECRET-result-hook",
		"webhooks.post_call.query.api_key":         "FAKE-SECRET-query-key",
		"webhooks.pre_call.headers.X-Api-Key":      "FAKE-SECRET-start-hook",
	}
	got := map[string]string{}
	for ref, v := range dec.Secrets {
		got[refLabel(string(ref))] = v
	}
	if !reflect.DeepEqual(got, wantRefs) {
		t.Fatalf("secrets = %v, want %v", got, wantRefs)
	}
	a := dec.Agent
	if !agent.IsRef(string(a.LLM.APIKey)) || !agent.IsRef(string(a.MCP[0].APIKey)) || !agent.IsRef(string(a.Telephony.OutboundSIP.Password)) {
		t.Fatalf("the agent should hold references for its secrets: %+v", a.LLM)
	}
	if h := a.Tools[0].Headers[0]; h.Name != "Authorization" || h.Value != "" || !agent.IsRef(string(h.Secret)) {
		t.Fatalf("secret header not referenced: %+v", h)
	}
	if h := a.Tools[0].Headers[1]; h.Name != "X-Clinic" || h.Value != "riverside" || h.Secret != "" {
		t.Fatalf("plain header changed: %+v", h)
	}
}

// maskedExport is the full answer decoded, and encoded again with its
// secrets masked, as export prints it.
func maskedExport(t *testing.T, c *Client) (agent.Decoded, []byte) {
	t.Helper()
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	masked, err := c.Encode(&dec.Agent, dec.Native, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	return dec, masked
}

func TestExportMasksSecretsAndPushNeedsThem(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	dec, masked := maskedExport(t, c)
	assertNoSecret(t, "the export", masked)
	if n := strings.Count(string(masked), agent.Masked); n != 7 {
		t.Fatalf("want 7 masked values, got %d", n)
	}
	if strings.Contains(string(masked), "secret:") {
		t.Fatal("a reference leaked into the export")
	}

	_, err := c.Encode(&dec.Agent, dec.Native, agent.SecretMap{})
	ps, ok := err.(agent.Problems)
	if !ok || len(ps) != 7 {
		t.Fatalf("want one problem per missing secret, got %v", err)
	}
	if got := ps.At("llm.api_key"); len(got) != 1 || !strings.Contains(got[0].Message, "enter it again") {
		t.Fatalf("missing key not placed on llm.api_key: %v", ps)
	}
	if got := ps.At("tools[0].headers"); len(got) != 1 || !strings.Contains(got[0].Message, "Authorization") {
		t.Fatalf("missing header secret not named: %v", ps)
	}
}

func TestReimportingAnExportAsksForSecretsAgain(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	_, masked := maskedExport(t, c)
	again := providertest.Decode(t, c, masked)
	if len(again.Secrets) != 0 {
		t.Fatalf("a mask was stored as a secret: %v", again.Secrets)
	}
	if strings.Contains(string(again.Native), agent.Masked) {
		t.Fatal("the mask stayed in the native document instead of a reference")
	}
	if _, err := c.Encode(&again.Agent, again.Native, agent.SecretMap{}); err == nil {
		t.Fatal("push of a re-imported export must ask for the secrets, not send the mask")
	}
}

func TestDecodeReadsTheModel(t *testing.T) {
	t.Parallel()
	dec := providertest.DecodeTestdata(t, offlineClient(t), "full_response.json")
	a := dec.Agent
	checks := []struct {
		name      string
		got, want any
	}{
		{"name", a.Identity.Name, "Clinic front desk"},
		{"enabled", *a.Identity.Enabled, false},
		{"language", a.Identity.Language, "en-GB"},
		{"timezone", a.Schedule.Timezone, "Europe/London"},
		{"voice", a.Voice.Vendor + "/" + a.Voice.VoiceID + "/" + a.Voice.Model, "ElevenLabs/21m00Tcm4TlvDq8ikWAM/eleven_turbo_v2_5"},
		{"speed", *a.Voice.Speed, 1.0},
		{"stability", *a.Voice.Stability, 0.6},
		{"speaker boost", *a.Voice.SpeakerBoost, true},
		{"background", a.Voice.BackgroundSound + " " + "0.15", "ambient 0.15"},
		{"llm", a.LLM.Vendor + "/" + a.LLM.Model, "openai/gpt-4.1-mini"},
		{"temperature", *a.LLM.Temperature, 0.7},
		{"max tokens", *a.LLM.MaxTokens, 400},
		{"reasoning", a.LLM.ReasoningEffort, "low"},
		{"stt", a.Speech.Vendor, "Auto"},
		{"language switching", *a.Speech.LanguageSwitching, false},
		{"greeting", a.Greeting.Who, "agent"},
		{"greeting delay", *a.Greeting.Delay, 1.5},
		{"greeting interruptible", *a.Greeting.Interruptible, false},
		{"max duration", *a.Limits.MaxDuration, 900},
		{"machine detection", *a.Telephony.MachineDetection, true},
		{"fillers", a.Turn.Fillers.Phrases, []string{"one moment", "let me check"}},
		{"backchannel", *a.Turn.Backchannel.Enabled, true},
		{"silence", []any{*a.Turn.Silence.MaxReminders, *a.Turn.Silence.RemindAfter, *a.Turn.Silence.EndCall}, []any{3, 6.0, false}},
		{"split shift", a.Schedule.Mon, []agent.Window{{Start: "08:30", End: "12:00"}, {Start: "13:00", End: "18:00"}}},
		{"closed sunday", len(a.Schedule.Sun), 0},
		{"tools", len(a.Tools), 2},
		{"tool params", a.Tools[0].Params[1], agent.Param{Name: "slot", Type: "string", Required: true, Enum: []string{"morning", "afternoon"}}},
		{"tool timeout", *a.Tools[0].TimeoutSeconds, 20},
		{"tool method", a.Tools[0].Method, "POST"},
		{"structured fallback", a.Tools[1].FallbackResult, `{"open":"08:00","close":"18:00"}`},
		{"builtins", a.Builtins, []agent.BuiltinTool{{Kind: agent.BuiltinEndCall, Instructions: "End once the caller says goodbye."}, {Kind: agent.BuiltinTransferCall}}},
		{"mcp transports", a.MCP[0].Transport + "," + a.MCP[1].Transport, "sse,streamable_http"},
		{"mcp header", a.MCP[0].HeaderName, "X-API-Key"},
		{"mcp allow", a.MCP[1].AllowTools, []string{"find_patient", "add_note"}},
		{"post-call", a.Webhooks.PostCall.URL + " " + a.Webhooks.PostCall.Method, "https://hooks.example.org/dasha/result POST"},
		{"pre-call timeout", *a.Webhooks.PreCall.TimeoutSeconds, 8},
		{"sip", a.Telephony.OutboundSIP.Server + " " + a.Telephony.OutboundSIP.Transport, "sip.example.net:5060 tls"},
		{"inbound", a.Telephony.InboundNumber, "+442071234567"},
		{"variables", a.Variables, []agent.Variable{{Name: "patient_name", Value: "there"}, {Name: "clinic_phone", Value: "+442071234567"}, {Name: "max_slots", Value: "3"}}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
	if strings.Contains(string(dec.Native), "agt_7f3c2a") || strings.Contains(string(dec.Native), "createdTime") {
		t.Error("response-only fields stayed in the native document")
	}
}

func TestDecodeRefusesWhatIsNotAnAgent(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	for _, doc := range []string{`[1,2]`, `{"agents": []}`, `not json`, `{"name": "x"} {"name": "y"}`} {
		if _, err := c.Decode([]byte(doc)); err == nil {
			t.Errorf("Decode(%s) accepted it", doc)
		}
	}
}

func TestAStarredOutKeyIsNotTakenForTheKey(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	doc := []byte(`{"name": "Starred", "config": {"llmConfig": {"vendor": "openai", "model": "gpt-4o", "prompt": "p", "apiKey": "sk-****7f3a"}}}`)
	dec := providertest.Decode(t, c, doc)
	if len(dec.Secrets) != 0 || !agent.IsRef(string(dec.Agent.LLM.APIKey)) {
		t.Fatalf("a starred-out key must become a reference without a value: %v %q", dec.Secrets, dec.Agent.LLM.APIKey)
	}
	_, err := c.Encode(&dec.Agent, dec.Native, agent.SecretMap(dec.Secrets))
	if ps, ok := err.(agent.Problems); !ok || len(ps.At("llm.api_key")) != 1 {
		t.Fatalf("pushing it must ask for the key again, got %v", err)
	}
}

func TestAPullKeepsTheKeyAnAnswerStarsOut(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	var _ agent.NativeMerger = c
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	answer := strings.Replace(string(providertest.ReadTestdata(t, "full_response.json")), "sk-FAKE-SECRET-llm-0001", "sk-****0001", 1)
	merged := agent.MergeNative(c, dec.Native, []byte(answer))
	again := providertest.Decode(t, c, merged)
	if again.Agent.LLM.APIKey != dec.Agent.LLM.APIKey {
		t.Fatalf("the draft's key reference was not kept: %q, want %q", again.Agent.LLM.APIKey, dec.Agent.LLM.APIKey)
	}
	store := agent.SecretMap{}
	for ref, v := range dec.Secrets {
		store[ref] = v
	}
	for ref, v := range again.Secrets { // the pull stores these
		store[ref] = v
	}
	if _, ok := again.Secrets[again.Agent.LLM.APIKey]; ok {
		t.Fatal("the starred-out key was stored as a value")
	}
	if _, err := c.Encode(&again.Agent, again.Native, store); err != nil {
		t.Fatalf("the pulled draft cannot be pushed with the stored key: %v", err)
	}
	// A key the answer does show is taken as it is.
	shown, err := c.MergeNative(dec.Native, providertest.ReadTestdata(t, "full_response.json"))
	if err != nil || string(shown) != string(providertest.ReadTestdata(t, "full_response.json")) {
		t.Fatal("an answer with nothing starred out must come back unchanged")
	}
}
