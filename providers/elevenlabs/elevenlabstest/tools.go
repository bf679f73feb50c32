package elevenlabstest

// The workspace tools API beyond the list (reference/elevenlabs-openapi.json):
// POST /tools and PATCH /tools/{tool_id} (ToolRequestModel →
// ToolResponseModel), GET /tools/{tool_id}, DELETE /tools/{tool_id}
// (?force), and GET /tools/{tool_id}/dependent-agents
// (GetToolDependentAgentsResponseModel: the agents whose prompt.tool_ids
// name the tool). Faults: "create tool", "update tool", "delete tool",
// "tool dependents".

import (
	"net/http"
	"slices"
	"strconv"
)

// ToolBodySchema is the schema a tool's create or update body is held to.
const ToolBodySchema = "ToolRequestModel"

// createTool acts on a checked body; s.Mu is held (see checked).
func (s *Server) createTool(r *http.Request, doc map[string]any) (int, any) {
	s.seq++
	t := Tool("tool_made_"+strconv.Itoa(s.seq), "", "webhook")
	t["tool_config"] = keptConfig(doc)
	s.lists.tools = append(s.lists.tools, t)
	return http.StatusOK, clone(t)
}

func (s *Server) getTool(r *http.Request, _ []byte) (int, any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if i := s.toolIndex(r.PathValue("id")); i >= 0 {
		return http.StatusOK, clone(s.lists.tools[i])
	}
	return toolNotFound(r.PathValue("id"))
}

// updateTool acts on a checked body; s.Mu is held (see checked).
func (s *Server) updateTool(r *http.Request, doc map[string]any) (int, any) {
	i := s.toolIndex(r.PathValue("id"))
	if i < 0 {
		return toolNotFound(r.PathValue("id"))
	}
	s.lists.tools[i]["tool_config"] = keptConfig(doc)
	return http.StatusOK, clone(s.lists.tools[i])
}

// deleteTool refuses a tool agents still use unless force is set, and
// then takes it off those agents, as the docs of force say.
func (s *Server) deleteTool(r *http.Request, _ []byte) (int, any) {
	id := r.PathValue("id")
	force := r.URL.Query().Get("force") == "true"
	s.Mu.Lock()
	defer s.Mu.Unlock()
	i := s.toolIndex(id)
	if i < 0 {
		return toolNotFound(id)
	}
	users := s.toolUsers(id)
	if len(users) > 0 && !force {
		return http.StatusBadRequest, map[string]any{"detail": map[string]any{
			"status": "tool_in_use", "message": "The tool is used by " + strconv.Itoa(len(users)) + " agents.",
		}}
	}
	for _, a := range users {
		if prompt, ok := at(a, "conversation_config", "agent", "prompt").(map[string]any); ok {
			ids, _ := prompt["tool_ids"].([]any)
			prompt["tool_ids"] = slices.DeleteFunc(ids, func(v any) bool { return v == id })
		}
	}
	s.lists.tools = slices.Delete(s.lists.tools, i, i+1)
	return http.StatusOK, map[string]any{}
}

// toolDependents lists the agents whose prompt names the tool, in one page.
func (s *Server) toolDependents(r *http.Request, _ []byte) (int, any) {
	id := r.PathValue("id")
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if s.toolIndex(id) < 0 {
		return toolNotFound(id)
	}
	out := []any{}
	for _, a := range s.toolUsers(id) {
		created := at(a, "metadata", "created_at_unix_secs")
		out = append(out, map[string]any{
			"type": "available", "id": a["agent_id"], "name": a["name"],
			"created_at_unix_secs": created, "access_level": "admin",
		})
	}
	return http.StatusOK, map[string]any{"agents": out, "branches": []any{}, "next_cursor": nil, "has_more": false}
}

func (s *Server) checkToolBody(r *http.Request, body []byte) (map[string]any, int, any) {
	doc, status, resp := s.checkBody(r, body, ToolBodySchema)
	if doc == nil {
		return nil, status, resp
	}
	if _, ok := doc["tool_config"].(map[string]any); !ok {
		v := Violation{Loc: []any{"body", "tool_config"}, Msg: "Field required", Type: "missing"}
		s.violate("%s %s: %s", r.Method, r.URL.Path, v)
		return nil, http.StatusUnprocessableEntity, validationBody([]Violation{v})
	}
	return doc, 0, nil
}

// toolIndex is the place of the tool in the list, -1 when there is none.
// The caller holds s.Mu.
func (s *Server) toolIndex(id string) int {
	return slices.IndexFunc(s.lists.tools, func(t map[string]any) bool { return t["id"] == id })
}

// toolUsers are the stored agents whose prompt.tool_ids name the tool.
// The caller holds s.Mu.
func (s *Server) toolUsers(id string) []map[string]any {
	var out []map[string]any
	for _, aid := range s.Agents.IDs() {
		a, _ := s.Agents.Get(aid)
		ids, _ := at(a, "conversation_config", "agent", "prompt", "tool_ids").([]any)
		if slices.Contains(ids, any(id)) {
			out = append(out, a)
		}
	}
	return out
}

// keptConfig is the tool_config as the workspace keeps it: with its
// documented default timeout filled in, as the API's answers show it.
func keptConfig(doc map[string]any) map[string]any {
	cfg, _ := clone(doc)["tool_config"].(map[string]any)
	if _, ok := cfg["response_timeout_secs"]; !ok && cfg["type"] == "webhook" {
		cfg["response_timeout_secs"] = 20
	}
	return cfg
}

func toolNotFound(id string) (int, any) {
	return http.StatusNotFound, map[string]any{"detail": map[string]any{
		"status": "tool_not_found", "message": "Tool with id " + id + " was not found.",
	}}
}

// Tools returns a copy of the workspace's tools.
func (s *Server) Tools() []map[string]any {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	out := make([]map[string]any, 0, len(s.lists.tools))
	for _, t := range s.lists.tools {
		out = append(out, clone(t))
	}
	return out
}
