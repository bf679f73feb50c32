package agent

import "strings"

// SubFields describes, in the words of Fields, the fields inside list
// items and the agent's single sub-records (webhooks, outbound SIP), which
// the agent catalogue lists only as a whole. Paths have no indices; a
// schedule day is written "day" and every header list as "headers".
var SubFields = []FieldInfo{
	{Path: "tools.name", Label: "Name", Help: "A short name the agent knows the tool by, like lookup_order.", Kind: KindText},
	{Path: "tools.description", Label: "What it does", Help: "One sentence on what the tool does, so the agent knows when to use it.", Kind: KindText},
	{Path: "tools.url", Label: "Address", Help: "The web address the tool calls, starting with https://.", Kind: KindText},
	{Path: "tools.method", Label: "Method", Help: "How the request is sent: GET reads, POST sends data.", Kind: KindChoice},
	{Path: "tools.body_template", Label: "Body template", Help: "The request body, with {{name}} where a parameter goes.", Kind: KindLongText},
	{Path: "tools.timeout_seconds", Label: "Timeout", Help: "Seconds to wait for an answer before giving up.", Kind: KindInteger, Min: Num(1), Max: Num(300)},
	{Path: "tools.retries", Label: "Retries", Help: "How many times to try again after a failure.", Kind: KindInteger, Min: Num(0)},
	{Path: "tools.fallback_result", Label: "Answer on failure", Help: "What the agent is told when the tool fails.", Kind: KindText},
	{Path: "tools.enabled", Label: "Enabled", Help: "Whether the agent may use this tool.", Kind: KindBool},

	{Path: "tools.params.name", Label: "Name", Help: "The name the web service expects, like order_number.", Kind: KindText},
	{Path: "tools.params.type", Label: "Type", Help: "What kind of value the agent fills in.", Kind: KindChoice},
	{Path: "tools.params.description", Label: "Description", Help: "Tells the agent what to fill in.", Kind: KindText},
	{Path: "tools.params.required", Label: "Required", Help: "The agent must fill this in to use the tool.", Kind: KindBool},
	{Path: "tools.params.enum", Label: "Allowed values", Help: "Only these values, comma separated; empty allows any.", Kind: KindList},
	{Path: "tools.params.in", Label: "Sent in", Help: "Where the value goes: the address, the query or the body.", Kind: KindChoice},

	{Path: "headers.name", Label: "Name", Help: "The header name, like X-Customer or Authorization.", Kind: KindText},
	{Path: "headers.value", Label: "Value", Help: "The header value, kept in the draft; put keys in Secret value.", Kind: KindText},
	{Path: "headers.secret", Label: "Secret value", Help: "A key or token; kept with your credentials, never in the draft.", Kind: KindSecret},

	{Path: "builtins.kind", Label: "Tool", Help: "Which built-in tool this is.", Kind: KindChoice},
	{Path: "builtins.instructions", Label: "Instructions", Help: "When to use it, in plain words; empty keeps the provider's own.", Kind: KindText},

	{Path: "mcp.name", Label: "Name", Help: "A short name for the server.", Kind: KindText},
	{Path: "mcp.url", Label: "Address", Help: "The server's web address, starting with https://.", Kind: KindText},
	{Path: "mcp.description", Label: "Description", Help: "What the server offers, for your team.", Kind: KindText},
	{Path: "mcp.transport", Label: "Transport", Help: "How to talk to the server; the server's docs say which.", Kind: KindChoice},
	{Path: "mcp.api_key", Label: "Key", Help: "The server's key; kept with your credentials.", Kind: KindSecret},
	{Path: "mcp.header_name", Label: "Key header", Help: "The header the key is sent in, like X-API-Key.", Kind: KindText},
	{Path: "mcp.enabled", Label: "Enabled", Help: "Whether the agent may use this server.", Kind: KindBool},
	{Path: "mcp.allow_tools", Label: "Only these tools", Help: "Tool names the agent may use, comma separated; empty allows all.", Kind: KindList},
	{Path: "mcp.block_tools", Label: "Never these tools", Help: "Tool names the agent must not use, comma separated.", Kind: KindList},

	{Path: "variables.name", Label: "Name", Help: "Used in the prompt as {{name}}: letters, digits and _.", Kind: KindText},
	{Path: "variables.value", Label: "Value", Help: "The value used when a call does not bring its own.", Kind: KindText},

	{Path: "schedule.day.start", Label: "Opens", Help: "When the window opens, like 09:00 (24-hour clock).", Kind: KindText},
	{Path: "schedule.day.end", Label: "Closes", Help: "When the window closes, like 17:30 (24-hour clock).", Kind: KindText},

	{Path: "callbacks.gaps.days", Label: "Days", Help: "Days to wait before this attempt (0 to 30).", Kind: KindInteger, Min: Num(0), Max: Num(30)},
	{Path: "callbacks.gaps.hours", Label: "Hours", Help: "Hours to wait on top of the days (0 to 23).", Kind: KindInteger, Min: Num(0), Max: Num(23)},

	{Path: "webhooks.pre_call.url", Label: "Before-call address", Help: "Called as a call starts, to fetch data for it; it starts with https://.", Kind: KindText},
	{Path: "webhooks.pre_call.method", Label: "Before-call method", Help: "How the request is sent.", Kind: KindChoice},
	{Path: "webhooks.pre_call.body_template", Label: "Before-call body", Help: "The request body, with {{name}} where a variable goes.", Kind: KindLongText},
	{Path: "webhooks.pre_call.timeout_seconds", Label: "Before-call timeout", Help: "Seconds to wait for an answer (1 to 300).", Kind: KindInteger, Min: Num(1), Max: Num(300)},
	{Path: "webhooks.pre_call.id", Label: "Before-call webhook id", Help: "The provider's id of a saved webhook, used instead of an address.", Kind: KindText},
	{Path: "webhooks.post_call.url", Label: "After-call address", Help: "Called when a call ends, with its results; it starts with https://.", Kind: KindText},
	{Path: "webhooks.post_call.method", Label: "After-call method", Help: "How the request is sent.", Kind: KindChoice},
	{Path: "webhooks.post_call.body_template", Label: "After-call body", Help: "The request body, with {{name}} where a result goes.", Kind: KindLongText},
	{Path: "webhooks.post_call.timeout_seconds", Label: "After-call timeout", Help: "Seconds to wait for an answer (1 to 300).", Kind: KindInteger, Min: Num(1), Max: Num(300)},
	{Path: "webhooks.post_call.id", Label: "After-call webhook id", Help: "The provider's id of a saved webhook, used instead of an address.", Kind: KindText},

	{Path: "telephony.outbound_sip.server", Label: "SIP server", Help: "The SIP server outbound calls go through, like sip.example.com.", Kind: KindText},
	{Path: "telephony.outbound_sip.auth_user", Label: "SIP user", Help: "The user name the SIP server knows you by.", Kind: KindText},
	{Path: "telephony.outbound_sip.password", Label: "SIP password", Help: "The SIP password; kept with your credentials.", Kind: KindSecret},
	{Path: "telephony.outbound_sip.domain", Label: "SIP domain", Help: "The SIP domain, if it differs from the server.", Kind: KindText},
	{Path: "telephony.outbound_sip.from_user", Label: "Caller id", Help: "Who the call comes from, usually your phone number.", Kind: KindText},
	{Path: "telephony.outbound_sip.display_name", Label: "Display name", Help: "The name people see when the agent calls.", Kind: KindText},
	{Path: "telephony.outbound_sip.transport", Label: "SIP transport", Help: "How calls reach the server; tls encrypts them.", Kind: KindChoice},
}

// FieldInfoOf returns the label, help, kind and neutral range of path, a
// leaf people edit: from Fields, or else from SubFields.
func FieldInfoOf(path string) (FieldInfo, bool) {
	p := StripIndices(path)
	if f, ok := FieldByPath(p); ok && f.Path == p && f.Kind != KindItems {
		return f, true
	}
	key := SubFieldKey(p)
	for _, f := range SubFields {
		if f.Path == key {
			return f, true
		}
	}
	return FieldInfo{}, false
}

// SubFieldKey maps an index-free path to its SubFields key: every header
// list is "headers", every schedule day "schedule.day".
func SubFieldKey(p string) string {
	if i := strings.Index(p, "headers."); i >= 0 {
		return p[i:]
	}
	for _, d := range DayKeys {
		if rest, ok := strings.CutPrefix(p, "schedule."+d+"."); ok {
			return "schedule.day." + rest
		}
	}
	return p
}

// DayKeys are the schedule's day keys, Monday first.
var DayKeys = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

var dayNames = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// DayName names a schedule day key for people: wed is Wednesday.
func DayName(key string) string {
	for i, d := range DayKeys {
		if d == key {
			return dayNames[i]
		}
	}
	return key
}
