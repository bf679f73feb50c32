package agent

import "testing"

func TestLabelNamesIndexedPaths(t *testing.T) {
	a := Agent{
		Tools:     []Tool{{Name: "lookup_order", Params: []Param{{Name: "date"}}}},
		Builtins:  []BuiltinTool{{Kind: BuiltinEndCall}},
		Schedule:  Schedule{Wed: []Window{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "17:00"}}},
		Callbacks: Callbacks{Gaps: []Gap{{Days: 1}}},
	}
	for path, want := range map[string][2]string{
		"tools[0].params[0].name":       {"Tool 1 › parameter 1 › Name", "Tool “lookup_order” › parameter “date” › Name"},
		"tools[0].url":                  {"Tool 1 › Address", "Tool “lookup_order” › Address"},
		"tools[0].timeout_seconds":      {"Tool 1 › Timeout", "Tool “lookup_order” › Timeout"},
		"schedule.wed[1].end":           {"Wednesday window 2 › Closes", "Wednesday 13:00–17:00 › Closes"},
		"schedule.wed[1]":               {"Wednesday window 2", "Wednesday 13:00–17:00"},
		"builtins[0]":                   {"Built-in tool 1", "Built-in tool “end call”"},
		"callbacks.gaps[0].days":        {"Wait 1 › Days", "Wait 1 › Days"},
		"webhooks.pre_call.url":         {"Variables & webhooks › Before-call address", "Variables & webhooks › Before-call address"},
		"voice.speed":                   {"Voice › Speed", "Voice › Speed"},
		"tools[0].headers[0].secret":    {"Tool 1 › header 1 › Secret value", "Tool “lookup_order” › header 1 › Secret value"},
		"telephony.outbound_sip.server": {"Advanced › SIP server", "Advanced › SIP server"},
	} {
		if got := Label(path); got != want[0] {
			t.Errorf("Label(%s) = %q, want %q", path, got, want[0])
		}
		if got := LabelIn(&a, path); got != want[1] {
			t.Errorf("LabelIn(%s) = %q, want %q", path, got, want[1])
		}
	}
}
