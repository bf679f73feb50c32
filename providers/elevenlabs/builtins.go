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
		slot := objAt(t, path(pBuiltins, builtinSlot[kind])...)
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
	params := object{"system_tool_type": slot}
	switch slot {
	case "transfer_to_number", "transfer_to_agent":
		params["transfers"] = []any{}
	}
	return object{"type": "system", "name": slot, "description": instructions, "params": params}
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
			put(t, nil, slotPath...)
			continue
		case had == nil:
			obj = newSystemTool(slot, want.Instructions)
			put(t, obj, slotPath...)
		default:
			obj = objAt(t, slotPath...)
			if want.Instructions != had.Instructions {
				obj["description"] = want.Instructions
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
			params := ensureObj(obj, "params")
			params["system_tool_type"] = slot
			if msg != "" {
				params["voicemail_message"] = msg
			} else {
				params["voicemail_message"] = nil // null: hang up on voicemail
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
	old := objAt(t, pPlaceholders...)
	before := map[string]string{}
	for _, v := range base {
		before[v.Name] = v.Value
	}
	out := object{}
	for _, v := range vars {
		if was, ok := before[v.Name]; ok && was == v.Value {
			out[v.Name] = old[v.Name]
		} else {
			out[v.Name] = v.Value
		}
	}
	put(t, out, pPlaceholders...)
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
			put(t, nil, pPreCall...)
		}
		return
	}
	obj := ensureObj(t, pPreCall...)
	obj["url"] = w.URL
	obj["request_headers"] = writeHeaders(objAt(obj, "request_headers"), w.Headers)
	if base.URL == "" {
		put(t, true, pPreCallOn...)
	}
}

// writeEndpoint sets the custom LLM's address (used with llm custom-llm).
func writeEndpoint(t object, endpoint, base string) {
	switch {
	case endpoint == base:
	case endpoint == "":
		put(t, nil, pCustomLLM...)
	default:
		ensureObj(t, pCustomLLM...)["url"] = endpoint
	}
}
