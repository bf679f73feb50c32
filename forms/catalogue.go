package forms

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// subFields describes, in the words of agent.Fields, the fields inside list
// items and the agent's single sub-records (webhooks, outbound SIP), which
// the agent catalogue lists only as a whole. Paths have no indices; a
// schedule day is written "day" and every header list as "headers".
var subFields = []agent.FieldInfo{
	{Path: "tools.name", Label: "Name", Help: "A short name the agent knows the tool by, like lookup_order.", Kind: agent.KindText},
	{Path: "tools.description", Label: "What it does", Help: "One sentence on what the tool does, so the agent knows when to use it.", Kind: agent.KindText},
	{Path: "tools.url", Label: "Address", Help: "The web address the tool calls, starting with https://.", Kind: agent.KindText},
	{Path: "tools.method", Label: "Method", Help: "How the request is sent: GET reads, POST sends data.", Kind: agent.KindChoice},
	{Path: "tools.body_template", Label: "Body template", Help: "The request body, with {{name}} where a parameter goes.", Kind: agent.KindLongText},
	{Path: "tools.timeout_seconds", Label: "Timeout", Help: "Seconds to wait for an answer before giving up.", Kind: agent.KindInteger, Min: agent.Num(1), Max: agent.Num(300)},
	{Path: "tools.retries", Label: "Retries", Help: "How many times to try again after a failure.", Kind: agent.KindInteger, Min: agent.Num(0)},
	{Path: "tools.fallback_result", Label: "Answer on failure", Help: "What the agent is told when the tool fails.", Kind: agent.KindText},
	{Path: "tools.enabled", Label: "Enabled", Help: "Whether the agent may use this tool.", Kind: agent.KindBool},

	{Path: "tools.params.name", Label: "Name", Help: "The name the web service expects, like order_number.", Kind: agent.KindText},
	{Path: "tools.params.type", Label: "Type", Help: "What kind of value the agent fills in.", Kind: agent.KindChoice},
	{Path: "tools.params.description", Label: "Description", Help: "Tells the agent what to fill in.", Kind: agent.KindText},
	{Path: "tools.params.required", Label: "Required", Help: "The agent must fill this in to use the tool.", Kind: agent.KindBool},
	{Path: "tools.params.enum", Label: "Allowed values", Help: "Only these values, comma separated; empty allows any.", Kind: agent.KindList},
	{Path: "tools.params.in", Label: "Sent in", Help: "Where the value goes: the address, the query or the body.", Kind: agent.KindChoice},

	{Path: "headers.name", Label: "Name", Help: "The header name, like X-Customer or Authorization.", Kind: agent.KindText},
	{Path: "headers.value", Label: "Value", Help: "The header value, kept in the draft; put keys in Secret value.", Kind: agent.KindText},
	{Path: "headers.secret", Label: "Secret value", Help: "A key or token; kept with your credentials, never in the draft.", Kind: agent.KindSecret},

	{Path: "builtins.kind", Label: "Tool", Help: "Which built-in tool this is.", Kind: agent.KindChoice},
	{Path: "builtins.instructions", Label: "Instructions", Help: "When to use it, in plain words; empty keeps the provider's own.", Kind: agent.KindText},

	{Path: "mcp.name", Label: "Name", Help: "A short name for the server.", Kind: agent.KindText},
	{Path: "mcp.url", Label: "Address", Help: "The server's web address, starting with https://.", Kind: agent.KindText},
	{Path: "mcp.description", Label: "Description", Help: "What the server offers, for your team.", Kind: agent.KindText},
	{Path: "mcp.transport", Label: "Transport", Help: "How to talk to the server; the server's docs say which.", Kind: agent.KindChoice},
	{Path: "mcp.api_key", Label: "Key", Help: "The server's key; kept with your credentials.", Kind: agent.KindSecret},
	{Path: "mcp.header_name", Label: "Key header", Help: "The header the key is sent in, like X-API-Key.", Kind: agent.KindText},
	{Path: "mcp.enabled", Label: "Enabled", Help: "Whether the agent may use this server.", Kind: agent.KindBool},
	{Path: "mcp.allow_tools", Label: "Only these tools", Help: "Tool names the agent may use, comma separated; empty allows all.", Kind: agent.KindList},
	{Path: "mcp.block_tools", Label: "Never these tools", Help: "Tool names the agent must not use, comma separated.", Kind: agent.KindList},

	{Path: "variables.name", Label: "Name", Help: "Used in the prompt as {{name}}: letters, digits and _.", Kind: agent.KindText},
	{Path: "variables.value", Label: "Value", Help: "The value used when a call does not bring its own.", Kind: agent.KindText},

	{Path: "schedule.day.start", Label: "Opens", Help: "When the window opens, like 09:00 (24-hour clock).", Kind: agent.KindText},
	{Path: "schedule.day.end", Label: "Closes", Help: "When the window closes, like 17:30 (24-hour clock).", Kind: agent.KindText},

	{Path: "callbacks.gaps.days", Label: "Days", Help: "Days to wait before this attempt (0 to 30).", Kind: agent.KindInteger, Min: agent.Num(0), Max: agent.Num(30)},
	{Path: "callbacks.gaps.hours", Label: "Hours", Help: "Hours to wait on top of the days (0 to 23).", Kind: agent.KindInteger, Min: agent.Num(0), Max: agent.Num(23)},

	{Path: "webhooks.pre_call.url", Label: "Before-call address", Help: "Called as a call starts, to fetch data for it; https://…", Kind: agent.KindText},
	{Path: "webhooks.pre_call.method", Label: "Before-call method", Help: "How the request is sent.", Kind: agent.KindChoice},
	{Path: "webhooks.pre_call.body_template", Label: "Before-call body", Help: "The request body, with {{name}} where a variable goes.", Kind: agent.KindLongText},
	{Path: "webhooks.pre_call.timeout_seconds", Label: "Before-call timeout", Help: "Seconds to wait for an answer (1 to 300).", Kind: agent.KindInteger, Min: agent.Num(1), Max: agent.Num(300)},
	{Path: "webhooks.pre_call.id", Label: "Before-call webhook id", Help: "The provider's id of a saved webhook, used instead of an address.", Kind: agent.KindText},
	{Path: "webhooks.post_call.url", Label: "After-call address", Help: "Called when a call ends, with its results; https://…", Kind: agent.KindText},
	{Path: "webhooks.post_call.method", Label: "After-call method", Help: "How the request is sent.", Kind: agent.KindChoice},
	{Path: "webhooks.post_call.body_template", Label: "After-call body", Help: "The request body, with {{name}} where a result goes.", Kind: agent.KindLongText},
	{Path: "webhooks.post_call.timeout_seconds", Label: "After-call timeout", Help: "Seconds to wait for an answer (1 to 300).", Kind: agent.KindInteger, Min: agent.Num(1), Max: agent.Num(300)},
	{Path: "webhooks.post_call.id", Label: "After-call webhook id", Help: "The provider's id of a saved webhook, used instead of an address.", Kind: agent.KindText},

	{Path: "telephony.outbound_sip.server", Label: "SIP server", Help: "The SIP server outbound calls go through, like sip.example.com.", Kind: agent.KindText},
	{Path: "telephony.outbound_sip.auth_user", Label: "SIP user", Help: "The user name the SIP server knows you by.", Kind: agent.KindText},
	{Path: "telephony.outbound_sip.password", Label: "SIP password", Help: "The SIP password; kept with your credentials.", Kind: agent.KindSecret},
	{Path: "telephony.outbound_sip.domain", Label: "SIP domain", Help: "The SIP domain, if it differs from the server.", Kind: agent.KindText},
	{Path: "telephony.outbound_sip.from_user", Label: "Caller id", Help: "Who the call comes from, usually your phone number.", Kind: agent.KindText},
	{Path: "telephony.outbound_sip.display_name", Label: "Display name", Help: "The name people see when the agent calls.", Kind: agent.KindText},
	{Path: "telephony.outbound_sip.transport", Label: "SIP transport", Help: "How calls reach the server; tls encrypts them.", Kind: agent.KindChoice},
}

// fieldInfo returns the label, help, kind and neutral range of path, from
// agent.Fields or else from subFields.
func fieldInfo(path string) (agent.FieldInfo, bool) {
	p := agent.StripIndices(path)
	if f, ok := agent.FieldByPath(p); ok && f.Path == p && f.Kind != agent.KindItems {
		return f, true
	}
	key := catalogueKey(p)
	for _, f := range subFields {
		if f.Path == key {
			return f, true
		}
	}
	return agent.FieldInfo{}, false
}

// catalogueKey maps an index-free path to its subFields key.
func catalogueKey(p string) string {
	if i := strings.Index(p, "headers."); i >= 0 {
		return p[i:]
	}
	for _, d := range dayKeys {
		if rest, ok := strings.CutPrefix(p, "schedule."+d+"."); ok {
			return "schedule.day." + rest
		}
	}
	return p
}

// dayKeys are the schedule's day keys, Monday first.
var dayKeys = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// dayName names a schedule day key for people.
func dayName(key string) string {
	for i, d := range dayKeys {
		if d == key {
			return [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[i]
		}
	}
	return key
}
