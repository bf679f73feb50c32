package dasha

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestValidateSaysWhatToDo: each Dasha limit gives one plain problem on the
// right field, before anything is sent.
func TestValidateSaysWhatToDo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		edit    func(a *agent.Agent)
		path    string
		warning bool
		words   []string // all must be in the message
	}{
		{"name too long", func(a *agent.Agent) { a.Identity.Name = strings.Repeat("n", 101) }, "identity.name", false, []string{"100 characters"}},
		{"no name", func(a *agent.Agent) { a.Identity.Name = " " }, "identity.name", false, []string{"name"}},
		{"no prompt", func(a *agent.Agent) { a.LLM.Prompt = "" }, "llm.prompt", false, []string{"fill this in"}},
		{"unknown voice vendor", func(a *agent.Agent) { a.Voice.Vendor = "elevenlabs" }, "voice.vendor", false, []string{"ElevenLabs", "Cartesia", "Lmnt"}},
		{"ElevenLabs too fast", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Speed = "ElevenLabs", ptr(1.5) }, "voice.speed", false, []string{"0.7", "1.2"}},
		{"default voice too fast", func(a *agent.Agent) { a.Voice.Speed = ptr(1.5) }, "voice.speed", false, []string{"ElevenLabs", "0.7 to 1.2"}},
		{"Dasha voice may go fast", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Speed = "Dasha", ptr(4.5) }, "voice.speed", false, []string{"0.25", "4"}},
		{"Inworld too slow", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Speed = "Inworld", ptr(0.5) }, "voice.speed", false, []string{"0.8", "1.5"}},
		{"Lmnt has one speed", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Speed = "Lmnt", ptr(1.1) }, "voice.speed", false, []string{"fixed speed", "use 1"}},
		{"Cartesia below 0.25", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Speed = "Cartesia", ptr(0.1) }, "voice.speed", true, []string{"0.25"}},
		{"stability out of range", func(a *agent.Agent) { a.Voice.Stability = ptr(1.5) }, "voice.stability", false, []string{"0 to 1"}},
		{"stability on Cartesia", func(a *agent.Agent) { a.Voice.Vendor, a.Voice.Stability = "Cartesia", ptr(0.5) }, "voice.stability", true, []string{"only ElevenLabs"}},
		{"style out of range", func(a *agent.Agent) { a.Voice.Style = ptr(-0.1) }, "voice.style", false, []string{"0 to 1"}},
		{"temperature", func(a *agent.Agent) { a.LLM.Temperature = ptr(2.5) }, "llm.temperature", false, []string{"0 to 2"}},
		{"top p", func(a *agent.Agent) { a.LLM.TopP = ptr(1.5) }, "llm.top_p", false, []string{"0 to 1"}},
		{"max tokens", func(a *agent.Agent) { a.LLM.MaxTokens = ptr(0) }, "llm.max_tokens", false, []string{"at least 1"}},
		{"speech recogniser", func(a *agent.Agent) { a.Speech.Vendor = "deepgram" }, "speech.vendor", false, []string{"Auto"}},
		{"language without region", func(a *agent.Agent) { a.Identity.Language = "en" }, "identity.language", true, []string{"en-US"}},
		{"greeting text", func(a *agent.Agent) { a.Greeting.Text = "Hi!" }, "greeting.text", true, []string{"prompt"}},
		{"who speaks first", func(a *agent.Agent) { a.Greeting.Who = "robot" }, "greeting.who", false, []string{"agent", "user"}},
		{"silence reminders", func(a *agent.Agent) { a.Turn.Silence.MaxReminders = ptr(11) }, "turn.silence.max_reminders", false, []string{"0 to 10"}},
		{"silence threshold", func(a *agent.Agent) { a.Turn.Silence.RemindAfter = ptr(45.0) }, "turn.silence.remind_after", false, []string{"1 to 30"}},
		{"background level", func(a *agent.Agent) { a.Voice.BackgroundLevel = ptr(2.0) }, "voice.background_level", false, []string{"0 to 1"}},
		{"other background sound", func(a *agent.Agent) { a.Voice.BackgroundSound = "office" }, "voice.background_sound", true, []string{"one ambient noise"}},
		{"schedule without a time zone", func(a *agent.Agent) {
			a.Identity.Timezone, a.Schedule = "", agent.Schedule{Mon: []agent.Window{{Start: "09:00", End: "17:00"}}}
		}, "schedule.timezone", false, []string{"time zone"}},
		{"bad time zone", func(a *agent.Agent) { a.Schedule.Timezone = "Mars/Base" }, "schedule.timezone", false, []string{"Europe/London"}},
		{"hour 24", func(a *agent.Agent) { a.Schedule.Mon = []agent.Window{{Start: "18:00", End: "24:00"}} }, "schedule.mon[0].end", false, []string{"24:00", "23:59"}},
		{"minute 60", func(a *agent.Agent) { a.Schedule.Tue = []agent.Window{{Start: "09:60", End: "10:00"}} }, "schedule.tue[0].start", false, []string{"minutes 00–59"}},
		{"end before start", func(a *agent.Agent) { a.Schedule.Wed = []agent.Window{{Start: "17:00", End: "09:00"}} }, "schedule.wed[0]", false, []string{"ends before it starts"}},
		{"overlapping split shift", func(a *agent.Agent) {
			a.Schedule.Thu = []agent.Window{{Start: "09:00", End: "13:00"}, {Start: "12:00", End: "17:00"}}
		}, "schedule.thu[1]", false, []string{"overlaps"}},
		{"tool name with a hyphen", func(a *agent.Agent) { a.Tools[0].Name = "lookup-order" }, "tools[0].name", false, []string{"no spaces or hyphens"}},
		{"tool name starting with a digit", func(a *agent.Agent) { a.Tools[0].Name = "1lookup" }, "tools[0].name", false, []string{"not starting with a digit"}},
		{"tool without description", func(a *agent.Agent) { a.Tools[0].Description = "" }, "tools[0].description", false, []string{"what the tool does"}},
		{"tool timeout", func(a *agent.Agent) { a.Tools[0].TimeoutSeconds = ptr(301) }, "tools[0].timeout_seconds", false, []string{"1 to 300"}},
		{"tool retries", func(a *agent.Agent) { a.Tools[0].Retries = ptr(6) }, "tools[0].retries", false, []string{"0 to 5"}},
		{"tool over plain http", func(a *agent.Agent) { a.Tools[0].URL = "http://example.com/x" }, "tools[0].url", true, []string{"https://"}},
		{"tool param type", func(a *agent.Agent) { a.Tools[0].Params[0].Type = "date" }, "tools[0].params[0].type", false, []string{"Text", "Yes or no"}},
		{"voicemail tool", func(a *agent.Agent) {
			a.Builtins = append(a.Builtins, agent.BuiltinTool{Kind: agent.BuiltinVoicemailDetection})
		}, "builtins[1]", true, []string{"Detect machines"}},
		{"mcp key without header", func(a *agent.Agent) {
			a.MCP = []agent.MCPServer{{Name: "crm", URL: "https://mcp.example.com", APIKey: agent.NewSecretRef("mcp[0].api_key")}}
		}, "mcp[0].header_name", false, []string{"X-API-Key"}},
		{"mcp transport", func(a *agent.Agent) {
			a.MCP = []agent.MCPServer{{Name: "crm", URL: "https://mcp.example.com", Transport: "websocket"}}
		}, "mcp[0].transport", false, []string{"sse", "streamable_http"}},
		{"two mcp servers with one name", func(a *agent.Agent) {
			a.MCP = []agent.MCPServer{{Name: "crm", URL: "https://a.example.com"}, {Name: "crm", URL: "https://b.example.com"}}
		}, "mcp[1].name", false, []string{"names must differ"}},
		{"pre-call timeout", func(a *agent.Agent) {
			a.Webhooks.PreCall = agent.Webhook{URL: "https://hooks.example.com", TimeoutSeconds: ptr(0)}
		}, "webhooks.pre_call.timeout_seconds", false, []string{"1 to 300"}},
		{"post-call method without address", func(a *agent.Agent) { a.Webhooks.PostCall = agent.Webhook{Method: "POST"} }, "webhooks.post_call.url", false, []string{"https://"}},
		{"sip without server", func(a *agent.Agent) { a.Telephony.OutboundSIP = &agent.OutboundSIP{AuthUser: "me"} }, "telephony.outbound_sip.server", false, []string{"sip.example.com"}},
		{"sip transport", func(a *agent.Agent) {
			a.Telephony.OutboundSIP = &agent.OutboundSIP{Server: "sip.example.com", Transport: "sctp"}
		}, "telephony.outbound_sip.transport", false, []string{"udp", "tcp", "tls"}},
		{"variable name", func(a *agent.Agent) { a.Variables = []agent.Variable{{Name: "first name", Value: "x"}} }, "variables[0].name", false, []string{"letters, digits and _"}},
		{"agent time zone", func(a *agent.Agent) { a.Identity.Timezone = "Europe/Paris" }, "identity.timezone", true, []string{"Calling hours"}},
	}
	c := offlineClient(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tmpl, _ := agent.TemplateByID("support")
			a := tmpl.New("Checks")
			a.Greeting.Text = ""
			a.Identity.Timezone = ""
			a.Tools[0].Params[0].In = ""
			a.Schedule = agent.Schedule{Timezone: "UTC"}
			if ps := c.Validate(&a); len(ps) > 0 {
				t.Fatalf("the starting agent is not clean: %v", ps)
			}
			tt.edit(&a)
			ps := c.Validate(&a)
			var found *agent.Problem
			for i, p := range ps {
				if p.Path == tt.path && p.Warning == tt.warning {
					found = &ps[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s at %s; got %v", map[bool]string{true: "warning", false: "error"}[tt.warning], tt.path, ps)
			}
			if !containsAll(found.Message, tt.words...) {
				t.Errorf("message %q lacks %v", found.Message, tt.words)
			}
			if n := len(ps.At(tt.path)); n > 2 {
				t.Errorf("%d problems on one field: %v", n, ps.At(tt.path))
			}
		})
	}
}

func TestEveryCapabilityIsAModelField(t *testing.T) {
	t.Parallel()
	for path := range capabilities().Fields {
		if _, ok := agent.FieldByPath(path); !ok {
			t.Errorf("capability %s names no field of the model", path)
		}
	}
}
