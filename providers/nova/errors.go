package nova

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// errorBody covers the error shapes Nova may answer with. Its docs leave the
// body undocumented (reference/providers.md §1.6), so the common API shapes
// are all read: {"detail": "…"}, {"detail": [{"loc": […], "msg": "…"}]},
// {"error": "…"}, {"error": {"code", "message"}}, {"message", "code"} and
// {"errors": [{"field", "message"}]} or {"errors": {"field": "message"}}.
type errorBody struct {
	Detail  json.RawMessage `json:"detail"`
	Error   json.RawMessage `json:"error"`
	Message string          `json:"message"`
	Code    any             `json:"code"`
	Errors  json.RawMessage `json:"errors"`
}

type locError struct {
	Loc     []any  `json:"loc"`
	Msg     string `json:"msg"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// errorDecoder returns the httpx.Config.DecodeError of a client whose
// mapping is fields, so that problems land on agent field paths.
func errorDecoder(fields jsondoc.Fields[agent.Agent]) func(e *agent.ProviderError, body []byte) {
	return func(e *agent.ProviderError, body []byte) {
		var b errorBody
		if json.Unmarshal(body, &b) != nil {
			return
		}
		if b.Code != nil {
			e.Code = fmt.Sprint(b.Code)
		}
		e.Message = b.Message
		readDetail(e, fields, b.Detail)
		readError(e, b.Error)
		readErrors(e, fields, b.Errors)
		if len(e.Fields) == 0 && e.Message != "" {
			if path, loc := mentionedField(fields, e.Message); path != "" {
				e.Fields = append(e.Fields, agent.FieldError{Path: path, Loc: loc, Message: e.Message})
			}
		}
	}
}

func readDetail(e *agent.ProviderError, fields jsondoc.Fields[agent.Agent], raw json.RawMessage) {
	var text string
	if json.Unmarshal(raw, &text) == nil && text != "" {
		e.Message = first(e.Message, text)
		return
	}
	var items []locError
	if json.Unmarshal(raw, &items) != nil {
		return
	}
	for _, it := range items {
		loc := locText(it.Loc)
		addField(e, fields, first(loc, it.Field), first(it.Msg, it.Message))
	}
	if e.Message == "" && len(e.Fields) > 0 {
		e.Message = "Nova refused some settings"
	}
}

func readError(e *agent.ProviderError, raw json.RawMessage) {
	var text string
	if json.Unmarshal(raw, &text) == nil && text != "" {
		e.Message = first(e.Message, text)
		return
	}
	var obj struct {
		Code    any    `json:"code"`
		Message string `json:"message"`
	}
	if json.Unmarshal(raw, &obj) == nil {
		e.Message = first(e.Message, obj.Message)
		if obj.Code != nil && e.Code == "" {
			e.Code = fmt.Sprint(obj.Code)
		}
	}
}

func readErrors(e *agent.ProviderError, fields jsondoc.Fields[agent.Agent], raw json.RawMessage) {
	var items []locError
	if json.Unmarshal(raw, &items) == nil {
		for _, it := range items {
			addField(e, fields, first(it.Field, locText(it.Loc)), first(it.Message, it.Msg))
		}
	}
	var byField map[string]any
	if json.Unmarshal(raw, &byField) == nil {
		names := make([]string, 0, len(byField))
		for name := range byField {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			addField(e, fields, name, messageText(byField[name]))
		}
	}
	if e.Message == "" && len(e.Fields) > 0 {
		e.Message = "Nova refused some settings"
	}
}

func addField(e *agent.ProviderError, fields jsondoc.Fields[agent.Agent], loc, msg string) {
	path := fields.PathFor(loc)
	if path == "" {
		path = settingPathFor(loc)
	}
	if path == "" {
		path = loc // unknown to the model: still shown, under Nova's own name
	}
	e.Fields = append(e.Fields, agent.FieldError{Path: path, Loc: loc, Message: msg})
}

// locText joins a location such as ["body", "voice_config", "speed"] into
// "voice_config.speed".
func locText(loc []any) string {
	parts := make([]string, 0, len(loc))
	for i, p := range loc {
		s := fmt.Sprint(p)
		if i == 0 && s == "body" {
			continue
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ".")
}

func messageText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		parts := make([]string, 0, len(t))
		for _, p := range t {
			parts = append(parts, fmt.Sprint(p))
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}

// mentionedField finds the most specific mapped wire location a message
// names ("voice_config.speed must be …"), so the problem lands on a field.
func mentionedField(fields jsondoc.Fields[agent.Agent], msg string) (path, loc string) {
	for _, f := range fields {
		l := strings.Join(f.Wire, ".")
		if len(f.Wire) > 1 && strings.Contains(msg, l) && len(l) > len(loc) {
			path, loc = f.Path, l
		}
	}
	return path, loc
}

func first(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// settingPathFor is the draft path of the Nova setting at loc (a wire
// path; a record's field as background_sound.thinking_sound.0.sound, whose
// path keeps the index), or "".
func settingPathFor(loc string) string {
	wire, indices := splitIndices(loc)
	for _, w := range wireTable {
		if w.Wire != wire || !strings.HasPrefix(w.Path, agent.SettingsPrefix) {
			continue
		}
		path := w.Path
		for _, i := range indices {
			path = strings.Replace(path, "[]", "["+i+"]", 1)
		}
		return path
	}
	return ""
}

// splitIndices writes a location's list indices as the wire table does
// (thinking_sound.0.sound → thinking_sound[].sound) and returns them.
func splitIndices(loc string) (string, []string) {
	parts := strings.Split(loc, ".")
	out := parts[:0]
	var indices []string
	for _, p := range parts {
		if p != "" && strings.Trim(p, "0123456789") == "" && len(out) > 0 {
			out[len(out)-1] += "[]"
			indices = append(indices, p)
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "."), indices
}
