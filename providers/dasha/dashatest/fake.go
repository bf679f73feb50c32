// Package dashatest is an in-process fake of Dasha BlackBox's agents API for
// tests: it checks auth, paths, verbs and content type, validates bodies
// against seed 004's request shape, keeps agents in memory and answers like
// the real API, problem details included. Faults can be queued per
// operation ("create", "update", "get", "list", "voices").
package dashatest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Fake is one fake Dasha server.
type Fake struct {
	tb  testing.TB
	url string
	key string

	mu       sync.Mutex
	agents   fakeapi.Agents[*storedAgent] // an update moves an agent last, as Dasha lists them
	faults   map[string][]Fault
	calls    map[string]int
	bodies   map[string][][]byte
	listMode string
	voices   []map[string]any
	maskKeys bool
}

// New starts a fake that accepts only "Bearer "+key; it stops when the test
// ends.
func New(tb testing.TB, key string) *Fake {
	tb.Helper()
	f := &Fake{tb: tb, key: key, faults: map[string][]Fault{}, calls: map[string]int{}, bodies: map[string][][]byte{}}
	f.url = fakeapi.Start(tb, http.HandlerFunc(f.serve))
	return f
}

// URL is the base URL to give the client.
func (f *Fake) URL() string { return f.url }

// Inject queues faults for the next requests of op, one request each.
func (f *Fake) Inject(op string, faults ...Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[op] = append(f.faults[op], faults...)
}

// Calls is how many requests of op arrived.
func (f *Fake) Calls(op string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[op]
}

// Bodies returns the bodies of the create or update requests that arrived.
func (f *Fake) Bodies(op string) [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]byte(nil), f.bodies[op]...)
}

// SetListMode sets how the agent list answers: "bare" (the default: a
// bare array honouring skip and take), "paged" ({items, total}) or
// "all-at-once" (every agent, ignoring skip and take).
func (f *Fake) SetListMode(mode string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.listMode = mode
}

// SetMaskKeys makes answers show the LLM key starred out ("sk-****1234"),
// as some APIs do; Dasha does not document whether it does.
func (f *Fake) SetMaskKeys(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.maskKeys = on
}

// answer is a stored agent as an answer shows it.
func (f *Fake) answer(a *storedAgent) []byte {
	raw := a.marshal()
	if !f.maskKeys {
		return raw
	}
	var cfg struct {
		LLM struct {
			APIKey string `json:"apiKey"`
		} `json:"llmConfig"`
	}
	if json.Unmarshal(a.vals["config"], &cfg) != nil || len(cfg.LLM.APIKey) < 8 {
		return raw
	}
	key := cfg.LLM.APIKey
	quoted, _ := json.Marshal(key)
	starred, _ := json.Marshal(key[:3] + "****" + key[len(key)-4:])
	return bytes.ReplaceAll(raw, quoted, starred)
}

// SetVoices sets what GET /api/v1/voice answers.
func (f *Fake) SetVoices(v []map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.voices = v
}

// AgentIDs lists the stored agents' ids in creation order.
func (f *Fake) AgentIDs() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.agents.IDs()
}

// Agent returns a stored agent as plain JSON values (numbers as
// json.Number), or nil.
func (f *Fake) Agent(id string) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.find(id)
	if a == nil {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(a.marshal()))
	dec.UseNumber()
	var out map[string]any
	_ = dec.Decode(&out)
	return out
}

// Edit sets a top-level field of a stored agent, as someone using Dasha's
// dashboard would.
func (f *Fake) Edit(id, key string, value any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if a := f.find(id); a != nil {
		a.set(key, value)
	}
}

// Store adds an agent directly (no checks) and returns its id.
func (f *Fake) Store(body []byte) string {
	return f.store("create", "", body).id()
}

func (f *Fake) find(id string) *storedAgent {
	a, _ := f.agents.Get(id)
	return a
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+f.key {
		Problem(w, http.StatusUnauthorized, "Unauthorized", "The API key is missing or not valid.", nil)
		return
	}
	op, id := route(r)
	if op == "" {
		Problem(w, http.StatusNotFound, "Not Found", "No such endpoint: "+r.Method+" "+r.URL.Path, nil)
		return
	}
	var body []byte
	if op == "create" || op == "update" {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			Problem(w, http.StatusUnsupportedMediaType, "Unsupported Media Type", "send application/json, not "+ct, nil)
			return
		}
		body, _ = io.ReadAll(r.Body)
	}
	f.mu.Lock()
	f.calls[op]++
	if body != nil {
		f.bodies[op] = append(f.bodies[op], body)
	}
	var fault Fault
	if q := f.faults[op]; len(q) > 0 {
		fault, f.faults[op] = q[0], q[1:]
	}
	f.mu.Unlock()

	var stored *storedAgent
	store := func() { stored = f.store(op, id, body) }
	if fault != nil {
		if body != nil {
			if errs := ValidateBody(body); len(errs) > 0 {
				f.tb.Errorf("dashatest: a faulted %s carried an invalid body: %v", op, errs)
			}
		}
		fault(w, r, store)
		return
	}
	switch op {
	case "create", "update":
		if errs := ValidateBody(body); len(errs) > 0 {
			Problem(w, http.StatusBadRequest, "One or more validation errors occurred.", "", errs)
			return
		}
		f.mu.Lock()
		missing := op == "update" && f.find(id) == nil
		f.mu.Unlock()
		if missing {
			Problem(w, http.StatusNotFound, "Not Found", "Agent "+id+" was not found.", nil)
			return
		}
		store()
		f.mu.Lock()
		raw := f.answer(stored)
		f.mu.Unlock()
		fakeapi.WriteJSON(w, http.StatusOK, string(raw))
	case "get":
		f.mu.Lock()
		a := f.find(id)
		var raw []byte
		if a != nil {
			raw = f.answer(a)
		}
		f.mu.Unlock()
		if a == nil {
			Problem(w, http.StatusNotFound, "Not Found", "Agent "+id+" was not found.", nil)
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, string(raw))
	case "list":
		f.list(w, r)
	case "voices":
		f.listVoices(w, r)
	}
}

func route(r *http.Request) (op, id string) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/api/v1/agents")
	switch {
	case r.URL.Path == "/api/v1/voice" && r.Method == http.MethodGet:
		return "voices", ""
	case !ok:
		return "", ""
	case rest == "" && r.Method == http.MethodPost:
		return "create", ""
	case rest == "" && r.Method == http.MethodGet:
		return "list", ""
	case strings.HasPrefix(rest, "/") && len(rest) > 1 && r.Method == http.MethodGet:
		return "get", rest[1:]
	case strings.HasPrefix(rest, "/") && len(rest) > 1 && r.Method == http.MethodPut:
		return "update", rest[1:]
	}
	return "", ""
}

// Problem answers with RFC 7807 problem details, as ASP.NET does; errs is
// the "errors" map of field → messages.
func Problem(w http.ResponseWriter, status int, title, detail string, errs map[string][]string) {
	body := map[string]any{
		"type":    "https://tools.ietf.org/html/rfc9110#section-15.5.1",
		"title":   title,
		"status":  status,
		"traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
	}
	if detail != "" {
		body["detail"] = detail
	}
	if len(errs) > 0 {
		body["errors"] = errs
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}
