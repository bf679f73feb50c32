package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/problemtest"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	type want = problemtest.Want
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
			expect: []want{{Path: "voice.speed", Message: "use a number from 0.7 to 1.2", Warning: false}},
		},
		{
			name: "unknown TTS model", edit: func(a *agent.Agent) { a.Voice.Model = "eleven_v9" },
			expect: []want{{Path: "voice.model", Message: "choose one of", Warning: false}},
		},
		{name: "a custom LLM is allowed", edit: func(a *agent.Agent) { a.LLM.Model = "my-new-model" }},
		{
			name: "custom-llm needs an address", edit: func(a *agent.Agent) { a.LLM.Model = "custom-llm" },
			expect: []want{{Path: "llm.endpoint", Message: "enter the address of your model server", Warning: false}},
		},
		{
			name: "an address without custom-llm is unused", edit: func(a *agent.Agent) { a.LLM.Endpoint = "https://llm.example.com/v1" },
			expect: []want{{Path: "llm.endpoint", Message: "only with the custom-llm model", Warning: true}},
		},
		{
			name: "agent first needs words", edit: func(a *agent.Agent) { a.Greeting.Text = "" },
			expect: []want{{Path: "greeting.text", Message: "write the greeting", Warning: false}},
		},
		{
			name: "caller first drops the greeting", edit: func(a *agent.Agent) { a.Greeting.Who = "user" },
			expect: []want{{Path: "greeting.text", Message: "not sent", Warning: true}},
		},
		{
			name: "voicemail message needs the tool", edit: func(a *agent.Agent) { a.Greeting.VoicemailMessage = "Call us back." },
			expect: []want{{Path: "greeting.voicemail_message", Message: "turn on the voicemail detection", Warning: true}},
		},
		{
			name: "fillers on need a delay", edit: func(a *agent.Agent) { a.Turn.Fillers.Enabled = ptr(true) },
			expect: []want{{Path: "turn.fillers.after_seconds", Message: "after how many seconds", Warning: false}},
		},
		{name: "too many and too long filler phrases", edit: func(a *agent.Agent) {
			a.Turn.Fillers.Phrases = []string{strings.Repeat("a", 201), "b", "c", "d", "e", "f", "g", "h", "i"}
		}, expect: []want{{Path: "turn.fillers.phrases", Message: "at most 8", Warning: false}, {Path: "turn.fillers.phrases[0]", Message: "at most 200 characters", Warning: false}}},
		{name: "a built-in tool twice", edit: func(a *agent.Agent) {
			a.Builtins = []agent.BuiltinTool{{Kind: agent.BuiltinEndCall}, {Kind: agent.BuiltinEndCall}}
		}, expect: []want{{Path: "builtins[1].kind", Message: "on the list twice", Warning: false}}},
		{
			name: "a built-in tool ElevenLabs lacks", edit: func(a *agent.Agent) { a.Builtins = []agent.BuiltinTool{{Kind: "fax"}} },
			expect: []want{{Path: "builtins[0].kind", Message: "no built-in tool", Warning: false}},
		},
		{
			name: "reserved variable names", edit: func(a *agent.Agent) { a.Variables = []agent.Variable{{Name: "system__time", Value: "x"}} },
			expect: []want{{Path: "variables[0].name", Message: "belong to ElevenLabs", Warning: false}},
		},
		{name: "a good tool", edit: tool(func(*agent.Tool) {})},
		{
			name: "tool timeout range", edit: tool(func(tl *agent.Tool) { tl.TimeoutSeconds = ptr(2) }),
			expect: []want{{Path: "tools[0].timeout_seconds", Message: "from 5 to 300", Warning: false}},
		},
		{
			name: "path parameter missing from the address", edit: tool(func(tl *agent.Tool) { tl.URL = "https://api.example.com/orders" }),
			expect: []want{{Path: "tools[0].params[0].in", Message: "add {id} to the tool's address", Warning: false}},
		},
		{
			name: "placeholder without a parameter", edit: tool(func(tl *agent.Tool) { tl.Params = nil }),
			expect: []want{{Path: "tools[0].url", Message: "has {id} but no path parameter", Warning: false}},
		},
		{name: "a GET has no body", edit: tool(func(tl *agent.Tool) {
			tl.Params = append(tl.Params, agent.Param{Name: "note", Type: "string", Description: "A note", In: "body"})
		}), expect: []want{{Path: "tools[0].params[1].in", Message: "has no body", Warning: false}}},
		{name: "query parameters are plain values", edit: tool(func(tl *agent.Tool) {
			tl.Params = append(tl.Params, agent.Param{Name: "filter", Type: "object", Description: "Filters", In: "query"})
		}), expect: []want{{Path: "tools[0].params[1].type", Message: "string, number, integer or boolean", Warning: false}}},
		{
			name: "undescribed parameter", edit: tool(func(tl *agent.Tool) { tl.Params[0].Description = "" }),
			expect: []want{{Path: "tools[0].params[0].description", Message: "say what goes in this parameter", Warning: true}},
		},
		// Issue 13: ElevenLabs' own rule (^[a-zA-Z0-9_-]{1,64}$, OpenAPI
		// WebhookToolConfig-Input.name) allows hyphens.
		{name: "ElevenLabs tool names allow a dash", edit: tool(func(tl *agent.Tool) { tl.Name = "get-order" })},
		{
			name: "a space is refused in ElevenLabs' own words", edit: tool(func(tl *agent.Tool) { tl.Name = "get order" }),
			expect: []want{{Path: "tools[0].name", Message: "up to 64 letters, digits, _ and -", Warning: false}},
		},
		{
			name: "unsupported settings are warnings", edit: func(a *agent.Agent) { a.Voice.Style = ptr(0.3) },
			expect: []want{{Path: "voice.style", Message: "no such setting", Warning: true}},
		},
	}
	c := offline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := agent.Agent{Identity: agent.Identity{Name: "Front desk", Language: "en"}, Greeting: agent.Greeting{Who: "agent", Text: "Hello"}}
			tt.edit(&a)
			got := c.Validate(&a)
			problemtest.Match(t, got, tt.expect, func(p agent.Problem) want { return want{Path: p.Path, Message: p.Message, Warning: p.Warning} })
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
