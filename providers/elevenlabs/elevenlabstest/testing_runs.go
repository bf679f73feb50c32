package elevenlabstest

// run-tests and test-invocations: a run is pending for the first
// PendingPolls reads of its invocation, then each test has passed or
// failed, judged by the fake as ElevenLabs' judge would in spirit:
//   - a response test passes when the reply holds every success example
//     and no failure example (case aside);
//   - a tool test passes when the reply calls the referenced tool with the
//     exact parameter values asked for;
//   - a simulation passes.
// SetVerdict overrides the judging of one test.

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

func (s *Server) runTests(r *http.Request, body []byte) (int, any) {
	doc, status, resp := s.decodeBody(r, body)
	if doc == nil {
		return status, resp
	}
	if s.spec != nil {
		if vs := s.spec.Validate(RunTestsSchema, doc); len(vs) > 0 {
			for _, v := range vs {
				s.violate("%s %s: %s", r.Method, r.URL.Path, v)
			}
			return http.StatusUnprocessableEntity, validationBody(vs)
		}
	}
	if _, ok := doc["agent_config_override"]; ok {
		s.violate("%s %s: the run overrides the agent's settings; agentdeck tests the agent as it is", r.Method, r.URL.Path)
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	agentID := r.PathValue("id")
	if _, ok := s.Agents.Get(agentID); !ok {
		return notFound(agentID)
	}
	st := s.testingState()
	items, _ := doc["tests"].([]any)
	if len(items) == 0 {
		return http.StatusUnprocessableEntity, validationBody([]Violation{{Loc: []any{"body", "tests"}, Msg: "List should have at least 1 item after validation, not 0", Type: "too_short"}})
	}
	inv := &invocation{id: "inv_" + strconv.Itoa(len(st.invocations)+1), agentID: agentID}
	for _, it := range items {
		m, _ := it.(map[string]any)
		id, _ := m["test_id"].(string)
		if _, ok := st.tests[id]; !ok {
			return testNotFound(id)
		}
		inv.testIDs = append(inv.testIDs, id)
	}
	st.invocations[inv.id] = inv
	return http.StatusOK, s.invocationBody(inv)
}

func (s *Server) getInvocation(r *http.Request, _ []byte) (int, any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	inv, ok := s.testingState().invocations[r.PathValue("id")]
	if !ok {
		return http.StatusNotFound, map[string]any{"detail": map[string]any{
			"status": "test_invocation_not_found", "message": "Test invocation " + r.PathValue("id") + " was not found.",
		}}
	}
	inv.polls++
	return http.StatusOK, s.invocationBody(inv)
}

// invocationBody is GetTestSuiteInvocationResponseModel; the results are
// judged once, the first time the run is over.
func (s *Server) invocationBody(inv *invocation) map[string]any {
	st := s.testingState()
	if inv.polls >= st.pending && inv.runs == nil {
		for _, id := range inv.testIDs {
			inv.runs = append(inv.runs, s.judge(inv, id))
		}
	}
	runs := inv.runs
	if runs == nil {
		for _, id := range inv.testIDs {
			runs = append(runs, s.runBody(inv, id, "pending", nil, nil))
		}
	}
	return map[string]any{
		"id": inv.id, "agent_id": inv.agentID, "created_at": epoch, "repeat_count": 1,
		"ran_against_draft": false, "test_runs": runs,
	}
}

func (s *Server) runBody(inv *invocation, testID, status string, responses []map[string]any, cond map[string]any) map[string]any {
	t := s.testingState().tests[testID]
	return map[string]any{
		"test_run_id": inv.id + "_" + testID, "test_invocation_id": inv.id, "agent_id": inv.agentID,
		"test_id": testID, "test_name": t["name"], "status": status,
		"agent_responses": responses, "condition_result": cond, "last_updated_at_unix": epoch + s.seq,
	}
}

func (s *Server) judge(inv *invocation, testID string) map[string]any {
	st := s.testingState()
	t := st.tests[testID]
	history := historyOf(t)
	var responses []map[string]any
	pass, why := true, "The agent did what the test asks."
	switch t["type"] {
	case "simulation":
		turns := 2
		if n, err := strconv.Atoi(fmt.Sprint(t["simulation_max_turns"])); err == nil && n < turns {
			turns = n
		}
		if len(history) == 0 {
			history = append(history, Message{Role: "user", Text: "Hello, " + fmt.Sprint(t["simulation_scenario"])})
		}
		for i := range turns {
			reply := st.replier(inv.agentID, history)
			history = append(history, Message{Role: "agent", Text: reply.Text})
			if i+1 < turns {
				history = append(history, Message{Role: "user", Text: "Thank you, one more thing."})
			}
		}
		for _, m := range history {
			responses = append(responses, transcriptItem(m.Role, m.Text, nil))
		}
	default:
		reply := st.replier(inv.agentID, history)
		responses = []map[string]any{transcriptItem("agent", reply.Text, reply.Tools)}
		if t["type"] == "tool" {
			pass, why = s.judgeTool(t, reply)
		} else {
			pass, why = judgeAnswer(t, reply)
		}
	}
	if v, ok := st.verdicts[fmt.Sprint(t["name"])]; ok {
		pass, why = v.pass, v.why
	}
	status, result := "passed", "success"
	if !pass {
		status, result = "failed", "failure"
	}
	return s.runBody(inv, testID, status, responses, map[string]any{
		"result": result, "rationale": map[string]any{"messages": []string{why}, "summary": why},
	})
}

func historyOf(t map[string]any) []Message {
	items, _ := t["chat_history"].([]any)
	var out []Message
	for _, it := range items {
		m, _ := it.(map[string]any)
		role, _ := m["role"].(string)
		text, _ := m["message"].(string)
		out = append(out, Message{Role: role, Text: text})
	}
	return out
}

func transcriptItem(role, text string, tools []ToolCall) map[string]any {
	calls := []map[string]any{}
	for i, tc := range tools {
		calls = append(calls, map[string]any{
			"request_id": "req_" + strconv.Itoa(i+1), "tool_name": tc.Name, "params_as_json": jsonText(tc.Params),
			"tool_has_been_called": true, "type": "webhook",
		})
	}
	return map[string]any{"role": role, "message": text, "time_in_call_secs": 0, "tool_calls": calls}
}

func judgeAnswer(t map[string]any, reply Reply) (bool, string) {
	said := strings.ToLower(reply.Text)
	for _, ex := range examples(t["success_examples"]) {
		if !strings.Contains(said, strings.ToLower(ex)) {
			return false, fmt.Sprintf("The answer does not mention %q.", ex)
		}
	}
	for _, ex := range examples(t["failure_examples"]) {
		if strings.Contains(said, strings.ToLower(ex)) {
			return false, fmt.Sprintf("The answer mentions %q.", ex)
		}
	}
	return true, "The answer meets the condition."
}

func examples(v any) []string {
	items, _ := v.([]any)
	var out []string
	for _, it := range items {
		m, _ := it.(map[string]any)
		if r, _ := m["response"].(string); r != "" {
			out = append(out, r)
		}
	}
	return out
}

// judgeTool finds the referenced tool's name (a saved tool's, or a system
// tool's id, which is its name) among the reply's calls.
func (s *Server) judgeTool(t map[string]any, reply Reply) (bool, string) {
	eval, _ := t["tool_call_parameters"].(map[string]any)
	ref, _ := eval["referenced_tool"].(map[string]any)
	id, _ := ref["id"].(string)
	name := id
	for _, tool := range s.lists.tools {
		if tool["id"] == id {
			name, _ = tool["tool_config"].(map[string]any)["name"].(string)
		}
	}
	params, _ := eval["parameters"].([]any)
	for _, call := range reply.Tools {
		if call.Name != name {
			continue
		}
		for _, p := range params {
			pm, _ := p.(map[string]any)
			path, _ := pm["path"].(string)
			want := fmt.Sprint(pm["eval"].(map[string]any)["expected_value"])
			if got := fmt.Sprint(call.Params[path]); got != want {
				return false, fmt.Sprintf("The tool %s was called with %s %q, not %q.", name, path, got, want)
			}
		}
		return true, "The tool was called as expected."
	}
	return false, fmt.Sprintf("The agent did not call the tool %s.", name)
}
