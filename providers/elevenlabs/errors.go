package elevenlabs

// ElevenLabs' error bodies come in three shapes (reference/providers.md
// §3.7): FastAPI's 422 {"detail": [{"loc": [...], "msg", "type"}]}, an
// object {"detail": {"status" | "code" | "type", "message", "request_id",
// "param"}}, and a plain {"detail": "text"}. All three become one
// *agent.ProviderError; 422 locations become agent field paths.

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// decodeError fills e from an error body; see httpx.Config.DecodeError.
func decodeError(e *agent.ProviderError, body []byte) {
	var env struct {
		Detail json.RawMessage `json:"detail"`
	}
	if json.Unmarshal(body, &env) != nil || len(env.Detail) == 0 {
		return
	}
	var items []struct {
		Loc  []any  `json:"loc"`
		Msg  string `json:"msg"`
		Type string `json:"type"`
	}
	var obj struct {
		Status    string `json:"status"`
		Code      string `json:"code"`
		Type      string `json:"type"`
		Message   string `json:"message"`
		RequestID string `json:"request_id"`
		Param     string `json:"param"`
	}
	var plain string
	switch {
	case json.Unmarshal(env.Detail, &items) == nil:
		for _, it := range items {
			loc := locPath(it.Loc)
			e.Fields = append(e.Fields, agent.FieldError{Path: fieldFor(loc), Loc: strings.Join(loc, "."), Message: it.Msg})
		}
		e.Code = "validation_error"
		e.Message = fmt.Sprintf("ElevenLabs refused %d setting(s)", len(items))
		if len(items) == 1 {
			e.Message = "ElevenLabs refused a setting"
		}
	case json.Unmarshal(env.Detail, &obj) == nil:
		e.Message = obj.Message
		e.Code = firstOf(obj.Code, obj.Status, obj.Type)
		e.RequestID = firstOf(obj.RequestID, e.RequestID)
		if obj.Param != "" && obj.Message != "" {
			loc := strings.Split(obj.Param, ".")
			e.Fields = append(e.Fields, agent.FieldError{Path: fieldFor(loc), Loc: obj.Param, Message: obj.Message})
		}
	case json.Unmarshal(env.Detail, &plain) == nil:
		e.Message = plain
	}
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// locPath turns a FastAPI location into document keys: "body" goes, list
// indices become their digits, and the names pydantic adds for union
// members (a schema name such as "WebhookToolConfig-Input", a tool type
// after a tools index, a params type after "params") are dropped.
func locPath(loc []any) []string {
	var out []string
	for i, part := range loc {
		var s string
		switch v := part.(type) {
		case string:
			s = v
		case float64:
			s = strconv.Itoa(int(v))
		default:
			s = fmt.Sprint(v)
		}
		switch {
		case i == 0 && s == "body":
			continue
		case s == "" || s[0] >= 'A' && s[0] <= 'Z' || strings.ContainsAny(s, "[]"):
			continue // a schema or validator name, not a key
		case len(out) >= 2 && out[len(out)-2] == "tools" && isIndex(out[len(out)-1]) && toolTypes[s]:
			continue
		case len(out) >= 1 && out[len(out)-1] == "params" && systemToolTypes[s] && len(out) >= 3 && out[len(out)-3] == "built_in_tools":
			continue
		}
		out = append(out, s)
	}
	return out
}

var toolTypes = map[string]bool{"webhook": true, "client": true, "system": true, "mcp": true, "api_integration_webhook": true, "smb": true}

var systemToolTypes = map[string]bool{
	"end_call": true, "language_detection": true, "transfer_to_agent": true, "transfer_to_number": true,
	"skip_turn": true, "play_keypad_touch_tone": true, "voicemail_detection": true,
}

func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// fieldFor maps document keys to the agent field path they carry: the
// longest known prefix wins, so an error deep inside a tool lands on the
// tool's field, and anything unknown lands on its section.
func fieldFor(keys []string) string {
	for n := len(keys); n > 0; n-- {
		pattern := make([]string, n)
		idx := ""
		for i, k := range keys[:n] {
			if isIndex(k) && idx == "" {
				pattern[i], idx = "*", k
			} else {
				pattern[i] = k
			}
		}
		if p, ok := locFieldMap[strings.Join(pattern, ".")]; ok {
			return strings.Replace(p, "*", idx, 1)
		}
	}
	return ""
}

// locFieldMap maps document paths ("*" for a list index) to agent paths: every
// field of the wire table, then the lists and the sections.
var locFieldMap = locFields()

func locFields() map[string]string {
	m := map[string]string{}
	for _, f := range wireFields {
		m[strings.Join(f.path, ".")] = f.model
	}
	join := func(p []string, more ...string) string { return strings.Join(path(p, more...), ".") }
	tool := join(pTools, "*")
	for k, v := range map[string]string{
		tool:                                     "tools[*]",
		tool + ".name":                           "tools[*].name",
		tool + ".description":                    "tools[*].description",
		tool + ".response_timeout_secs":          "tools[*].timeout_seconds",
		tool + ".api_schema.url":                 "tools[*].url",
		tool + ".api_schema.method":              "tools[*].method",
		tool + ".api_schema.request_headers":     "tools[*].headers",
		tool + ".api_schema.path_params_schema":  "tools[*].params",
		tool + ".api_schema.query_params_schema": "tools[*].params",
		tool + ".api_schema.request_body_schema": "tools[*].params",
		join(pPrompt, "tools"):                   "tools",
		join(pBuiltins):                          "builtins",
		join(pBuiltins, "voicemail_detection", "params", "voicemail_message"): "greeting.voicemail_message",
		join(pPlaceholders):               "variables",
		join(pCustomLLM):                  "llm.endpoint",
		join(pPreCall):                    "webhooks.pre_call",
		join(pPreCall, "url"):             "webhooks.pre_call.url",
		join(pPreCall, "request_headers"): "webhooks.pre_call.headers",
		join(pPostCallID):                 "webhooks.post_call.id",
		join(pTTS):                        "voice",
		join(pASR):                        "speech",
		join(pTurn):                       "turn",
		join(pSoft):                       "turn.fillers",
		join(pPrompt):                     "llm",
		join(pAgent):                      "greeting",
		join(pCallLimits):                 "limits",
		join(pConversation):               "limits",
	} {
		m[k] = v
	}
	return m
}
