package elevenlabstest

// The agent-testing API: workspace tests (create, get, update, list), runs
// on an agent (run-tests) and their invocations, which stay pending for
// PendingPolls reads and then pass or fail with a transcript. Bodies are
// held to the schemas the OpenAPI document names for each kind of test.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// Schemas of the agent-testing bodies, by test type.
var (
	createTestSchemas = map[string]string{
		"llm": "CreateResponseUnitTestRequest", "tool": "CreateToolCallUnitTestRequest", "simulation": "CreateSimulationTestRequest",
	}
	updateTestSchemas = map[string]string{
		"llm": "UpdateResponseUnitTestRequest", "tool": "UpdateToolCallUnitTestRequest", "simulation": "UpdateSimulationTestRequest",
	}
)

// RunTestsSchema is the body of POST /agents/{id}/run-tests.
const RunTestsSchema = "RunAgentTestsRequestModel"

// Reply is what the fake agent answers: words, and the tools it calls.
type Reply struct {
	Text  string
	Tools []ToolCall
}

// ToolCall is one tool call of a Reply.
type ToolCall struct {
	Name   string
	Params map[string]any
}

// Message is one line of a conversation a Replier reads.
type Message struct {
	Role string // "user" or "agent"
	Text string
}

// Replier plays the agent: it answers the conversation so far.
type Replier func(agentID string, history []Message) Reply

// testState is the fake's agent-testing state.
type testState struct {
	ids         []string
	tests       map[string]map[string]any
	invocations map[string]*invocation
	pending     int
	replier     Replier
	verdicts    map[string]verdict
}

type invocation struct {
	id, agentID string
	testIDs     []string
	polls       int
	runs        []map[string]any
}

type verdict struct {
	pass bool
	why  string
}

func (s *Server) testingState() *testState {
	if s.agentTests.tests == nil {
		s.agentTests = testState{
			tests: map[string]map[string]any{}, invocations: map[string]*invocation{}, pending: 1,
			verdicts: map[string]verdict{},
			replier: func(_ string, h []Message) Reply {
				last := ""
				if len(h) > 0 {
					last = h[len(h)-1].Text
				}
				return Reply{Text: "Thanks for calling. You said: " + last}
			},
		}
	}
	return &s.agentTests
}

// SetReplier makes the fake agent answer with r.
func (s *Server) SetReplier(r Replier) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.testingState().replier = r
}

// SetPendingPolls sets how many reads of an invocation find it pending
// before its results are there (1 unless set).
func (s *Server) SetPendingPolls(n int) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.testingState().pending = n
}

// SetVerdict decides the result of the test called name (as ElevenLabs
// stores it) instead of the fake's own judging.
func (s *Server) SetVerdict(name string, pass bool, why string) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.testingState().verdicts[name] = verdict{pass: pass, why: why}
}

// Tests returns copies of the stored tests, in creation order.
func (s *Server) Tests() []map[string]any {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	st := s.testingState()
	out := make([]map[string]any, 0, len(st.ids))
	for _, id := range st.ids {
		out = append(out, clone(st.tests[id]))
	}
	return out
}

// AddTest stores a test made elsewhere (the dashboard, another machine).
func (s *Server) AddTest(body map[string]any) string {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return s.storeTest("", body)
}

func (s *Server) storeTest(id string, body map[string]any) string {
	st := s.testingState()
	s.seq++
	if id == "" {
		id = "test_" + strconv.Itoa(len(st.ids)+1)
		st.ids = append(st.ids, id)
		body["created_at_unix_secs"] = epoch + s.seq
	} else {
		body["created_at_unix_secs"] = st.tests[id]["created_at_unix_secs"]
	}
	body["id"] = id
	body["last_updated_at_unix_secs"] = epoch + s.seq
	st.tests[id] = body
	return id
}

// testBody checks a test's create or update body against the schema of
// its type in schemas.
func (s *Server) testBody(schemas map[string]string) bodyCheck {
	return func(r *http.Request, body []byte) (map[string]any, int, any) {
		return s.checkTestBody(r, body, schemas)
	}
}

func (s *Server) checkTestBody(r *http.Request, body []byte, schemas map[string]string) (map[string]any, int, any) {
	doc, status, resp := s.decodeBody(r, body)
	if doc == nil {
		return nil, status, resp
	}
	typ, _ := doc["type"].(string)
	if typ == "" {
		typ = "llm" // the schema's default
	}
	schema, ok := schemas[typ]
	var vs []Violation
	switch {
	case !ok:
		vs = append(vs, Violation{Loc: []any{"body", "type"}, Msg: "Input tag '" + typ + "' does not match any of the expected tags", Type: "union_tag_invalid"})
	case s.spec != nil:
		vs = s.spec.Validate(schema, doc)
	}
	if name, _ := doc["name"].(string); name == "" {
		vs = append(vs, Violation{Loc: []any{"body", "name"}, Msg: "Field required", Type: "missing"})
	}
	if typ == "simulation" && doc["success_condition"] == nil && doc["success_conditions"] == nil {
		vs = append(vs, Violation{Loc: []any{"body"}, Msg: "At least one of success_condition or success_conditions is required", Type: "value_error"})
	}
	if len(vs) > 0 {
		for _, v := range vs {
			s.violate("%s %s: %s", r.Method, r.URL.Path, v)
		}
		return nil, http.StatusUnprocessableEntity, validationBody(vs)
	}
	doc["type"] = typ
	return doc, 0, nil
}

// createTest acts on a checked body; s.Mu is held (see checked).
func (s *Server) createTest(r *http.Request, doc map[string]any) (int, any) {
	return http.StatusOK, map[string]any{"id": s.storeTest("", doc)}
}

func (s *Server) getTest(r *http.Request, _ []byte) (int, any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	t, ok := s.testingState().tests[r.PathValue("id")]
	if !ok {
		return testNotFound(r.PathValue("id"))
	}
	return http.StatusOK, t
}

// updateTest acts on a checked body; s.Mu is held (see checked).
func (s *Server) updateTest(r *http.Request, doc map[string]any) (int, any) {
	id := r.PathValue("id")
	if _, ok := s.testingState().tests[id]; !ok {
		return testNotFound(id)
	}
	s.storeTest(id, doc)
	return http.StatusOK, doc
}

// listTests answers GetTestsPageResponseModel: the tests whose names hold
// search, in pages.
func (s *Server) listTests(r *http.Request, _ []byte) (int, any) {
	q := r.URL.Query()
	s.Mu.Lock()
	st := s.testingState()
	var all []map[string]any
	for _, id := range st.ids {
		t := st.tests[id]
		name, _ := t["name"].(string)
		if !strings.Contains(strings.ToLower(name), strings.ToLower(q.Get("search"))) {
			continue
		}
		all = append(all, map[string]any{
			"id": id, "name": name, "type": t["type"], "entity_type": "test",
			"created_at_unix_secs": t["created_at_unix_secs"], "last_updated_at_unix_secs": t["last_updated_at_unix_secs"],
		})
	}
	s.Mu.Unlock()
	page, next, status, bad := pageOf(all, q.Get("page_size"), 30, q.Get("cursor"))
	if bad != nil {
		return status, bad
	}
	if page == nil {
		page = []map[string]any{}
	}
	return http.StatusOK, map[string]any{"tests": page, "next_cursor": next, "has_more": next != nil}
}

func testNotFound(id string) (int, any) {
	return http.StatusNotFound, map[string]any{"detail": map[string]any{
		"status": "test_not_found", "message": fmt.Sprintf("Test with id %s was not found.", id),
	}}
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// decodeBody reads a JSON object body, refusing anything else as FastAPI
// does.
func (s *Server) decodeBody(r *http.Request, body []byte) (map[string]any, int, any) {
	doc, err := decode(body)
	if err != nil {
		s.violate("%s %s: the body is not a JSON object: %v", r.Method, r.URL.Path, err)
		return nil, http.StatusUnprocessableEntity, validationBody([]Violation{{Loc: []any{"body"}, Msg: "JSON decode error", Type: "json_invalid"}})
	}
	return doc, 0, nil
}
