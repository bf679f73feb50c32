package elevenlabs

// Built-in tools: agent.BuiltinTool ⇄ the seven fixed slots of
// conversation_config.agent.prompt.built_in_tools (BuiltInTools-Input). A
// slot holds a SystemToolConfig or null (off). Its params are a union told
// apart by params.system_tool_type, which must name the slot's own type.
// (Seed 003's example puts "end_call" in every slot; that is a placeholder
// of the docs generator, and ElevenLabs' schema maps each type to its own
// params shape, so agentdeck always writes the slot's type.)

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// builtinSlot names the ElevenLabs slot of each built-in tool kind.
var builtinSlot = map[string]string{
	agent.BuiltinEndCall:            "end_call",
	agent.BuiltinTransferCall:       "transfer_to_number",
	agent.BuiltinTransferToAgent:    "transfer_to_agent",
	agent.BuiltinLanguageDetection:  "language_detection",
	agent.BuiltinVoicemailDetection: "voicemail_detection",
	agent.BuiltinKeypad:             "play_keypad_touch_tone",
	agent.BuiltinSkipTurn:           "skip_turn",
}

// readBuiltins lists the switched-on slots in agent.BuiltinKinds order, and
// the voicemail message, which lives in the voicemail slot's params.
func readBuiltins(t object) ([]agent.BuiltinTool, string) {
	var out []agent.BuiltinTool
	voicemail := ""
	for _, kind := range agent.BuiltinKinds {
		slot := t.Path(path(pBuiltins, builtinSlot[kind])...)
		if slot == nil {
			continue
		}
		out = append(out, agent.BuiltinTool{Kind: kind, Instructions: strAt(slot, "description")})
		if kind == agent.BuiltinVoicemailDetection {
			voicemail = strAt(slot, "params", "voicemail_message")
		}
	}
	return out, voicemail
}

func findBuiltin(bs []agent.BuiltinTool, kind string) *agent.BuiltinTool {
	for i := range bs {
		if bs[i].Kind == kind {
			return &bs[i]
		}
	}
	return nil
}

// newSystemTool is a fresh slot value for kind: ElevenLabs' defaults, the
// slot's own params type, and the fields each params type requires.
func newSystemTool(slot, instructions string) object {
	params := newObj("system_tool_type", slot)
	switch slot {
	case "transfer_to_number", "transfer_to_agent":
		params.Set("transfers", []any{})
	}
	return newObj("type", "system", "name", slot, "description", instructions, "params", params)
}

// writeBuiltins switches slots on and off and sets their instructions where
// the model differs from base; a slot the person did not touch keeps every
// field it has (transfer destinations, sounds, assignments…).
func writeBuiltins(t object, a, base *agent.Agent) {
	for _, kind := range agent.BuiltinKinds {
		slot := builtinSlot[kind]
		want, had := findBuiltin(a.Builtins, kind), findBuiltin(base.Builtins, kind)
		slotPath := path(pBuiltins, slot)
		var obj object
		switch {
		case want == nil && had == nil:
			continue
		case want == nil:
			jsondoc.SetPath(t, nil, slotPath...)
			continue
		case had == nil:
			obj = newSystemTool(slot, want.Instructions)
			jsondoc.SetPath(t, obj, slotPath...)
		default:
			obj = t.Path(slotPath...)
			if want.Instructions != had.Instructions {
				obj.Set("description", want.Instructions)
			}
		}
		if kind != agent.BuiltinVoicemailDetection {
			continue
		}
		msg, old := a.Greeting.VoicemailMessage, base.Greeting.VoicemailMessage
		if had == nil {
			old = ""
		}
		if msg != old {
			params := obj.EnsurePath("params")
			params.Set("system_tool_type", slot)
			if msg != "" {
				params.Set("voicemail_message", msg)
			} else {
				params.Set("voicemail_message", nil) // null: hang up on voicemail
			}
		}
	}
}

// writeVariables sets the dynamic variables' defaults where they differ
// from base. A value the person did not change keeps its JSON type (a
// number stays a number).
func writeVariables(t object, vars, base []agent.Variable) {
	if sameVariables(vars, base) {
		return
	}
	old := t.Path(pPlaceholders...)
	before := map[string]string{}
	for _, v := range base {
		before[v.Name] = v.Value
	}
	out := jsondoc.NewObject()
	for _, v := range vars {
		if was, ok := before[v.Name]; ok && was == v.Value {
			out.Set(v.Name, old.Value(v.Name))
		} else {
			out.Set(v.Name, v.Value)
		}
	}
	jsondoc.SetPath(t, out, pPlaceholders...)
}

// sameVariables compares by name: ElevenLabs keeps them in an object.
func sameVariables(a, b []agent.Variable) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]string{}
	for _, v := range a {
		m[v.Name] = v.Value
	}
	for _, v := range b {
		if w, ok := m[v.Name]; !ok || w != v.Value {
			return false
		}
	}
	return true
}

// writePreCall sets the webhook ElevenLabs calls as a conversation starts
// (to fetch its dynamic variables). Switching it on also turns on the
// platform setting that makes ElevenLabs use it.
func writePreCall(t object, w, base agent.Webhook) {
	if w.URL == base.URL && sameHeaders(w.Headers, base.Headers) {
		return
	}
	if w.URL == "" {
		if base.URL != "" {
			jsondoc.SetPath(t, nil, pPreCall...)
		}
		return
	}
	obj := t.EnsurePath(pPreCall...)
	obj.Set("url", w.URL)
	obj.Set("request_headers", writeHeaders(obj.Path("request_headers"), w.Headers))
	if base.URL == "" {
		jsondoc.SetPath(t, true, pPreCallOn...)
	}
}

// writeEndpoint sets the custom LLM's address (used with llm custom-llm).
func writeEndpoint(t object, endpoint, base string) {
	switch endpoint {
	case base:
	case "":
		jsondoc.SetPath(t, nil, pCustomLLM...)
	default:
		t.EnsurePath(pCustomLLM...).Set("url", endpoint)
	}
}
