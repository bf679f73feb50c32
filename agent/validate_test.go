package agent

import (
	"strings"
	"testing"
)

// goodTool is a webhook tool with no problems, for the rows to spoil.
func goodTool(name string) Tool {
	return Tool{
		Name:        name,
		Description: "Looks up an order.",
		URL:         "https://api.example.com/orders",
		Method:      "GET",
		Params:      []Param{{Name: "order_id", Type: "string", Required: true, In: "query"}},
	}
}

func TestValidateCommon(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		edit   func(a *Agent)
		caps   Capabilities // everything() when nil Fields
		expect []want       // exactly these problems, in any order
	}{
		{name: "blank template has no problems", edit: func(*Agent) {}},
		{
			name:   "agent without a name is refused",
			edit:   func(a *Agent) { a.Identity.Name = "  " },
			expect: []want{{path: "identity.name", message: "give the agent a name"}},
		},
		{
			name:   "temperature above 2 is out of range",
			edit:   func(a *Agent) { a.LLM.Temperature = floatp(2.5) },
			expect: []want{{path: "llm.temperature", message: "use a number from 0 to 2"}},
		},
		{
			name: "temperature at the edges is fine",
			edit: func(a *Agent) { a.LLM.Temperature = floatp(2); a.LLM.TopP = floatp(0) },
		},
		{
			name:   "negative thinking budget has only a lower bound",
			edit:   func(a *Agent) { a.LLM.ThinkingBudget = intp(-1) },
			expect: []want{{path: "llm.thinking_budget", message: "use a number of at least 0"}},
		},
		{
			name:   "a provider's range replaces the neutral one",
			edit:   func(a *Agent) { a.Voice.Speed = floatp(1.5) },
			caps:   with(map[string]FieldSpec{"voice.speed": {Min: Num(0.7), Max: Num(1.2)}}),
			expect: []want{{path: "voice.speed", message: "use a number from 0.7 to 1.2"}},
		},
		{
			// Regression: a provider that set only Max dropped the neutral
			// Min, so a negative temperature passed.
			name:   "a provider maximum keeps the neutral minimum",
			edit:   func(a *Agent) { a.LLM.Temperature = floatp(-0.5) },
			caps:   with(map[string]FieldSpec{"llm.temperature": {Max: Num(1)}}),
			expect: []want{{path: "llm.temperature", message: "use a number from 0 to 1"}},
		},
		{
			name: "vendor ranges win for the chosen vendor",
			edit: func(a *Agent) { a.Voice.Vendor = "Cartesia"; a.Voice.Speed = floatp(1.8) },
			caps: with(map[string]FieldSpec{"voice.speed": {
				Min: Num(0.25), Max: Num(4), VendorRanges: map[string]Range{"Cartesia": {Min: 0.6, Max: 1.5}},
			}}),
			expect: []want{{path: "voice.speed", message: "use a number from 0.6 to 1.5"}},
		},
		{
			name:   "closed choice list refuses other values",
			edit:   func(a *Agent) { a.LLM.ReasoningEffort = "extreme" },
			caps:   with(map[string]FieldSpec{"llm.reasoning_effort": {Closed: true, Choices: []Choice{{Value: "low"}, {Value: "high"}}}}),
			expect: []want{{path: "llm.reasoning_effort", message: "choose one of low, high"}},
		},
		{
			name: "open choice list allows a custom value",
			edit: func(a *Agent) { a.LLM.Model = "my-fine-tune" },
			caps: with(map[string]FieldSpec{"llm.model": {Choices: []Choice{{Value: "gpt-4o"}}}}),
		},
		{
			name:   "too long a value is refused with the limit",
			edit:   func(a *Agent) { a.Identity.Description = strings.Repeat("é", 11) },
			caps:   with(map[string]FieldSpec{"identity.description": {MaxLen: 10}}),
			expect: []want{{path: "identity.description", message: "use at most 10 characters"}},
		},
		{
			name:   "pattern failure uses the plain-words hint",
			edit:   func(a *Agent) { a.Identity.Name = "Front desk!" },
			caps:   with(map[string]FieldSpec{"identity.name": {Pattern: `^[A-Za-z ]+$`, PatternHint: "letters and spaces"}}),
			expect: []want{{path: "identity.name", message: "use letters and spaces"}},
		},
		{
			name:   "required field missing",
			edit:   func(a *Agent) { a.Voice = Voice{} },
			caps:   with(map[string]FieldSpec{"voice.voice_id": {Required: true}}),
			expect: []want{{path: "voice.voice_id", message: "fill this in"}},
		},
		{
			// Regression: a required section never counted as set.
			name: "required section is satisfied by any field in it",
			edit: func(a *Agent) { a.Voice.VoiceID = "rachel" },
			caps: with(map[string]FieldSpec{"voice": {Required: true}}),
		},
		{
			// Regression: a required name produced two messages.
			name:   "missing required name is reported once",
			edit:   func(a *Agent) { a.Identity.Name = "" },
			caps:   with(map[string]FieldSpec{"identity.name": {Required: true}}),
			expect: []want{{path: "identity.name", message: "give the agent a name"}},
		},
		{
			name:   "language code must look like one",
			edit:   func(a *Agent) { a.Identity.Language = "English" },
			expect: []want{{path: "identity.language", message: "use a language code like en"}},
		},
		{
			name: "unknown and Local time zones are refused",
			edit: func(a *Agent) { a.Identity.Timezone = "Mars/Olympus"; a.Schedule.Timezone = "Local" },
			expect: []want{
				{path: "identity.timezone", message: "use a time zone name like Europe/London"},
				{path: "schedule.timezone", message: "use a time zone name"},
			},
		},
		{
			name:   "greeting speaker must be agent or user",
			edit:   func(a *Agent) { a.Greeting.Who = "robot" },
			expect: []want{{path: "greeting.who", message: "choose agent or user"}},
		},
		{
			name: "split shift is fine",
			edit: func(a *Agent) {
				a.Schedule.Mon = []Window{{"09:00", "12:00"}, {"12:00", "17:30"}}
			},
		},
		{
			name: "window that ends before it starts",
			edit: func(a *Agent) {
				a.Schedule.Mon = []Window{{"08:00", "12:00"}, {"17:00", "13:00"}}
			},
			expect: []want{{path: "schedule.mon[1]", message: "ends before it starts; make the end later than 17:00"}},
		},
		{
			name:   "window that ends when it starts",
			edit:   func(a *Agent) { a.Schedule.Sun = []Window{{"10:00", "10:00"}} },
			expect: []want{{path: "schedule.sun[0]", message: "ends before it starts"}},
		},
		{
			name: "overlapping windows of one day",
			edit: func(a *Agent) {
				a.Schedule.Wed = []Window{{"09:00", "13:00"}, {"12:00", "17:00"}}
			},
			expect: []want{{path: "schedule.wed[1]", message: "overlaps window 1 of the same day"}},
		},
		{
			name: "badly written times",
			edit: func(a *Agent) { a.Schedule.Fri = []Window{{"9am", "24:00"}} },
			expect: []want{
				{path: "schedule.fri[0].start", message: "use a time like 09:00"},
				{path: "schedule.fri[0].end", message: "use a time like 17:30"},
			},
		},
		{
			name: "callbacks with a gap per attempt are fine",
			edit: func(a *Agent) {
				a.Callbacks = Callbacks{Enabled: true, MaxAttempts: intp(2), Gaps: []Gap{{0, 3}, {1, 0}}}
			},
		},
		{
			name: "callbacks with fewer gaps than attempts get a warning",
			edit: func(a *Agent) {
				a.Callbacks = Callbacks{Enabled: true, MaxAttempts: intp(3), Gaps: []Gap{{0, 3}}}
			},
			expect: []want{{path: "callbacks.gaps", message: "there are 1 gaps for 3 attempts", warning: true}},
		},
		{
			name: "callback gaps out of range",
			edit: func(a *Agent) { a.Callbacks = Callbacks{Gaps: []Gap{{31, 24}}} },
			expect: []want{
				{path: "callbacks.gaps[0].days", message: "from 0 to 30"},
				{path: "callbacks.gaps[0].hours", message: "from 0 to 23"},
			},
		},
		{
			// Regression: a negative count produced two messages.
			name:   "negative callback attempts are reported once",
			edit:   func(a *Agent) { a.Callbacks.MaxAttempts = intp(-1) },
			expect: []want{{path: "callbacks.max_attempts", message: "use a number from 0 to 100"}},
		},
		{
			name: "a complete webhook tool is fine",
			edit: func(a *Agent) { a.Tools = []Tool{goodTool("lookup_order")} },
		},
		{
			name: "tool without name, description or address",
			edit: func(a *Agent) { a.Tools = []Tool{{Name: ""}} },
			expect: []want{
				{path: "tools[0].name", message: "give the tool a name"},
				{path: "tools[0].description", message: "say in a sentence what the tool does"},
				{path: "tools[0].url", message: "enter the web address, starting with https://"},
			},
		},
		{
			name: "tool name with spaces cannot be called by the model",
			edit: func(a *Agent) {
				tl := goodTool("Look up order")
				a.Tools = []Tool{tl}
			},
			expect: []want{{path: "tools[0].name", message: "use up to 64 letters, digits and _"}},
		},
		{
			name: "tool names must differ",
			edit: func(a *Agent) { a.Tools = []Tool{goodTool("lookup"), goodTool("lookup")} },
			expect: []want{
				{path: "tools[1].name", message: "tool 1 already has this name"},
			},
		},
		{
			name: "tool address must be a full web address",
			edit: func(a *Agent) {
				tl := goodTool("lookup")
				tl.URL = "example.com/orders"
				a.Tools = []Tool{tl}
			},
			expect: []want{{path: "tools[0].url", message: "enter a full web address"}},
		},
		{
			name: "tool address may hold placeholders",
			edit: func(a *Agent) {
				tl := goodTool("lookup")
				tl.URL = "https://api.example.com/orders/{order_id}"
				a.Tools = []Tool{tl}
			},
		},
		{
			name: "tool method, header, parameter, timeout and retries problems",
			edit: func(a *Agent) {
				tl := goodTool("lookup")
				tl.Method = "FETCH"
				tl.Headers = []Header{{Name: " ", Value: "x"}}
				tl.Params = []Param{
					{Name: "1st", Type: "text", In: "header"},
					{Name: "id"},
					{Name: "id"},
				}
				tl.TimeoutSeconds = intp(0)
				tl.Retries = intp(-2)
				a.Tools = []Tool{tl}
			},
			expect: []want{
				{path: "tools[0].method", message: "choose GET, POST, PUT, PATCH or DELETE"},
				{path: "tools[0].headers[0].name", message: "give the header a name"},
				{path: "tools[0].params[0].name", message: "use letters, digits and _ only"},
				{path: "tools[0].params[0].type", message: "choose Text, Number, Whole number"},
				{path: "tools[0].params[0].in", message: "choose path, query or body"},
				{path: "tools[0].params[2].name", message: "another parameter has this name"},
				{path: "tools[0].timeout_seconds", message: "at least 1"},
				{path: "tools[0].retries", message: "at least 0"},
			},
		},
		{
			name: "variables need usable, distinct names",
			edit: func(a *Agent) {
				a.Variables = []Variable{{Name: "customer_name"}, {Name: "first name"}, {Name: "customer_name"}}
			},
			expect: []want{
				{path: "variables[1].name", message: "use letters, digits and _ only"},
				{path: "variables[2].name", message: "another variable has this name"},
			},
		},
		{
			name: "webhook problems",
			edit: func(a *Agent) {
				a.Webhooks.PreCall = Webhook{URL: "ftp://example.com", Method: "SEND", TimeoutSeconds: intp(301)}
			},
			expect: []want{
				{path: "webhooks.pre_call.url", message: "enter a full web address"},
				{path: "webhooks.pre_call.method", message: "choose GET"},
				{path: "webhooks.pre_call.timeout_seconds", message: "use a number from 1 to 300"},
			},
		},
		{
			// Regression: settings of a webhook without an address were
			// dropped without a word.
			name:   "webhook settings without an address",
			edit:   func(a *Agent) { a.Webhooks.PostCall = Webhook{Method: "POST"} },
			expect: []want{{path: "webhooks.post_call.url", message: "enter the web address"}},
		},
		{
			name: "webhook known by id needs no address",
			edit: func(a *Agent) { a.Webhooks.PostCall = Webhook{ID: "wh_123"} },
		},
		{
			name: "MCP server problems",
			edit: func(a *Agent) {
				a.MCP = []MCPServer{{Transport: "websocket", Headers: []Header{{Value: "v"}}}}
			},
			expect: []want{
				{path: "mcp[0].name", message: "give the server a name"},
				{path: "mcp[0].url", message: "enter the web address"},
				{path: "mcp[0].transport", message: "choose sse or streamable_http"},
				{path: "mcp[0].headers[0].name", message: "give the header a name"},
			},
		},
		{
			name:   "unsupported field gives a warning, not an error",
			edit:   func(a *Agent) { a.Voice.Style = floatp(0.3) },
			caps:   without("voice.style"),
			expect: []want{{path: "voice.style", message: "this provider has no such setting", warning: true}},
		},
		{
			// Regression: a broken setting the provider cannot carry stopped
			// the push although it would never be sent.
			name: "problems in unsupported fields become only warnings",
			edit: func(a *Agent) {
				a.Schedule.Mon = []Window{{"17:00", "09:00"}}
				a.LLM.Temperature = floatp(9)
			},
			caps: without("schedule", "llm.temperature"),
			expect: []want{
				{path: "llm.temperature", message: "this provider has no such setting", warning: true},
				{path: "schedule.mon[0].start", message: "this provider has no such setting", warning: true},
				{path: "schedule.mon[0].end", message: "this provider has no such setting", warning: true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := validAgent()
			tt.edit(&a)
			caps := tt.caps
			if caps.Fields == nil {
				caps = everything()
			}
			got := ValidateCommon(&a, caps)
			assertProblems(t, got, tt.expect)
		})
	}
}
