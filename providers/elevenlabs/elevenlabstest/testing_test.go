package elevenlabstest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestAgentTestingBodiesAreHeldToTheSchema: the fake refuses test bodies
// the real API would, by the schema of each kind of test.
func TestAgentTestingBodiesAreHeldToTheSchema(t *testing.T) {
	t.Parallel()
	send := schemaSender(t)
	post := func(path, body string) (int, string) { return send(http.MethodPost, path, body) }
	for _, tt := range []struct{ body, want string }{
		{`{"name": "x", "type": "simulation", "success_conditions": ["ok"], "simulation_max_turns": 60}`, "simulation_max_turns"},
		{`{"name": "x", "type": "simulation"}`, "success_condition"},
		{`{"type": "llm"}`, "name"},
		{`{"name": "x", "type": "llm", "chat_history": [{"role": "caller", "message": "hi", "time_in_call_secs": 0}]}`, "role"},
		{`{"name": "x", "type": "tool", "tool_call_parameters": {"referenced_tool": {"id": "t"}}}`, "type"},
		{`{"name": "x", "type": "voice"}`, "union_tag_invalid"},
	} {
		code, body := post("/agent-testing/create", tt.body)
		if code != http.StatusUnprocessableEntity || !strings.Contains(body, tt.want) {
			t.Errorf("%s: %d %s", tt.body, code, body)
		}
	}
	code, body := post("/agent-testing/create", `{"name": "ok", "type": "llm", "chat_history": [{"role": "user", "message": "hi", "time_in_call_secs": 0}], "success_condition": "c"}`)
	var made struct{ ID string }
	if code != http.StatusOK || json.Unmarshal([]byte(body), &made) != nil || made.ID == "" {
		t.Fatalf("a good body: %d %s", code, body)
	}
	if code, body := post("/agents/agent_none/run-tests", `{"tests": [{"test_id": "`+made.ID+`"}]}`); code != http.StatusNotFound {
		t.Errorf("a run on no agent: %d %s", code, body)
	}
	if code, _ := post("/agents/agent_none/run-tests", `{"tests": []}`); code != http.StatusUnprocessableEntity {
		t.Errorf("a run of no tests: %d", code)
	}
}
