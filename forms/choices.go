package forms

import (
	"slices"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// otherValue is the select value of "Other (type a value)…"; it cannot be a
// real value because people cannot type a NUL.
const otherValue = "\x00other"

// otherLabel is the last option of every open choice list.
const otherLabel = "Other (type a value)…"

// neutral is a choice list the model itself defines, used when the provider
// gives none. closed lists are the only values agent validation accepts.
type neutral struct {
	choices []agent.Choice
	closed  bool
}

// neutralChoices returns the model's own choice list for an index-free path.
func neutralChoices(path string) (neutral, bool) {
	c := func(pairs ...string) []agent.Choice {
		out := make([]agent.Choice, 0, len(pairs)/2)
		for i := 0; i+1 < len(pairs); i += 2 {
			out = append(out, agent.Choice{Value: pairs[i], Label: pairs[i+1]})
		}
		return out
	}
	methods := c("GET", "GET", "POST", "POST", "PUT", "PUT", "PATCH", "PATCH", "DELETE", "DELETE")
	switch path {
	case "identity.channel":
		return neutral{c("voice", "Voice calls", "chat", "Chat", "video", "Video"), false}, true
	case "identity.language":
		return neutral{languages(), false}, true
	case "identity.timezone", "schedule.timezone":
		return neutral{timezones(), false}, true
	case "llm.reasoning_effort":
		return neutral{c("none", "None", "minimal", "Minimal", "low", "Low", "medium", "Medium", "high", "High"), false}, true
	case "turn.mode":
		return neutral{c("turn", "Listen for the end of a sentence", "silence", "Wait for a pause"), false}, true
	case "turn.eagerness":
		return neutral{c("patient", "Patient: waits longer", "normal", "Normal", "eager", "Eager: answers quickly"), false}, true
	case "greeting.who":
		return neutral{c("agent", "The agent speaks first", "user", "The caller speaks first"), true}, true
	case "tools.method", "webhooks.pre_call.method", "webhooks.post_call.method":
		return neutral{methods, true}, true
	case "tools.params.type":
		return neutral{agent.ParamTypes, true}, true
	case "tools.params.in":
		return neutral{c("path", "In the address path", "query", "In the query (?name=value)", "body", "In the body"), true}, true
	case "mcp.transport":
		return neutral{c("sse", "SSE", "streamable_http", "Streamable HTTP"), true}, true
	case "telephony.outbound_sip.transport":
		return neutral{c("udp", "UDP", "tcp", "TCP", "tls", "TLS (encrypted)"), true}, true
	case "builtins.kind":
		out := make([]agent.Choice, 0, len(agent.BuiltinKinds))
		for _, k := range agent.BuiltinKinds {
			out = append(out, agent.Choice{Value: k, Label: builtinName(k)})
		}
		return neutral{out, true}, true
	}
	return neutral{}, false
}

// builtinName is a built-in tool kind in plain words.
func builtinName(kind string) string {
	switch kind {
	case agent.BuiltinEndCall:
		return "End the call"
	case agent.BuiltinTransferCall:
		return "Transfer to a phone number"
	case agent.BuiltinTransferToAgent:
		return "Hand over to another agent"
	case agent.BuiltinLanguageDetection:
		return "Switch language"
	case agent.BuiltinVoicemailDetection:
		return "Detect voicemail"
	case agent.BuiltinKeypad:
		return "Press phone keys"
	case agent.BuiltinSkipTurn:
		return "Stay quiet when asked to wait"
	}
	return kind
}

// languages are common BCP-47 tags, offered where the provider gives no list.
func languages() []agent.Choice {
	tags := []string{
		"en-US", "English (US)", "en-GB", "English (UK)", "es-ES", "Spanish (Spain)", "es-MX", "Spanish (Mexico)",
		"fr-FR", "French", "de-DE", "German", "it-IT", "Italian", "pt-BR", "Portuguese (Brazil)",
		"pt-PT", "Portuguese (Portugal)", "nl-NL", "Dutch", "pl-PL", "Polish", "sv-SE", "Swedish",
		"tr-TR", "Turkish", "ru-RU", "Russian", "uk-UA", "Ukrainian", "ar-SA", "Arabic",
		"hi-IN", "Hindi", "ja-JP", "Japanese", "ko-KR", "Korean", "zh-CN", "Chinese (Mandarin)",
	}
	out := make([]agent.Choice, 0, len(tags)/2)
	for i := 0; i+1 < len(tags); i += 2 {
		out = append(out, agent.Choice{Value: tags[i], Label: tags[i+1] + " · " + tags[i]})
	}
	return out
}

// timezones are widely used IANA zones, offered where the provider gives no
// list; any other zone can be typed.
func timezones() []agent.Choice {
	zones := []string{
		"UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin",
		"Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw",
		"Europe/Athens", "Europe/Kyiv", "Europe/Istanbul", "America/New_York", "America/Chicago",
		"America/Denver", "America/Los_Angeles", "America/Toronto", "America/Mexico_City",
		"America/Sao_Paulo", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
		"Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
	}
	out := make([]agent.Choice, 0, len(zones))
	for _, z := range zones {
		out = append(out, agent.Choice{Value: z})
	}
	return out
}

// choicesFor picks the choice list of path (with indices): the ui's live list
// first, then the provider's, then the model's own. closed reports whether
// only listed values are allowed.
func choicesFor(path string, spec agent.FieldSpec, opt Options) (choices []agent.Choice, closed bool) {
	p := agent.StripIndices(path)
	n, hasNeutral := neutralChoices(p)
	switch {
	case len(opt.Choices[p]) > 0:
		choices = opt.Choices[p]
	case len(spec.Choices) > 0:
		choices = spec.Choices
	case hasNeutral:
		choices = n.choices
	}
	return choices, spec.Closed || (hasNeutral && n.closed)
}

// choiceOptions builds a select's options: "not set" first, the choices, the
// current value if it is not among them (so a closed list never silently
// changes it), and "Other" last on open lists.
func choiceOptions(choices []agent.Choice, closed bool, current string, spec agent.FieldSpec) (opts []huh.Option[string], listed bool) {
	opts = append(opts, huh.NewOption(defaultLabel(spec, choices), ""))
	for _, c := range choices {
		label := c.Label
		if label == "" {
			label = c.Value
		}
		if c.Detail != "" {
			// Until the pickers show it beside the name (issue 16), the
			// detail rides in the label, as it did before it had a field.
			label += " (" + c.Detail + ")"
		}
		opts = append(opts, huh.NewOption(label, c.Value))
	}
	listed = current == "" || slices.ContainsFunc(choices, func(c agent.Choice) bool { return c.Value == current })
	if !listed && closed {
		opts = append(opts, huh.NewOption(current+" (not offered by this provider)", current))
	}
	if !closed {
		opts = append(opts, huh.NewOption(otherLabel, otherValue))
	}
	return opts, listed
}

// defaultLabel names the "not set" option, with the provider's default when
// it is known.
func defaultLabel(spec agent.FieldSpec, choices []agent.Choice) string {
	if spec.Default == "" {
		return "Provider default"
	}
	d := spec.Default
	for _, c := range choices {
		if c.Value == spec.Default && c.Label != "" {
			d = c.Label
		}
	}
	return "Provider default (" + d + ")"
}
