package dasha

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func ptr[T any](v T) *T { return &v }

// TestEditsChangeOnlyTheirField edits one thing in an imported agent and
// checks that exactly the expected JSON paths change, to the expected values.
func TestEditsChangeOnlyTheirField(t *testing.T) {
	t.Parallel()
	num := func(s string) json.Number { return json.Number(s) }
	tests := []struct {
		name string
		edit func(a *agent.Agent)
		want map[string]any
	}{
		{
			"speed", func(a *agent.Agent) { a.Voice.Speed = ptr(1.1) },
			map[string]any{"config.ttsConfig.speed": num("1.1")},
		},
		{
			"stability goes into the vendor options", func(a *agent.Agent) { a.Voice.Stability = ptr(0.25) },
			map[string]any{"config.ttsConfig.vendorSpecificOptions.stability": num("0.25")},
		},
		{
			"clearing the temperature writes null", func(a *agent.Agent) { a.LLM.Temperature = nil },
			map[string]any{"config.llmConfig.options.temperature": nil},
		},
		{
			"clearing the description writes null", func(a *agent.Agent) { a.Identity.Description = "" },
			map[string]any{"description": nil},
		},
		{
			"prompt", func(a *agent.Agent) { a.LLM.Prompt = "Be kind." },
			map[string]any{"config.llmConfig.prompt": "Be kind."},
		},
		{
			"caller speaks first", func(a *agent.Agent) { a.Greeting.Who = "user" },
			map[string]any{"config.features.talkFirst.isEnabled": false},
		},
		{
			"removing the call limit switches it off", func(a *agent.Agent) { a.Limits.MaxDuration = nil },
			map[string]any{"config.features.maxDuration.isEnabled": false},
		},
		{
			"no background sound", func(a *agent.Agent) { a.Voice.BackgroundSound = "" },
			map[string]any{"config.features.ambientNoise.isEnabled": false},
		},
		{
			"filler phrases", func(a *agent.Agent) { a.Turn.Fillers.Phrases = []string{"hmm"} },
			map[string]any{"config.features.fillers.strategy.texts": []any{"hmm"}},
		},
		{
			"silence reminders", func(a *agent.Agent) { a.Turn.Silence.MaxReminders = ptr(1) },
			map[string]any{"config.features.silenceManagement.maxReminderAttempts": num("1")},
		},
		{
			"machine detection off", func(a *agent.Agent) { a.Telephony.MachineDetection = ptr(false) },
			map[string]any{"config.features.ivrDetection.isEnabled": false},
		},
		{"split shift gets a third window", func(a *agent.Agent) {
			a.Schedule.Wed = []agent.Window{{Start: "08:30", End: "12:00"}, {Start: "13:00", End: "17:00"}, {Start: "19:00", End: "23:59"}}
		}, map[string]any{"schedule.wed": []any{
			map[string]any{"start": map[string]any{"hour": num("8"), "minute": num("30")}, "end": map[string]any{"hour": num("12"), "minute": num("0")}},
			map[string]any{"start": map[string]any{"hour": num("13"), "minute": num("0")}, "end": map[string]any{"hour": num("17"), "minute": num("0")}},
			map[string]any{"start": map[string]any{"hour": num("19"), "minute": num("0")}, "end": map[string]any{"hour": num("23"), "minute": num("59")}},
		}}},
		{
			"schedule time zone", func(a *agent.Agent) { a.Schedule.Timezone = "Europe/Dublin" },
			map[string]any{"schedule.timezone": "Europe/Dublin"},
		},
		{
			"tool timeout keeps the schema and headers", func(a *agent.Agent) { a.Tools[0].TimeoutSeconds = ptr(45) },
			map[string]any{"config.tools": "<tools>"},
		},
		{
			"variable value", func(a *agent.Agent) { a.Variables[0].Value = "friend" },
			map[string]any{"additionalData.patient_name": "friend"},
		},
		{
			"mcp server switched off", func(a *agent.Agent) { a.MCP[0].Enabled = ptr(false) },
			map[string]any{"config.mcpConnections": "<mcp>"},
		},
		{
			"sip transport", func(a *agent.Agent) { a.Telephony.OutboundSIP.Transport = "tcp" },
			map[string]any{"config.outboundSipConfig.transport": "tcp"},
		},
		{
			"no more outbound sip", func(a *agent.Agent) {
				a.Telephony.OutboundSIP = nil
				// Its pacing goes with it.
				a.Settings = a.Settings.With(ProviderID, "calls_per_second", nil).With(ProviderID, "calls_per_second_group", nil)
			},
			map[string]any{"config.outboundSipConfig": providertest.Removed},
		},
		{
			"post-call webhook removed", func(a *agent.Agent) {
				a.Webhooks.PostCall = agent.Webhook{}
				a.Settings = a.Settings.With(ProviderID, keyResultQuery, nil) // its address values go with it
			},
			map[string]any{"config.resultWebhook": providertest.Removed},
		},
		{
			"pre-call timeout", func(a *agent.Agent) { a.Webhooks.PreCall.TimeoutSeconds = ptr(5) },
			map[string]any{"config.startWebhook.timeout": num("5")},
		},
		{
			"disabled agent enabled", func(a *agent.Agent) { a.Identity.Enabled = ptr(true) },
			map[string]any{"isEnabled": true},
		},
	}
	c := offlineClient(t)
	doc := providertest.ReadTestdata(t, "full_response.json")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, out := editEncoded(t, c, doc, tt.edit)
			got := providertest.ChangedPaths(withoutResponseOnly(providertest.JSONValue(t, doc)), providertest.JSONValue(t, out))
			if !reflect.DeepEqual(slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(tt.want))) {
				t.Fatalf("changed %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(tt.want)))
			}
			for path, want := range tt.want {
				if s, ok := want.(string); ok && strings.HasPrefix(s, "<") {
					continue // a list or map: checked by the item tests
				}
				if !reflect.DeepEqual(got[path], want) {
					t.Errorf("%s = %#v, want %#v", path, got[path], want)
				}
			}
			back := providertest.Decode(t, c, out)
			if d := diffIgnoringSecrets(&a, &back.Agent); len(d) > 0 {
				t.Errorf("reading the result back differs: %v", d)
			}
		})
	}
}

// TestListEditsKeepItemExtras checks that editing one item of a list keeps
// the fields agentdeck does not model, on that item and on the others.
func TestListEditsKeepItemExtras(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	_, out := editEncoded(t, c, providertest.ReadTestdata(t, "full_response.json"), func(a *agent.Agent) {
		a.Tools[0].TimeoutSeconds = ptr(45)
		a.Tools[0].Params[0].Description = "The day, as YYYY-MM-DD"
		a.Tools = append(a.Tools, agent.Tool{
			Name: "cancel_appointment", Description: "Cancels one.", URL: "https://api.example.org/cancel",
			Params: []agent.Param{{Name: "id", Type: "string", Required: true}},
		})
		a.MCP[0].Enabled = ptr(false)
		a.Builtins = a.Builtins[:1] // drop transferCall
	})
	doc := providertest.JSONValue(t, out).(map[string]any)
	cfg := doc["config"].(map[string]any)
	tools := cfg["tools"].([]any)
	book := tools[0].(map[string]any)
	props := book["schema"].(map[string]any)["properties"].(map[string]any)
	if props["date"].(map[string]any)["format"] != "date" || props["patient"].(map[string]any)["properties"] == nil {
		t.Errorf("schema keywords agentdeck does not model were lost: %v", props)
	}
	if props["date"].(map[string]any)["description"] != "The day, as YYYY-MM-DD" {
		t.Errorf("param description not written: %v", props["date"])
	}
	if book["schema"].(map[string]any)["additionalProperties"] != false {
		t.Error("schema additionalProperties lost")
	}
	if h := book["webhook"].(map[string]any)["headers"].(map[string]any)["Authorization"]; h != "Bearer FAKE-SECRET-tool-token" {
		t.Errorf("secret header not restored: %v", h)
	}
	if book["timeoutSeconds"] != json.Number("45") {
		t.Errorf("timeout = %v", book["timeoutSeconds"])
	}
	hours := tools[1].(map[string]any)
	if !reflect.DeepEqual(hours["fallBackResult"], map[string]any{"open": "08:00", "close": "18:00"}) {
		t.Errorf("untouched tool changed: %v", hours["fallBackResult"])
	}
	added := tools[2].(map[string]any)
	wantAdded := map[string]any{
		"name":           "cancel_appointment",
		"schema":         map[string]any{"type": "object", "properties": map[string]any{"id": map[string]any{"type": "string"}}, "required": []any{"id"}},
		"webhook":        map[string]any{"url": "https://api.example.org/cancel", "headers": map[string]any{}},
		"description":    "Cancels one.",
		"fallBackResult": nil, "timeoutSeconds": nil, "retryCount": nil,
	}
	if !reflect.DeepEqual(added, wantAdded) {
		t.Errorf("new tool = %v\nwant %v", added, wantAdded)
	}
	mcp := cfg["mcpConnections"].([]any)[0].(map[string]any)
	if mcp["isEnabled"] != false || mcp["authentication"].(map[string]any)["apiKey"] != "FAKE-SECRET-mcp-key" || mcp["blackListTools"] == nil {
		t.Errorf("mcp item lost fields: %v", mcp)
	}
	var names []string
	for _, b := range cfg["builtInTools"].([]any) {
		names = append(names, b.(map[string]any)["name"].(string))
	}
	if !reflect.DeepEqual(names, []string{"endConversation", "holdMusic"}) {
		t.Errorf("built-ins = %v; unknown ones must stay, removed ones go", names)
	}
}

func TestRenamedToolKeepsItsExtras(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	_, out := editEncoded(t, c, providertest.ReadTestdata(t, "unknown_fields.json"), func(a *agent.Agent) { a.Tools[0].Name = "room_lookup" })
	tool := providertest.JSONValue(t, out).(map[string]any)["config"].(map[string]any)["tools"].([]any)[0].(map[string]any)
	if tool["name"] != "room_lookup" || tool["cacheSeconds"] != json.Number("30") || tool["webhook"].(map[string]any)["signing"] == nil {
		t.Fatalf("rename lost the tool's other fields: %v", tool)
	}
}

func TestSecretsTypedByThePersonAreSent(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	a := agent.Templates[0].New("Keys")
	a.LLM.APIKey = agent.NewSecretRef("llm.api_key")
	a.Tools = []agent.Tool{{Name: "t", Description: "d", URL: "https://x.example", Headers: []agent.Header{{Name: "X-Signature", Secret: agent.NewSecretRef("tools[0].headers.X-Signature")}}}}
	store := agent.SecretMap{a.LLM.APIKey: "sk-FAKE-SECRET-typed", a.Tools[0].Headers[0].Secret: "FAKE-SECRET-sig"}
	out, err := c.Encode(&a, nil, store)
	if err != nil {
		t.Fatal(err)
	}
	if !containsAll(string(out), `"apiKey": "sk-FAKE-SECRET-typed"`, `"X-Signature": "FAKE-SECRET-sig"`) {
		t.Fatalf("typed secrets not resolved:\n%s", out)
	}
	if strings.Contains(string(out), "secret:") {
		t.Fatal("a reference was sent instead of its value")
	}
}

func TestEncodeRefusesTimesDashaCannotStore(t *testing.T) {
	t.Parallel()
	a := agent.Templates[0].New("Late")
	a.Schedule = agent.Schedule{Timezone: "UTC", Mon: []agent.Window{{Start: "18:00", End: "24:00"}}}
	_, err := offlineClient(t).Encode(&a, nil, agent.MaskSecrets{})
	ps, ok := err.(agent.Problems)
	if !ok || len(ps) != 1 || ps[0].Path != "schedule.mon[0].end" || !strings.Contains(ps[0].Message, "23:59") {
		t.Fatalf("want a plain problem on schedule.mon[0].end, got %v", err)
	}
}
