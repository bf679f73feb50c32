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
			expect: []want{{Path: "identity.name", Message: "give the agent a name"}},
		},
		{
			name:   "temperature above 2 is out of range",
			edit:   func(a *Agent) { a.LLM.Temperature = floatp(2.5) },
			expect: []want{{Path: "llm.temperature", Message: "use a number from 0 to 2"}},
		},
		{
			name: "temperature at the edges is fine",
			edit: func(a *Agent) { a.LLM.Temperature = floatp(2); a.LLM.TopP = floatp(0) },
		},
		{
			name:   "negative thinking budget has only a lower bound",
			edit:   func(a *Agent) { a.LLM.ThinkingBudget = intp(-1) },
			expect: []want{{Path: "llm.thinking_budget", Message: "use a number of at least 0"}},
		},
		{
			name:   "a provider's range replaces the neutral one",
			edit:   func(a *Agent) { a.Voice.Speed = floatp(1.5) },
			caps:   with(map[string]FieldSpec{"voice.speed": {Min: Num(0.7), Max: Num(1.2)}}),
			expect: []want{{Path: "voice.speed", Message: "use a number from 0.7 to 1.2"}},
		},
		{
			// Regression: a provider that set only Max dropped the neutral
			// Min, so a negative temperature passed.
			name:   "a provider maximum keeps the neutral minimum",
			edit:   func(a *Agent) { a.LLM.Temperature = floatp(-0.5) },
			caps:   with(map[string]FieldSpec{"llm.temperature": {Max: Num(1)}}),
			expect: []want{{Path: "llm.temperature", Message: "use a number from 0 to 1"}},
		},
		{
			name: "vendor ranges win for the chosen vendor",
			edit: func(a *Agent) { a.Voice.Vendor = "Cartesia"; a.Voice.Speed = floatp(1.8) },
			caps: with(map[string]FieldSpec{"voice.speed": {
				Min: Num(0.25), Max: Num(4), VendorRanges: map[string]Range{"Cartesia": {Min: 0.6, Max: 1.5}},
			}}),
			expect: []want{{Path: "voice.speed", Message: "use a number from 0.6 to 1.5"}},
		},
		{
			name:   "closed choice list refuses other values",
			edit:   func(a *Agent) { a.LLM.ReasoningEffort = "extreme" },
			caps:   with(map[string]FieldSpec{"llm.reasoning_effort": {Closed: true, Choices: []Choice{{Value: "low"}, {Value: "high"}}}}),
			expect: []want{{Path: "llm.reasoning_effort", Message: "choose one of low, high"}},
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
			expect: []want{{Path: "identity.description", Message: "use at most 10 characters"}},
		},
		{
			name:   "pattern failure uses the plain-words hint",
			edit:   func(a *Agent) { a.Identity.Name = "Front desk!" },
			caps:   with(map[string]FieldSpec{"identity.name": {Pattern: `^[A-Za-z ]+$`, PatternHint: "letters and spaces"}}),
			expect: []want{{Path: "identity.name", Message: "use letters and spaces"}},
		},
		{
			name:   "required field missing",
			edit:   func(a *Agent) { a.Voice = Voice{} },
			caps:   with(map[string]FieldSpec{"voice.voice_id": {Required: true}}),
			expect: []want{{Path: "voice.voice_id", Message: "fill this in"}},
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
			expect: []want{{Path: "identity.name", Message: "give the agent a name"}},
		},
		{
			name:   "language code must look like one",
			edit:   func(a *Agent) { a.Identity.Language = "English" },
			expect: []want{{Path: "identity.language", Message: "use a language code like en"}},
		},
		{
			name: "unknown and Local time zones are refused",
			edit: func(a *Agent) { a.Identity.Timezone = "Mars/Olympus"; a.Schedule.Timezone = "Local" },
			expect: []want{
				{Path: "identity.timezone", Message: "use a time zone name like Europe/London"},
				{Path: "schedule.timezone", Message: "use a time zone name"},
			},
		},
		{
			name:   "greeting speaker must be agent or user",
			edit:   func(a *Agent) { a.Greeting.Who = "robot" },
			expect: []want{{Path: "greeting.who", Message: "choose agent or user"}},
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
			expect: []want{{Path: "schedule.mon[1]", Message: "ends before it starts; make the end later than 17:00"}},
		},
		{
			name:   "window that ends when it starts",
			edit:   func(a *Agent) { a.Schedule.Sun = []Window{{"10:00", "10:00"}} },
			expect: []want{{Path: "schedule.sun[0]", Message: "ends before it starts"}},
		},
		{
			name: "overlapping windows of one day",
			edit: func(a *Agent) {
				a.Schedule.Wed = []Window{{"09:00", "13:00"}, {"12:00", "17:00"}}
			},
			expect: []want{{Path: "schedule.wed[1]", Message: "overlaps window 1 of the same day"}},
		},
		{
			name: "badly written times",
			edit: func(a *Agent) { a.Schedule.Fri = []Window{{"9am", "24:00"}} },
			expect: []want{
				{Path: "schedule.fri[0].start", Message: "use a time like 09:00"},
				{Path: "schedule.fri[0].end", Message: "use a time like 17:30"},
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
			expect: []want{{Path: "callbacks.gaps", Message: "there are 1 gaps for 3 attempts", Warning: true}},
		},
		{
			name: "callback gaps out of range",
			edit: func(a *Agent) { a.Callbacks = Callbacks{Gaps: []Gap{{31, 24}}} },
			expect: []want{
				{Path: "callbacks.gaps[0].days", Message: "from 0 to 30"},
				{Path: "callbacks.gaps[0].hours", Message: "from 0 to 23"},
			},
		},
		{
			// Regression: a negative count produced two messages.
			name:   "negative callback attempts are reported once",
			edit:   func(a *Agent) { a.Callbacks.MaxAttempts = intp(-1) },
			expect: []want{{Path: "callbacks.max_attempts", Message: "use a number from 0 to 100"}},
		},
		{
			name: "a complete webhook tool is fine",
			edit: func(a *Agent) { a.Tools = []Tool{goodTool("lookup_order")} },
		},
		{
			name: "tool without name, description or address",
			edit: func(a *Agent) { a.Tools = []Tool{{Name: ""}} },
			expect: []want{
				{Path: "tools[0].name", Message: "give the tool a name"},
				{Path: "tools[0].description", Message: "say in a sentence what the tool does"},
				{Path: "tools[0].url", Message: "enter the web address, starting with https://"},
			},
		},
		{
			name: "tool name with spaces cannot be called by the model",
			edit: func(a *Agent) {
				tl := goodTool("Look up order")
				a.Tools = []Tool{tl}
			},
			expect: []want{{Path: "tools[0].name", Message: "use up to 64 letters, digits and _"}},
		},
		{
			name: "tool names must differ",
			edit: func(a *Agent) { a.Tools = []Tool{goodTool("lookup"), goodTool("lookup")} },
			expect: []want{
				{Path: "tools[1].name", Message: "tool 1 already has this name"},
			},
		},
		{
			name: "tool address must be a full web address",
			edit: func(a *Agent) {
				tl := goodTool("lookup")
				tl.URL = "example.com/orders"
				a.Tools = []Tool{tl}
			},
			expect: []want{{Path: "tools[0].url", Message: "enter a full web address"}},
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
				{Path: "tools[0].method", Message: "choose GET, POST, PUT, PATCH or DELETE"},
				{Path: "tools[0].headers[0].name", Message: "give the header a name"},
				{Path: "tools[0].params[0].name", Message: "use letters, digits and _ only"},
				{Path: "tools[0].params[0].type", Message: "choose Text, Number, Whole number"},
				{Path: "tools[0].params[0].in", Message: "choose path, query or body"},
				{Path: "tools[0].params[2].name", Message: "another parameter has this name"},
				{Path: "tools[0].timeout_seconds", Message: "at least 1"},
				{Path: "tools[0].retries", Message: "at least 0"},
			},
		},
		{
			name: "variables need usable, distinct names",
			edit: func(a *Agent) {
				a.Variables = []Variable{{Name: "customer_name"}, {Name: "first name"}, {Name: "customer_name"}}
			},
			expect: []want{
				{Path: "variables[1].name", Message: "use letters, digits and _ only"},
				{Path: "variables[2].name", Message: "another variable has this name"},
			},
		},
		{
			name: "webhook problems",
			edit: func(a *Agent) {
				a.Webhooks.PreCall = Webhook{URL: "ftp://example.com", Method: "SEND", TimeoutSeconds: intp(301)}
			},
			expect: []want{
				{Path: "webhooks.pre_call.url", Message: "enter a full web address"},
				{Path: "webhooks.pre_call.method", Message: "choose GET"},
				{Path: "webhooks.pre_call.timeout_seconds", Message: "use a number from 1 to 300"},
			},
		},
		{
			// Regression: settings of a webhook without an address were
			// dropped without a word.
			name:   "webhook settings without an address",
			edit:   func(a *Agent) { a.Webhooks.PostCall = Webhook{Method: "POST"} },
			expect: []want{{Path: "webhooks.post_call.url", Message: "enter the web address"}},
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
				{Path: "mcp[0].name", Message: "give the server a name"},
				{Path: "mcp[0].url", Message: "enter the web address"},
				{Path: "mcp[0].transport", Message: "choose sse or streamable_http"},
				{Path: "mcp[0].headers[0].name", Message: "give the header a name"},
			},
		},
		{
			name:   "unsupported field gives a warning, not an error",
			edit:   func(a *Agent) { a.Voice.Style = floatp(0.3) },
			caps:   without("voice.style"),
			expect: []want{{Path: "voice.style", Message: "this provider has no such setting", Warning: true}},
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
				{Path: "llm.temperature", Message: "this provider has no such setting", Warning: true},
				{Path: "schedule.mon[0].start", Message: "this provider has no such setting", Warning: true},
				{Path: "schedule.mon[0].end", Message: "this provider has no such setting", Warning: true},
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
