package dasha

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeDasha is an in-process Dasha BlackBox agents API: it checks auth,
// paths, verbs and content type, validates bodies against seed 004's shape,
// keeps agents in memory and answers like the real API, problem details and
// all. Faults can be queued per operation.
type fakeDasha struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	agents   []*object // in creation order; objects keep their key order, as Dasha's JSON does
	nextID   int
	faults   map[string][]fault
	calls    map[string]int
	listMode string // "bare" (default), "paged", "all-at-once"
	voices   []map[string]any
}

// fault answers one request instead of the normal handler. store performs
// the operation (a create or update) as the real server would have.
type fault func(w http.ResponseWriter, r *http.Request, store func())

func newFake(t *testing.T) *fakeDasha {
	t.Helper()
	f := &fakeDasha{t: t, faults: map[string][]fault{}, calls: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// client returns a client for the fake whose waits between retries pass at
// once and are recorded.
func (f *fakeDasha) client(t *testing.T, waits *[]time.Duration, opts ...Option) *Client {
	t.Helper()
	var mu sync.Mutex
	sleep := func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		if waits != nil {
			*waits = append(*waits, d)
		}
		return ctx.Err()
	}
	all := append([]Option{WithBaseURL(f.srv.URL), withWaits(sleep, func(time.Duration) time.Duration { return 0 })}, opts...)
	c, err := New(testKey, all...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fakeDasha) inject(op string, fs ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[op] = append(f.faults[op], fs...)
}

func (f *fakeDasha) count(op string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[op]
}

func (f *fakeDasha) agentCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.agents)
}

func (f *fakeDasha) serve(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+testKey {
		problem(w, http.StatusUnauthorized, "Unauthorized", "The API key is missing or not valid.", nil)
		return
	}
	op, id := route(r)
	if op == "" {
		problem(w, http.StatusNotFound, "Not Found", "No such endpoint: "+r.Method+" "+r.URL.Path, nil)
		return
	}
	var body []byte
	if op == "create" || op == "update" {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			problem(w, http.StatusUnsupportedMediaType, "Unsupported Media Type", "send application/json, not "+ct, nil)
			return
		}
		body, _ = io.ReadAll(r.Body)
	}
	f.mu.Lock()
	f.calls[op]++
	var flt fault
	if q := f.faults[op]; len(q) > 0 {
		flt, f.faults[op] = q[0], q[1:]
	}
	f.mu.Unlock()

	var stored *object
	store := func() {
		stored = f.store(op, id, body)
	}
	if flt != nil {
		if op == "create" || op == "update" {
			if errs := validateAgentBody(body); len(errs) > 0 {
				f.t.Errorf("a faulted %s carried an invalid body: %v", op, errs)
			}
		}
		flt(w, r, store)
		return
	}
	switch op {
	case "create", "update":
		if errs := validateAgentBody(body); len(errs) > 0 {
			problem(w, http.StatusBadRequest, "One or more validation errors occurred.", "", errs)
			return
		}
		if op == "update" && f.find(id) == nil {
			problem(w, http.StatusNotFound, "Not Found", "Agent "+id+" was not found.", nil)
			return
		}
		store()
		f.mu.Lock()
		defer f.mu.Unlock()
		writeTree(w, stored)
	case "get":
		a := f.find(id)
		if a == nil {
			problem(w, http.StatusNotFound, "Not Found", "Agent "+id+" was not found.", nil)
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		writeTree(w, a)
	case "list":
		f.list(w, r)
	case "voices":
		writeJSON(w, http.StatusOK, f.voices)
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

// store creates or replaces an agent and returns it as Dasha answers:
// the request plus the response-only fields.
func (f *fakeDasha) store(op, id string, body []byte) *object {
	doc, err := parseObject(body)
	if err != nil {
		f.t.Errorf("store: %v", err)
		return newObject()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	now := "2026-05-01T10:00:00Z"
	created := any(now)
	if op == "create" {
		f.nextID++
		id = fmt.Sprintf("agt_%04d", f.nextID)
	} else {
		for i, a := range f.agents {
			if text(a, "agentId") == id {
				created, _ = a.get("createdTime")
				f.agents = append(f.agents[:i:i], f.agents[i+1:]...)
				break
			}
		}
	}
	doc.set("agentId", id)
	doc.set("orgId", "org_test")
	doc.set("createdTime", created)
	doc.set("lastUpdateTime", now)
	phone, _ := doc.obj("inboundSipConfig").get("phoneNumber")
	in := newObject()
	in.set("id", "isc_"+id)
	in.set("phoneNumber", phone)
	in.set("sipUri", "sip:"+id+"@sip.example")
	in.set("sipTrunkUri", nil)
	doc.set("inboundSipConfig", in)
	if !doc.has("schedule") {
		doc.set("schedule", nil)
	}
	f.agents = append(f.agents, doc)
	return doc
}

func (f *fakeDasha) find(id string) *object {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.agents {
		if text(a, "agentId") == id {
			return a
		}
	}
	return nil
}

// doc returns a stored agent as plain JSON values, for assertions.
func (f *fakeDasha) doc(t *testing.T, id string) map[string]any {
	t.Helper()
	a := f.find(id)
	if a == nil {
		t.Fatalf("no agent %s on the fake", id)
	}
	f.mu.Lock()
	raw := marshalIndent(a)
	f.mu.Unlock()
	return generic(t, raw).(map[string]any)
}

// edit changes a stored agent, as someone using Dasha's dashboard would.
func (f *fakeDasha) edit(id string, change func(a *object)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.agents {
		if text(a, "agentId") == id {
			change(a)
		}
	}
}

func (f *fakeDasha) list(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	all := make([]any, len(f.agents))
	for i, a := range f.agents {
		all[i] = clone(a)
	}
	mode := f.listMode
	f.mu.Unlock()
	skip, _ := strconv.Atoi(r.URL.Query().Get("skip"))
	take, err := strconv.Atoi(r.URL.Query().Get("take"))
	if err != nil || take <= 0 {
		take = 20
	}
	if mode == "all-at-once" {
		writeTree(w, all)
		return
	}
	page := []any{}
	for i := skip; i < len(all) && i < skip+take; i++ {
		page = append(page, all[i])
	}
	if mode == "paged" {
		o := newObject()
		o.set("items", page)
		o.set("total", json.Number(strconv.Itoa(len(all))))
		writeTree(w, o)
		return
	}
	writeTree(w, page)
}

func writeTree(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(marshalIndent(v))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// problem answers with RFC 7807 problem details, as ASP.NET does.
func problem(w http.ResponseWriter, status int, title, detail string, errs map[string][]string) {
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
