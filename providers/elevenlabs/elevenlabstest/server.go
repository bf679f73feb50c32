package elevenlabstest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Prefix is the path the fake serves the API under, as ElevenLabs does
// (https://api.elevenlabs.io/v1/convai); a client's base URL is URL+Prefix.
const Prefix = "/v1/convai"

// Schemas the fake holds request bodies to.
const (
	CreateBodySchema = "Body_Create_Agent_v1_convai_agents_create_post"
	UpdateBodySchema = "Body_Patches_an_Agent_settings_v1_convai_agents__agent_id__patch"
)

// Server is an in-process fake of ElevenLabs' Agents API: it checks method,
// path, auth header, content type and (with a spec) the body of every
// request, keeps agents in memory, and answers like the real API, error
// bodies included. Requests the real API would refuse because the client
// is wrong are reported as test errors when the test ends, unless Lenient
// was called.
type Server struct {
	// BaseURL is what a client's base URL should be.
	BaseURL string

	tb     testing.TB
	srv    *httptest.Server
	key    string
	header string
	spec   *Spec
	// gateway is a path the fake serves everything under, before the API's
	// own /v1/convai and /v2/voices, as a proxy in front of ElevenLabs
	// would (WithGateway).
	gateway string

	// Store holds the agents and the lock that guards all the fake's
	// state; tests get Count, IDs, Stored and Modify from it.
	fakeapi.Store[map[string]any]

	lists      lists
	lenient    bool
	seq        int
	faults     map[string][]Fault
	calls      []Call
	violations []string
	transform  func(agent map[string]any)
	// secretValues are the values of the secrets saved through the API.
	secretValues map[string]string
	// agentTests is the agent-testing API's state (testing.go).
	agentTests testState
}

// Call is one request the fake received.
type Call struct {
	Op     string
	Method string
	Path   string
	Query  string
	Header http.Header
	Body   []byte
}

// Option configures the fake.
type Option func(*Server)

// WithAuthHeader makes the fake expect the key in this header instead of
// xi-api-key (x-api-key, as seed 003 shows).
func WithAuthHeader(name string) Option { return func(s *Server) { s.header = strings.ToLower(name) } }

// WithGateway serves the whole API under path (like /proxy/eleven), so a
// client's base URL is URL+path+Prefix and the voices sit at
// URL+path+/v2/voices.
func WithGateway(path string) Option {
	return func(s *Server) { s.gateway = strings.TrimRight(path, "/") }
}

// WithSpec holds bodies to the OpenAPI schemas of spec; without it only the
// fake's own checks apply.
func WithSpec(spec *Spec) Option { return func(s *Server) { s.spec = spec } }

// NewServer starts a fake that accepts apiKey, and stops it when the test
// ends.
func NewServer(tb testing.TB, apiKey string, opts ...Option) *Server {
	tb.Helper()
	s := &Server{tb: tb, key: apiKey, header: "xi-api-key", faults: map[string][]Fault{}, lists: defaultLists()}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	api := s.gateway + Prefix
	mux.HandleFunc("POST "+api+"/agents/create", s.serve("create", s.checked(s.agentBody(CreateBodySchema), s.create)))
	mux.HandleFunc("GET "+api+"/agents", s.serve("list", s.list))
	mux.HandleFunc("GET "+api+"/agents/{id}", s.serve("get", s.get))
	mux.HandleFunc("PATCH "+api+"/agents/{id}", s.serve("update", s.checked(s.agentBody(UpdateBodySchema), s.update)))
	mux.HandleFunc("GET "+api+"/llm/list", s.serve("llms", s.llms))
	mux.HandleFunc("GET "+s.gateway+VoicesPath, s.serve("voices", s.voices))
	mux.HandleFunc("GET "+api+"/phone-numbers", s.serve("phone numbers", s.phoneNumbers))
	mux.HandleFunc("GET "+api+"/tools", s.serve("tools", s.tools))
	mux.HandleFunc("POST "+api+"/tools", s.serve("create tool", s.checked(s.checkToolBody, s.createTool)))
	mux.HandleFunc("GET "+api+"/tools/{id}", s.serve("get tool", s.getTool))
	mux.HandleFunc("PATCH "+api+"/tools/{id}", s.serve("update tool", s.checked(s.checkToolBody, s.updateTool)))
	mux.HandleFunc("DELETE "+api+"/tools/{id}", s.serve("delete tool", s.deleteTool))
	mux.HandleFunc("GET "+api+"/tools/{id}/dependent-agents", s.serve("tool dependents", s.toolDependents))
	mux.HandleFunc("GET "+api+"/knowledge-base", s.serve("documents", s.documents))
	mux.HandleFunc("GET "+api+"/knowledge-base/{id}", s.serve("document", s.document))
	mux.HandleFunc("GET "+s.gateway+WebhooksPath, s.serve("webhooks", s.webhooks))
	mux.HandleFunc("GET "+api+"/secrets", s.serve("secrets", s.secrets))
	mux.HandleFunc("POST "+api+"/secrets", s.serve("create secret", s.createSecret))
	mux.HandleFunc("POST "+api+"/agent-testing/create", s.serve("create test", s.checked(s.testBody(createTestSchemas), s.createTest)))
	mux.HandleFunc("GET "+api+"/agent-testing", s.serve("list tests", s.listTests))
	mux.HandleFunc("GET "+api+"/agent-testing/{id}", s.serve("get test", s.getTest))
	mux.HandleFunc("PUT "+api+"/agent-testing/{id}", s.serve("update test", s.checked(s.testBody(updateTestSchemas), s.updateTest)))
	mux.HandleFunc("POST "+api+"/agents/{id}/run-tests", s.serve("run tests", s.runTests))
	mux.HandleFunc("GET "+api+"/test-invocations/{id}", s.serve("poll", s.getInvocation))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.violate("no such endpoint: %s %s", r.Method, r.URL.Path)
		writeJSON(w, http.StatusNotFound, map[string]any{"detail": "Not Found"})
	})
	s.srv = httptest.NewServer(mux)
	s.BaseURL = s.srv.URL + api
	tb.Cleanup(func() {
		s.srv.Close()
		s.Mu.Lock()
		defer s.Mu.Unlock()
		for _, v := range s.violations {
			tb.Errorf("fake ElevenLabs: %s", v)
		}
	})
	return s
}

// Lenient stops reporting refused requests as test errors, for tests that
// send bad requests on purpose. The fake still refuses them.
func (s *Server) Lenient() {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.lenient = true
}

// Inject queues faults for an operation: create, get, update, list, llms,
// voices, phone numbers, tools, documents or create secret.
func (s *Server) Inject(op string, faults ...Fault) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.faults[op] = append(s.faults[op], faults...)
}

// SetTransform changes every agent as it is stored, to act out a provider
// that does not keep what it was sent.
func (s *Server) SetTransform(f func(agent map[string]any)) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.transform = f
}

// AgentIDs lists the stored agents' ids in creation order (IDs, by the
// name this fake's tests have always used).
func (s *Server) AgentIDs() []string { return s.IDs() }

// Agent returns a copy of a stored agent as GET would answer it.
func (s *Server) Agent(id string) (map[string]any, bool) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	a, ok := s.Agents.Get(id)
	if !ok {
		return nil, false
	}
	return clone(a), true
}

// AddAgent stores an agent made from a create body, as if made elsewhere,
// and returns its id.
func (s *Server) AddAgent(body map[string]any) string {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return s.store(body)
}

// Calls returns the requests received for an operation ("" for all).
func (s *Server) Calls(op string) []Call {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if op == "" || c.Op == op {
			out = append(out, c)
		}
	}
	return out
}

func (s *Server) violate(format string, args ...any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if !s.lenient {
		s.violations = append(s.violations, fmt.Sprintf(format, args...))
	}
}

// handler answers one operation: a status and a JSON value.
type handler func(r *http.Request, body []byte) (int, any)

// bodyCheck reads and checks the body of a create or update: the object
// to act on, or nil and the refusal to answer with.
type bodyCheck func(r *http.Request, body []byte) (doc map[string]any, status int, resp any)

// checked is the handler of a create or update: check refuses a bad body;
// a good one is handed to act with the fake's lock held.
func (s *Server) checked(check bodyCheck, act func(r *http.Request, doc map[string]any) (int, any)) handler {
	return func(r *http.Request, body []byte) (int, any) {
		doc, status, resp := check(r, body)
		if doc == nil {
			return status, resp
		}
		s.Mu.Lock()
		defer s.Mu.Unlock()
		return act(r, doc)
	}
}

func (s *Server) serve(op string, h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorised(w, r) {
			return
		}
		fault, hasFault := s.nextFault(op)
		if hasFault && !fault.AfterHandling {
			s.record(op, r, nil)
			fault.apply(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return
		}
		s.record(op, r, body)
		if (r.Method == http.MethodPost || r.Method == http.MethodPatch || r.Method == http.MethodPut) && !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			s.violate("%s %s: Content-Type is %q, want application/json", r.Method, r.URL.Path, r.Header.Get("Content-Type"))
		}
		status, resp := h(r, body)
		if hasFault {
			fault.apply(w, r)
			return
		}
		writeJSON(w, status, resp)
	}
}

func (s *Server) authorised(w http.ResponseWriter, r *http.Request) bool {
	other := "x-api-key"
	if s.header == "x-api-key" {
		other = "xi-api-key"
	}
	if r.Header.Get(other) != "" {
		s.violate("%s %s: the key was also sent in %s", r.Method, r.URL.Path, other)
	}
	got := r.Header.Get(s.header)
	if got == "" {
		s.violate("%s %s: no %s header", r.Method, r.URL.Path, s.header)
	}
	if got != s.key || s.key == "" {
		s.record("auth", r, nil)
		writeJSON(w, http.StatusUnauthorized, map[string]any{"detail": map[string]any{
			"status": "invalid_api_key", "message": "Invalid API key",
		}})
		return false
	}
	return true
}

func (s *Server) nextFault(op string) (Fault, bool) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	q := s.faults[op]
	if len(q) == 0 {
		return Fault{}, false
	}
	s.faults[op] = q[1:]
	return q[0], true
}

func (s *Server) record(op string, r *http.Request, body []byte) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.calls = append(s.calls, Call{Op: op, Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func decode(body []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}

func clone(m map[string]any) map[string]any {
	raw, _ := json.Marshal(m)
	out, _ := decode(raw)
	return out
}
