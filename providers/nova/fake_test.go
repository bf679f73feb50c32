package nova

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// testKey is an obviously fake API key; tests assert it never shows.
const testKey = "nova-test-key-DO-NOT-LEAK-0001"

const testOrg = "org_test"

// fakeNova is an in-process Nova: it checks method, path, auth headers,
// content type and bodies against seeds 000 and 001, keeps agents in
// memory, and answers as the real API does (AgentResponse, paged lists,
// error bodies).
type fakeNova struct {
	t      *testing.T
	bearer bool // expect Authorization: Bearer instead of X-API-Key
	// arrays answers every settings object as the seed's integer-array
	// placeholder, as Nova's docs show it.
	arrays   bool
	pageSize int

	mu     sync.Mutex
	agents map[string]httpx.Object
	order  []string
	next   int
	faults map[string][]fault // queued by method
	calls  []string           // "METHOD path"
	bodies map[string][]byte  // last body by method
}

// fault is an injected misbehaviour for one request.
type fault struct {
	status int    // answer with this status and body without doing anything
	body   string // error body for status
	header map[string]string
	// dropBefore closes the connection without reading the request;
	// dropAfter and hangAfter do the work, then close or never answer.
	dropBefore, dropAfter, hangAfter bool
}

func newFakeNova(t *testing.T) (*fakeNova, *httptest.Server) {
	t.Helper()
	f := &fakeNova{t: t, pageSize: 100, agents: map[string]httpx.Object{}, faults: map[string][]fault{}, bodies: map[string][]byte{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

// client returns a client of the fake that never really sleeps.
func (f *fakeNova) client(t *testing.T, srv *httptest.Server, opts ...Option) *Client {
	t.Helper()
	base := []Option{WithBaseURL(srv.URL + "/api"), WithOrgID(testOrg), WithTimeout(2 * time.Second), withSleep(noSleep)}
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

func (f *fakeNova) inject(method string, ft ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[method] = append(f.faults[method], ft...)
}

func (f *fakeNova) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.agents)
}

func (f *fakeNova) callsOf(method string) int {
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

func (f *fakeNova) stored(id string) httpx.Object {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.agents[id]
}

func (f *fakeNova) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.calls = append(f.calls, r.Method+" "+r.URL.Path)
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

func detail(msg string) string {
	b, _ := json.Marshal(map[string]string{"detail": msg})
	return string(b)
}

func (f *fakeNova) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !f.authorized(r) {
		writeJSON(w, http.StatusUnauthorized, detail("Invalid or missing API key"))
		return
	}
	prefix := "/api/org/" + testOrg + "/agents"
	if !strings.HasPrefix(r.URL.Path, "/api/org/") {
		writeJSON(w, http.StatusNotFound, detail("Not Found"))
		return
	}
	if !strings.HasPrefix(r.URL.Path, prefix) {
		writeJSON(w, http.StatusNotFound, detail("Organization not found"))
		return
	}
	id := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, prefix), "/")
	if r.Method == http.MethodPost || r.Method == http.MethodPatch {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			writeJSON(w, http.StatusUnsupportedMediaType, detail("Content-Type must be application/json"))
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
		f.list(w, r)
	case id != "" && r.Method == http.MethodGet:
		f.get(w, id)
	case id != "" && r.Method == http.MethodPatch:
		f.patch(w, id, body)
	default:
		writeJSON(w, http.StatusMethodNotAllowed, detail("Method Not Allowed"))
	}
}

func (f *fakeNova) authorized(r *http.Request) bool {
	if f.bearer {
		return r.Header.Get("Authorization") == "Bearer "+testKey && r.Header.Get("X-API-Key") == ""
	}
	return r.Header.Get("X-API-Key") == testKey && r.Header.Get("Authorization") == ""
}

func (f *fakeNova) create(w http.ResponseWriter, body []byte) {
	obj, problems := parseBody(body)
	if problems == nil {
		problems = checkCreate(obj)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if src, ok := obj[keyCopyFrom].(string); ok && problems == nil {
		if _, exists := f.agents[src]; !exists {
			problems = []problem{{[]string{keyCopyFrom}, "agent to copy from was not found"}}
		}
	}
	if problems != nil {
		writeJSON(w, http.StatusUnprocessableEntity, problemBody(problems))
		return
	}
	f.next++
	id := fmt.Sprintf("agt_%04d", f.next)
	doc := httpx.Object{}
	if src, ok := obj[keyCopyFrom].(string); ok {
		for k, v := range f.agents[src] {
			doc[k] = v
		}
	}
	for _, k := range []string{keyName, keyType, keyPrompt} {
		if v, ok := obj[k]; ok {
			doc[k] = v
		}
	}
	doc["created_at"] = stamp(f.next)
	doc["updated_at"] = stamp(f.next)
	f.agents[id] = doc
	f.order = append(f.order, id)
	writeJSON(w, http.StatusCreated, f.response(id))
}

func (f *fakeNova) patch(w http.ResponseWriter, id string, body []byte) {
	obj, problems := parseBody(body)
	if problems == nil {
		problems = checkPatch(obj)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	doc, ok := f.agents[id]
	switch {
	case !ok:
		writeJSON(w, http.StatusNotFound, detail("Agent not found"))
		return
	case problems != nil:
		writeJSON(w, http.StatusUnprocessableEntity, problemBody(problems))
		return
	}
	for k, v := range obj { // a partial update: each key sent replaces the stored one
		doc[k] = v
	}
	doc["updated_at"] = stamp(f.next + len(f.calls))
	writeJSON(w, http.StatusOK, f.response(id))
}

func (f *fakeNova) get(w http.ResponseWriter, id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.agents[id]; !ok {
		writeJSON(w, http.StatusNotFound, detail("Agent not found"))
		return
	}
	writeJSON(w, http.StatusOK, f.response(id))
}

func (f *fakeNova) list(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	size, _ := strconv.Atoi(r.URL.Query().Get("size"))
	if page < 1 {
		page = 1
	}
	if size < 1 || size > f.pageSize {
		size = f.pageSize
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	type summary struct {
		ID        string `json:"id"`
		Name      any    `json:"name"`
		Type      any    `json:"type"`
		CreatedAt any    `json:"created_at"`
		UpdatedAt any    `json:"updated_at"`
	}
	data := []summary{}
	for i := (page - 1) * size; i < len(f.order) && i < page*size; i++ {
		d := f.agents[f.order[i]]
		data = append(data, summary{f.order[i], d[keyName], d[keyType], d["created_at"], d["updated_at"]})
	}
	pages := (len(f.order) + size - 1) / size
	out, _ := json.Marshal(map[string]any{"data": data, "meta": map[string]int{"page": page, "size": size, "total": len(f.order), "total_pages": pages}})
	writeJSON(w, http.StatusOK, string(out))
}

// response renders an AgentResponse (seed 000): the stored agent plus the
// response-only fields, with settings objects as objects or null, or as the
// seed's integer-array placeholder when arrays is set.
func (f *fakeNova) response(id string) string {
	out := httpx.Object{"id": id, "organization_id": testOrg, "public_quota": json.Number("100"), "tools": []any{}}
	for k, v := range f.agents[id] {
		out[k] = v
	}
	for _, k := range configKeys {
		switch _, set := out[k]; {
		case f.arrays:
			out[k] = []any{json.Number("123")}
		case !set:
			out[k] = nil
		}
	}
	b, _ := httpx.MarshalObject(out)
	return string(b)
}

func stamp(n int) string {
	return time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Second).Format(time.RFC3339)
}

type problem struct {
	loc []string
	msg string
}

// problemBody is a 422 body with a location per problem.
func problemBody(ps []problem) string {
	items := make([]map[string]any, 0, len(ps))
	for _, p := range ps {
		loc := []any{"body"}
		for _, l := range p.loc {
			loc = append(loc, l)
		}
		items = append(items, map[string]any{"loc": loc, "msg": p.msg, "type": "value_error"})
	}
	b, _ := json.Marshal(map[string]any{"detail": items})
	return string(b)
}

func parseBody(body []byte) (httpx.Object, []problem) {
	obj, err := httpx.ParseObject(body)
	if err != nil || len(body) == 0 {
		return nil, []problem{{nil, "body must be a JSON object"}}
	}
	return obj, nil
}

// checkCreate holds a create body to seed 000: name and type required, only
// the four create fields allowed.
func checkCreate(obj httpx.Object) []problem {
	var ps []problem
	for k := range obj {
		if k != keyName && k != keyType && k != keyPrompt && k != keyCopyFrom {
			ps = append(ps, problem{[]string{k}, "extra fields not permitted"})
		}
	}
	ps = append(ps, checkKind(obj, []string{keyName}, "string", true)...)
	ps = append(ps, checkKind(obj, []string{keyType}, "enum:voice|chat|video", true)...)
	ps = append(ps, checkKind(obj, []string{keyPrompt}, "string", false)...)
	ps = append(ps, checkKind(obj, []string{keyCopyFrom}, "string", false)...)
	return sortProblems(ps)
}

// patchSchema is seed 001's PATCH body (plus allowed_sip_trunks from the
// SDK), with the types and required keys of the settings objects.
var patchSchema = map[string]map[string]string{
	keyGreeting:   {"agent_speaks_first": "bool", "greeting": "string", "pause_before_first_message": "integer", "voice_mail_message": "string", "welcome_message_is_generated": "bool"},
	keyGoodbye:    {"enabled": "bool", "message": "string"},
	keyExtra:      {"allow_interruptions": "bool", "interruption_sensitivity": "number", "min_words": "integer", "turn_detector_enabled": "bool", "turn_detector_is_multilingual": "bool", "turn_detector_model_type": "string", "use_gender_plugin": "string"},
	keyRoom:       {"close_room_message": "string", "duration_warning_message": "string", "max_duration_min": "integer", "max_silence_sec": "integer", "silence_message": "string", "wait_for_message_sec": "integer"},
	keyVAD:        {"activation_threshold": "number", "max_buffered_speech": "integer", "min_silence_duration": "number", "min_speech_duration": "number", "prefix_padding_duration": "number", "sample_rate": "integer"},
	keyLLM:        {"provider": "enum:openai|anthropic!", "model": "string!", "system_prompt": "string", "temperature": "number", "top_p": "number", "max_tokens": "integer", "frequency_penalty": "number", "presence_penalty": "number", "top_k": "integer", "parallel_tool_calls": "bool"},
	keyVoice:      {"provider": "string!", "model": "string!", "voice_id": "string", "language": "string", "sample_rate": "integer", "speed": "number", "stability": "number", "similarity_boost": "number", "style": "number", "use_speaker_boost": "bool"},
	keyTranscribe: {"provider": "enum:deepgram|elevenlabs|speechmatics!", "model": "string", "language": "string", "language_code": "string", "keywords": "strings", "keyterms": "strings"},
	keyBackground: {"file": "string!", "enabled": "bool", "volume": "number", "initial_volume": "number"},
	keyPreCall:    {"url": "string!", "method": "enum:GET|POST|PUT|PATCH!", "headers": "object", "body_template": "object", "timeout_seconds": "integer"},
}

func checkPatch(obj httpx.Object) []problem {
	var ps []problem
	for k, v := range obj {
		if schema, ok := patchSchema[k]; ok {
			if v == nil {
				continue
			}
			sub, isObj := v.(map[string]any)
			if !isObj {
				ps = append(ps, problem{[]string{k}, "value is not a valid dict"})
				continue
			}
			for field, kind := range schema {
				required := strings.HasSuffix(kind, "!")
				ps = append(ps, checkKind(sub, []string{k, field}, strings.TrimSuffix(kind, "!"), required)...)
			}
			continue
		}
		switch k {
		case keyName, keyPrompt:
			ps = append(ps, checkKind(obj, []string{k}, "string", false)...)
		case keyType:
			ps = append(ps, checkKind(obj, []string{k}, "enum:voice|chat|video", false)...)
		case keyFunctions, keySIPTrunks:
			ps = append(ps, checkKind(obj, []string{k}, "strings", false)...)
		case keyPlugins:
			if _, ok := v.([]any); !ok {
				ps = append(ps, problem{[]string{k}, "value is not a valid list"})
			}
		default:
			ps = append(ps, problem{[]string{k}, "extra fields not permitted"})
		}
	}
	return sortProblems(ps)
}

func checkKind(obj httpx.Object, loc []string, kind string, required bool) []problem {
	v, ok := obj[loc[len(loc)-1]]
	if !ok || v == nil {
		if required {
			return []problem{{loc, "field required"}}
		}
		return nil
	}
	bad := func(what string) []problem { return []problem{{loc, "value is not a valid " + what}} }
	switch {
	case kind == "string":
		if s, ok := v.(string); !ok || (required && s == "") {
			return bad("string")
		}
	case kind == "bool":
		if _, ok := v.(bool); !ok {
			return bad("boolean")
		}
	case kind == "number":
		if _, ok := httpx.AsFloat(v); !ok {
			return bad("float")
		}
	case kind == "integer":
		n, ok := v.(json.Number)
		if _, err := n.Int64(); !ok || err != nil {
			return bad("integer")
		}
	case kind == "strings":
		if _, ok := httpx.AsStrings(v); !ok {
			return bad("list of strings")
		}
	case kind == "object":
		if _, ok := v.(map[string]any); !ok {
			return bad("dict")
		}
	case strings.HasPrefix(kind, "enum:"):
		s, _ := v.(string)
		for _, opt := range strings.Split(strings.TrimPrefix(kind, "enum:"), "|") {
			if s == opt {
				return nil
			}
		}
		return []problem{{loc, "value is not a valid enumeration member; permitted: " + strings.ReplaceAll(strings.TrimPrefix(kind, "enum:"), "|", ", ")}}
	}
	return nil
}

func sortProblems(ps []problem) []problem {
	if len(ps) == 0 {
		return nil
	}
	sort.Slice(ps, func(i, j int) bool { return strings.Join(ps[i].loc, ".") < strings.Join(ps[j].loc, ".") })
	return ps
}
