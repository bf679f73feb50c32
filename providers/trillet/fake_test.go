package trillet

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// testKey is an obviously fake API key; tests assert it never shows.
const testKey = "trillet-test-key-DO-NOT-LEAK-0002"

const testWorkspace = "ws_test"

// fakeTrillet is an in-process Trillet: it checks method, path, the
// x-api-key and x-workspace-id headers, content type and bodies against
// seed 002 and the update page, keeps agents in memory and answers as the
// real API does (agent documents with _id and __v, bare-array lists,
// {"error": {"code", "message"}} bodies, 429 with reset_at).
type fakeTrillet struct {
	t           *testing.T
	allowPatch  bool // accept PATCH updates as well as PUT
	wrapCreate  bool // answer a create with the older flat {agentId, …} shape
	now         time.Time
	mu          sync.Mutex
	agents      map[string]httpx.Object
	order       []string
	next        int
	faults      map[string][]fault
	calls       []string
	bodies      map[string][]byte
	lastHeaders http.Header
}

type fault struct {
	status                           int
	body                             string
	header                           map[string]string
	dropBefore, dropAfter, hangAfter bool
}

func newFakeTrillet(t *testing.T) (*fakeTrillet, *httptest.Server) {
	t.Helper()
	f := &fakeTrillet{t: t, agents: map[string]httpx.Object{}, faults: map[string][]fault{}, bodies: map[string][]byte{},
		now: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeTrillet) client(t *testing.T, srv *httptest.Server, opts ...Option) *Client {
	t.Helper()
	base := []Option{WithBaseURL(srv.URL), WithWorkspaceID(testWorkspace), WithTimeout(2 * time.Second), withSleep(noSleep)}
	c, err := New(testKey, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func withSleep(fn func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) error { o.sleep = fn; return nil }
}

func noSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

func (f *fakeTrillet) inject(method string, ft ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[method] = append(f.faults[method], ft...)
}

func (f *fakeTrillet) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.agents)
}

func (f *fakeTrillet) callsOf(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		if strings.HasPrefix(c, method+" ") {
			n++
		}
	}
	return n
}

func (f *fakeTrillet) stored(id string) httpx.Object {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.agents[id]
}

func (f *fakeTrillet) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.calls = append(f.calls, r.Method+" "+r.URL.Path)
	f.lastHeaders = r.Header.Clone()
	var ft fault
	if q := f.faults[r.Method]; len(q) > 0 {
		ft, f.faults[r.Method] = q[0], q[1:]
	}
	f.mu.Unlock()
	switch {
	case ft.dropBefore:
		hijackClose(w)
	case ft.status != 0:
		_, _ = io.Copy(io.Discard, r.Body)
		for k, v := range ft.header {
			w.Header().Set(k, v)
		}
		writeJSON(w, ft.status, ft.body)
	case ft.dropAfter:
		f.handle(httptest.NewRecorder(), r)
		hijackClose(w)
	case ft.hangAfter:
		f.handle(httptest.NewRecorder(), r)
		<-r.Context().Done()
	default:
		f.handle(w, r)
	}
}

func hijackClose(w http.ResponseWriter) {
	if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
		conn.Close()
	}
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// apiError is Trillet's documented error body.
func apiError(code, msg string) string {
	b, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": msg}})
	return string(b)
}

// rateLimited is Trillet's 429 body, with the time the limit resets.
func rateLimited(resetAt time.Time) string {
	b, _ := json.Marshal(map[string]any{"error": map[string]string{
		"code": "rate_limit_exceeded", "message": "Rate limit exceeded. Please try again in 60 seconds.",
		"reset_at": resetAt.Format(time.RFC3339)}})
	return string(b)
}

func (f *fakeTrillet) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	switch {
	case r.Header.Get("x-api-key") != testKey:
		writeJSON(w, http.StatusUnauthorized, apiError("unauthorized", "Invalid or missing API key"))
		return
	case r.Header.Get("x-workspace-id") != testWorkspace:
		writeJSON(w, http.StatusForbidden, apiError("forbidden", "The API key has no access to this workspace"))
		return
	}
	const prefix = "/v1/api/agents"
	if r.URL.Path != prefix && !strings.HasPrefix(r.URL.Path, prefix+"/") {
		writeJSON(w, http.StatusNotFound, apiError("not_found", "Route not found"))
		return
	}
	id := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, prefix), "/")
	if r.Method == http.MethodPost || r.Method == http.MethodPut || r.Method == http.MethodPatch {
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			writeJSON(w, http.StatusBadRequest, apiError("invalid_request", "Content-Type must be application/json"))
			return
		}
		f.mu.Lock()
		f.bodies[r.Method] = body
		f.mu.Unlock()
	}
	switch {
	case id == "" && r.Method == http.MethodPost:
		f.create(w, body)
	case id == "" && r.Method == http.MethodGet:
		f.list(w)
	case id != "" && r.Method == http.MethodGet:
		f.get(w, id)
	case id != "" && (r.Method == http.MethodPut || (r.Method == http.MethodPatch && f.allowPatch)):
		f.update(w, id, body)
	default:
		writeJSON(w, http.StatusNotFound, apiError("not_found", "Route not found"))
	}
}

func (f *fakeTrillet) create(w http.ResponseWriter, body []byte) {
	obj, err := httpx.ParseObject(body)
	msg := ""
	if err != nil || len(body) == 0 {
		msg = "Request body must be a JSON object"
	} else {
		msg = checkBody(obj, true)
	}
	if msg != "" {
		writeJSON(w, http.StatusBadRequest, apiError("invalid_request", msg))
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	id := fmt.Sprintf("6650f1a2b3c4d5e6f7a8%04d", f.next)
	doc := httpx.Object{"_id": id, "workspaceId": testWorkspace, "userId": "user_test", "status": "pending", "currentNode": "start",
		"activeSessions": []any{}, "smartCallback": false, "maxAttemptsForSmartCallback": json.Number("5"),
		"createdAt": f.stamp(), "updatedAt": f.stamp(), "__v": json.Number("0")}
	apply(doc, obj)
	f.agents[id] = doc
	f.order = append(f.order, id)
	if f.wrapCreate {
		out, _ := json.Marshal(map[string]any{"agentId": id, "workspaceId": testWorkspace, "userId": "user_test", "llmModel": obj[keyLLM]})
		writeJSON(w, http.StatusCreated, string(out))
		return
	}
	out, _ := httpx.MarshalObject(doc)
	writeJSON(w, http.StatusCreated, string(out))
}

func (f *fakeTrillet) update(w http.ResponseWriter, id string, body []byte) {
	obj, err := httpx.ParseObject(body)
	msg := ""
	if err != nil || len(body) == 0 {
		msg = "Request body must be a JSON object"
	} else {
		msg = checkBody(obj, false)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	doc, ok := f.agents[id]
	switch {
	case !ok:
		writeJSON(w, http.StatusNotFound, apiError("not_found", "Agent not found"))
		return
	case msg != "":
		writeJSON(w, http.StatusBadRequest, apiError("invalid_request", msg))
		return
	}
	apply(doc, obj) // the update pages' examples send only what changes
	n, _ := httpx.AsInt(doc["__v"])
	doc["__v"] = json.Number(fmt.Sprint(n + 1))
	doc["updatedAt"] = f.stamp()
	out, _ := httpx.MarshalObject(doc)
	writeJSON(w, http.StatusOK, string(out))
}

// apply stores obj's keys; the own-ElevenLabs key is kept encrypted, as
// Trillet returns it.
func apply(doc, obj httpx.Object) {
	for k, v := range obj {
		doc[k] = v
	}
	if key, ok := httpx.Lookup(doc, keyTTS, keyVendorKey); ok {
		if s, _ := key.(string); s != "" && !strings.HasPrefix(s, "enc:") {
			httpx.SetPath(doc, "enc:"+base64.StdEncoding.EncodeToString([]byte(s)), keyTTS, keyVendorKey)
		}
	}
}

func (f *fakeTrillet) get(w http.ResponseWriter, id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	doc, ok := f.agents[id]
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError("not_found", "Agent not found"))
		return
	}
	out, _ := httpx.MarshalObject(doc)
	writeJSON(w, http.StatusOK, string(out))
}

func (f *fakeTrillet) list(w http.ResponseWriter) {
	f.mu.Lock()
	defer f.mu.Unlock()
	all := make([]any, 0, len(f.order))
	for _, id := range f.order {
		all = append(all, f.agents[id])
	}
	out, _ := httpx.MarshalObject(all)
	writeJSON(w, http.StatusOK, string(out))
}

func (f *fakeTrillet) stamp() string {
	f.now = f.now.Add(time.Second)
	return f.now.Format("2006-01-02T15:04:05.000Z")
}

// checkBody holds a body to seed 002 (create) or the update page, and
// returns Trillet's message for the first problem.
func checkBody(obj httpx.Object, create bool) string {
	for _, k := range responseOnlyKeys {
		if _, ok := obj[k]; ok {
			return k + " is not allowed"
		}
	}
	if create {
		for _, k := range []string{keyName, keyTTS, keyLLM} {
			if _, ok := obj[k]; !ok {
				return k + " is required"
			}
		}
	}
	if v, ok := obj[keyName]; ok {
		if s, _ := v.(string); strings.TrimSpace(s) == "" {
			return "name must be a non-empty string"
		}
	}
	if v, ok := obj[keyLLM]; ok {
		s, isText := v.(string)
		switch {
		case !isText || s == "":
			return "llmModel must be a string"
		case create && !contains(createModels, s):
			// The create page says "must be one of"; the update page's own
			// example sends a model outside its list, so updates are not held
			// to one.
			return "llmModel must be one of: " + strings.Join(createModels, ", ")
		}
	}
	if v, ok := obj[keyTTS]; ok {
		tts, isObj := v.(map[string]any)
		if !isObj {
			return "ttsModel must be an object"
		}
		for k, tv := range tts {
			if _, isText := tv.(string); !isText {
				return "ttsModel." + k + " must be a string"
			}
		}
		if tts["provider"] == byoElevenLabs {
			if key, _ := tts[keyVendorKey].(string); key == "" {
				return "ttsModel.elevenLabsApiKey is required when provider is 11labs_byo"
			}
		}
	}
	if v, ok := obj["type"]; ok && v != "voice" {
		return "type must be voice"
	}
	if v, ok := obj[keyCallback]; ok {
		if _, isBool := v.(bool); !isBool {
			return "smartCallback must be a boolean"
		}
	}
	if v, ok := obj[keyMaxAttempts]; ok {
		if _, isNum := httpx.AsFloat(v); !isNum {
			return "maxAttemptsForSmartCallback must be a number"
		}
	}
	if v, ok := obj[keyGaps]; ok {
		list, isList := v.([]any)
		if !isList {
			return "gapBetweenEachAttemptForSmartCallback must be an array"
		}
		for _, item := range list {
			m, isObj := item.(map[string]any)
			if !isObj {
				return "gapBetweenEachAttemptForSmartCallback items must be objects with days and hours"
			}
			for _, k := range []string{"days", "hours"} {
				if _, isNum := httpx.AsFloat(m[k]); !isNum {
					return "gapBetweenEachAttemptForSmartCallback." + k + " must be a number"
				}
			}
		}
	}
	if v, ok := obj[keyPhones]; ok {
		if _, isList := httpx.AsStrings(v); !isList {
			return "phoneNumberIds must be an array of phone number ids"
		}
	}
	for _, k := range []string{keySettings, keyVariables} {
		if v, ok := obj[k]; ok {
			if _, isObj := v.(map[string]any); !isObj {
				return k + " must be an object"
			}
		}
	}
	if v, ok := httpx.Lookup(obj, keySettings, "speed"); ok {
		if _, isNum := httpx.AsFloat(v); !isNum {
			return "settings.speed must be a number"
		}
	}
	return ""
}
