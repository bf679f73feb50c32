package elevenlabstest

import (
	"encoding/json"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// The fake's clock starts here (2026-01-01) and ticks one second a change,
// so answers are the same on every run.
const epoch = 1767225600

// create acts on a checked body; s.Mu is held (see checked).
func (s *Server) create(r *http.Request, doc map[string]any) (int, any) {
	return http.StatusOK, map[string]any{"agent_id": s.store(doc)}
}

func (s *Server) get(r *http.Request, _ []byte) (int, any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	a, ok := s.Agents.Get(r.PathValue("id"))
	if !ok {
		return notFound(r.PathValue("id"))
	}
	return http.StatusOK, a
}

// update acts on a checked body; s.Mu is held (see checked).
func (s *Server) update(r *http.Request, doc map[string]any) (int, any) {
	a, ok := s.Agents.Get(r.PathValue("id"))
	if !ok {
		return notFound(r.PathValue("id"))
	}
	// Top-level parts that are sent replace the stored ones; the rest stay.
	for _, k := range []string{"name", "tags", "conversation_config", "platform_settings", "workflow"} {
		if v, ok := doc[k]; ok && v != nil {
			a[k] = v
		}
	}
	s.seq++
	a["metadata"].(map[string]any)["updated_at_unix_secs"] = json.Number(strconv.Itoa(epoch + s.seq))
	addSafety(a)
	if s.transform != nil {
		s.transform(a)
	}
	return http.StatusOK, a
}

func (s *Server) list(r *http.Request, _ []byte) (int, any) {
	q := r.URL.Query()
	size := 30
	if v := q.Get("page_size"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return http.StatusUnprocessableEntity, validationBody([]Violation{{
				Loc: []any{"query", "page_size"}, Msg: "Input should be less than or equal to 100", Type: "less_than_equal",
			}})
		}
		size = n
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(c, "cur_"))
		if err != nil || !strings.HasPrefix(c, "cur_") {
			return http.StatusBadRequest, map[string]any{"detail": map[string]any{"status": "invalid_cursor", "message": "Invalid cursor"}}
		}
		start = n
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	var live []map[string]any
	all := s.Agents.All()
	for i := len(all) - 1; i >= 0; i-- { // newest first, as sort_direction=desc
		a := all[i]
		if archived, _ := at(a, "platform_settings", "archived").(bool); !archived {
			live = append(live, a)
		}
	}
	end := min(start+size, len(live))
	page := []any{}
	for _, a := range live[min(start, len(live)):end] {
		page = append(page, map[string]any{
			"agent_id": a["agent_id"], "name": a["name"], "tags": a["tags"],
			"voice_id":             at(a, "conversation_config", "tts", "voice_id"),
			"created_at_unix_secs": at(a, "metadata", "created_at_unix_secs"),
			"access_info":          a["access_info"], "last_call_time_unix_secs": nil, "archived": false,
		})
	}
	resp := map[string]any{"agents": page, "has_more": end < len(live), "next_cursor": nil}
	if end < len(live) {
		resp["next_cursor"] = "cur_" + strconv.Itoa(end)
	}
	return http.StatusOK, resp
}

func (s *Server) llms(*http.Request, []byte) (int, any) {
	model := func(name string, deprecated bool) map[string]any {
		m := map[string]any{
			"llm": name, "is_checkpoint": false, "max_tokens_limit": 8192, "max_context_limit": 128000,
			"supports_image_input": true, "supports_document_input": false, "supports_parallel_tool_calls": true,
			"available_reasoning_efforts": nil, "deprecation_info": nil,
		}
		if deprecated {
			m["deprecation_info"] = map[string]any{"llm": name, "is_deprecated": true, "replacement_model": "gemini-2.5-flash"}
		}
		return m
	}
	return http.StatusOK, map[string]any{
		"llms":                       []any{model("gemini-2.5-flash", false), model("gpt-4.1", false), model("gemini-1.5-flash", true)},
		"default_deprecation_config": map[string]any{"warning_start_days": 30, "fallback_start_days": 14, "fallback_complete_days": 0},
	}
}

// agentBody checks an agent's create or update body against schema.
func (s *Server) agentBody(schema string) bodyCheck {
	return func(r *http.Request, body []byte) (map[string]any, int, any) { return s.checkBody(r, body, schema) }
}

// checkBody parses and checks a create or update body; on failure doc is
// nil and status and resp are the answer.
func (s *Server) checkBody(r *http.Request, body []byte, schema string) (doc map[string]any, status int, resp any) {
	doc, err := decode(body)
	if err != nil {
		s.violate("%s %s: the body is not a JSON object: %v", r.Method, r.URL.Path, err)
		return nil, http.StatusUnprocessableEntity, validationBody([]Violation{{Loc: []any{"body"}, Msg: "JSON decode error", Type: "json_invalid"}})
	}
	var vs []Violation
	if s.spec != nil {
		vs = s.spec.Validate(schema, doc)
	} else if _, ok := doc["conversation_config"].(map[string]any); !ok && schema == CreateBodySchema {
		vs = append(vs, Violation{Loc: []any{"body", "conversation_config"}, Msg: "Field required", Type: "missing"})
	}
	vs = append(vs, slotTypes(doc)...)
	if len(vs) > 0 {
		for _, v := range vs {
			s.violate("%s %s: %s", r.Method, r.URL.Path, v)
		}
		return nil, http.StatusUnprocessableEntity, validationBody(vs)
	}
	return doc, 0, nil
}

// slotTypes checks that each built-in tool slot holds its own type of
// params: ElevenLabs' schema maps every system_tool_type to its own shape,
// and an end_call shape in the voicemail slot is not a voicemail tool.
func slotTypes(doc map[string]any) []Violation {
	slots, _ := at(doc, "conversation_config", "agent", "prompt", "built_in_tools").(map[string]any)
	var vs []Violation
	for _, slot := range slices.Sorted(maps.Keys(slots)) {
		tool, ok := slots[slot].(map[string]any)
		if !ok {
			continue
		}
		if typ, _ := at(tool, "params", "system_tool_type").(string); typ != slot {
			vs = append(vs, Violation{
				Loc: []any{"body", "conversation_config", "agent", "prompt", "built_in_tools", slot, "params", "system_tool_type"},
				Msg: "Input should be '" + slot + "'", Type: "literal_error",
			})
		}
	}
	return vs
}

// store keeps a create body as the agent GET will return; s.Mu is held.
func (s *Server) store(doc map[string]any) string {
	s.seq++
	id := "agent_" + strconv.Itoa(1000+s.seq) + "fake" + strings.Repeat("x", 18)
	a := clone(doc)
	a["agent_id"] = id
	if name, _ := a["name"].(string); name == "" {
		a["name"] = ""
	}
	if _, ok := a["tags"].([]any); !ok {
		a["tags"] = []any{}
	}
	addSafety(a)
	now := json.Number(strconv.Itoa(epoch + s.seq))
	// Creation times follow the real clock, as a provider's do: a push
	// recovering from an unclear create compares them with its own.
	created := json.Number(strconv.FormatInt(time.Now().Unix(), 10))
	a["metadata"] = map[string]any{"created_at_unix_secs": created, "updated_at_unix_secs": now}
	a["phone_numbers"] = []any{}
	a["whatsapp_accounts"] = []any{}
	a["access_info"] = map[string]any{"is_creator": true, "creator_name": "Test User", "creator_email": "test@example.com", "role": "admin"}
	a["version_id"], a["branch_id"], a["main_branch_id"] = nil, nil, nil
	a["procedures"] = map[string]any{}
	a["default_hold_audio_url"] = "https://eleven-public-cdn-common.elevenlabs.io/convai/ambient-audio-assets/elevator1.mp3"
	if s.transform != nil {
		s.transform(a)
	}
	s.Agents.Add(id, a)
	return id
}

func notFound(id string) (int, any) {
	return http.StatusNotFound, map[string]any{"detail": map[string]any{
		"status": "agent_not_found", "message": "Agent with id " + id + " was not found.",
	}}
}

func validationBody(vs []Violation) map[string]any {
	return map[string]any{"detail": vs}
}

// at is the value at the nested keys of a stored agent, or nil.
func at(m map[string]any, keys ...string) any {
	v, _ := fakeapi.Lookup(m, keys...)
	return v
}

// addSafety puts back the response-only safety block, which ElevenLabs keeps
// whatever platform_settings an update sends.
func addSafety(a map[string]any) {
	ps, ok := a["platform_settings"].(map[string]any)
	if !ok {
		ps = map[string]any{}
		a["platform_settings"] = ps
	}
	ps["safety"] = map[string]any{"is_blocked_ivc": false, "is_blocked_non_ivc": false, "ignore_safety_evaluation": false}
}
