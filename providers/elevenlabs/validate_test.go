package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	type want struct {
		path, message string
		warning       bool
	}
	tool := func(mod func(*agent.Tool)) func(a *agent.Agent) {
		return func(a *agent.Agent) {
			tl := agent.Tool{
				Name: "get_order", Description: "Looks up an order.", URL: "https://api.example.com/orders/{id}", Method: "GET",
				Params: []agent.Param{{Name: "id", Type: "string", Description: "Order id", In: "path", Required: true}},
			}
			mod(&tl)
			a.Tools = []agent.Tool{tl}
		}
	}
	tests := []struct {
		name   string
		edit   func(a *agent.Agent)
		expect []want
	}{
		{name: "a template is fine", edit: func(a *agent.Agent) {}},
		{
			name: "voice speed outside ElevenLabs' range", edit: func(a *agent.Agent) { a.Voice.Speed = ptr(1.5) },
			expect: []want{{"voice.speed", "use a number from 0.7 to 1.2", false}},
		},
		{
			name: "unknown TTS model", edit: func(a *agent.Agent) { a.Voice.Model = "eleven_v9" },
			expect: []want{{"voice.model", "choose one of", false}},
		},
		{name: "a custom LLM is allowed", edit: func(a *agent.Agent) { a.LLM.Model = "my-new-model" }},
		{
			name: "custom-llm needs an address", edit: func(a *agent.Agent) { a.LLM.Model = "custom-llm" },
			expect: []want{{"llm.endpoint", "enter the address of your model server", false}},
		},
		{
			name: "an address without custom-llm is unused", edit: func(a *agent.Agent) { a.LLM.Endpoint = "https://llm.example.com/v1" },
			expect: []want{{"llm.endpoint", "only with the custom-llm model", true}},
		},
		{
			name: "agent first needs words", edit: func(a *agent.Agent) { a.Greeting.Text = "" },
			expect: []want{{"greeting.text", "write the greeting", false}},
		},
		{
			name: "caller first drops the greeting", edit: func(a *agent.Agent) { a.Greeting.Who = "user" },
			expect: []want{{"greeting.text", "not sent", true}},
		},
		{
			name: "voicemail message needs the tool", edit: func(a *agent.Agent) { a.Greeting.VoicemailMessage = "Call us back." },
			expect: []want{{"greeting.voicemail_message", "turn on the voicemail detection", true}},
		},
		{
			name: "fillers on need a delay", edit: func(a *agent.Agent) { a.Turn.Fillers.Enabled = ptr(true) },
			expect: []want{{"turn.fillers.after_seconds", "after how many seconds", false}},
		},
		{name: "too many and too long filler phrases", edit: func(a *agent.Agent) {
			a.Turn.Fillers.Phrases = []string{strings.Repeat("a", 201), "b", "c", "d", "e", "f", "g", "h", "i"}
		}, expect: []want{{"turn.fillers.phrases", "at most 8", false}, {"turn.fillers.phrases[0]", "at most 200 characters", false}}},
		{name: "a built-in tool twice", edit: func(a *agent.Agent) {
			a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinEndCall}, {Kind: agent.BuiltinEndCall}}
		}, expect: []want{{"builtins[1].kind", "on the list twice", false}}},
		{
			name: "a built-in tool ElevenLabs lacks", edit: func(a *agent.Agent) { a.Builtins = []agent.BuiltinTool{{Kind: "fax"}} },
			expect: []want{{"builtins[0].kind", "no built-in tool", false}},
		},
		{
			name: "reserved variable names", edit: func(a *agent.Agent) { a.Variables = []agent.Variable{{Name: "system__time", Value: "x"}} },
			expect: []want{{"variables[0].name", "belong to ElevenLabs", false}},
		},
		{name: "a good tool", edit: tool(func(*agent.Tool) {})},
		{
			name: "tool timeout range", edit: tool(func(tl *agent.Tool) { tl.TimeoutSeconds = ptr(2) }),
			expect: []want{{"tools[0].timeout_seconds", "from 5 to 300", false}},
		},
		{
			name: "path parameter missing from the address", edit: tool(func(tl *agent.Tool) { tl.URL = "https://api.example.com/orders" }),
			expect: []want{{"tools[0].params[0].in", "add {id} to the tool's address", false}},
		},
		{
			name: "placeholder without a parameter", edit: tool(func(tl *agent.Tool) { tl.Params = nil }),
			expect: []want{{"tools[0].url", "has {id} but no path parameter", false}},
		},
		{name: "a GET has no body", edit: tool(func(tl *agent.Tool) {
			tl.Params = append(tl.Params, agent.Param{Name: "note", Type: "string", Description: "A note", In: "body"})
		}), expect: []want{{"tools[0].params[1].in", "has no body", false}}},
		{name: "query parameters are plain values", edit: tool(func(tl *agent.Tool) {
			tl.Params = append(tl.Params, agent.Param{Name: "filter", Type: "object", Description: "Filters", In: "query"})
		}), expect: []want{{"tools[0].params[1].type", "string, number, integer or boolean", false}}},
		{
			name: "undescribed parameter", edit: tool(func(tl *agent.Tool) { tl.Params[0].Description = "" }),
			expect: []want{{"tools[0].params[0].description", "say what goes in this parameter", true}},
		},
		// Issue 13: ElevenLabs' own rule (^[a-zA-Z0-9_-]{1,64}$, OpenAPI
		// WebhookToolConfig-Input.name) allows hyphens.
		{name: "ElevenLabs tool names allow a dash", edit: tool(func(tl *agent.Tool) { tl.Name = "get-order" })},
		{
			name: "a space is refused in ElevenLabs' own words", edit: tool(func(tl *agent.Tool) { tl.Name = "get order" }),
			expect: []want{{"tools[0].name", "up to 64 letters, digits, _ and -", false}},
		},
		{
			name: "unsupported settings are warnings", edit: func(a *agent.Agent) { a.Voice.Style = ptr(0.3) },
			expect: []want{{"voice.style", "no such setting", true}},
		},
	}
	c := offline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := agent.Agent{Identity: agent.Identity{Name: "Front desk", Language: "en"}, Greeting: agent.Greeting{Who: "agent", Text: "Hello"}}
			tt.edit(&a)
			got := c.Validate(&a)
			used := make([]bool, len(got))
			for _, w := range tt.expect {
				found := false
				for i, p := range got {
					if !used[i] && p.Path == w.path && p.Warning == w.warning && strings.Contains(p.Message, w.message) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("missing %+v in %v", w, got)
				}
			}
			for i, p := range got {
				if !used[i] {
					t.Errorf("unexpected problem %s (warning %v)", p, p.Warning)
				}
			}
		})
	}
}

// TestCapabilitiesNameRealFields keeps the capability table honest: every
// path it names is a field of the catalogue, so forms can show it.
func TestCapabilitiesNameRealFields(t *testing.T) {
	t.Parallel()
	for path := range offline(t).Capabilities().Fields {
		if _, ok := agent.FieldByPath(path); !ok {
			t.Errorf("capability %q is not a field of agent.Fields", path)
		}
	}
	if offline(t).Capabilities().Supports("tools[0].retries") {
		t.Error("tool retries are not an ElevenLabs setting")
	}
}
