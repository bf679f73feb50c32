// Package trillettest is an in-process fake of Trillet's call-agent API for
// tests of the trillet client, the command line and the UI. It checks
// method, path, the x-api-key and x-workspace-id headers, content type and
// bodies against seed 002 and the update page, keeps agents in memory,
// answers as the real API does (agent documents with _id and __v, bare-array
// lists, {"error": {"code", "message"}} bodies, 429 with reset_at), and
// misbehaves on demand (see Fault).
package trillettest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Workspace is the workspace the fake serves; another id gets a 403.
const Workspace = "ws_test"

// Server is the fake. Its zero value is not usable; call New.
type Server struct {
	// Server has BaseURL, the key, the traffic and the agents.
	fakeapi.Server

	allowPatch  bool
	flatCreate  bool
	strict      bool
	now         time.Time
	lastHeaders http.Header
}

// Fault is a misbehaviour for one request: an answer instead of the work
// (its Body made with Error or RateLimited), or a dropped or hung
// connection before or after it.
type Fault = fakeapi.Fault

// New starts a fake that accepts key, stopped when the test ends.
func New(tb testing.TB, key string) *Server {
	tb.Helper()
	s := &Server{now: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)}
	s.Listen(tb, s, key, "")
	return s
}

// RefuseUnknownKeys makes the fake refuse a body with a key seed 002 does
// not document, at the top level, in ttsModel or in settings. Trillet's docs
// do not say whether it keeps or refuses such keys (settings is described
// only as "additional settings"), so by default they are kept, as a
// document's unmodelled keys must survive a push.
func (s *Server) RefuseUnknownKeys(on bool) { s.Mu.Lock(); s.strict = on; s.Mu.Unlock() }

// AllowPatch makes the fake accept PATCH updates too, as Trillet's overview
// page lists them; by default only PUT (the seed) is routed.
func (s *Server) AllowPatch(on bool) { s.Mu.Lock(); s.allowPatch = on; s.Mu.Unlock() }

// AnswerCreateFlat answers creates with the older flat {agentId, …} shape.
func (s *Server) AnswerCreateFlat(on bool) { s.Mu.Lock(); s.flatCreate = on; s.Mu.Unlock() }

// LastHeaders are the headers of the last request.
func (s *Server) LastHeaders() http.Header {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return s.lastHeaders.Clone()
}

// Error is Trillet's documented error body.
func Error(code, msg string) string {
	b, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": msg}})
	return string(b)
}

// RateLimited is Trillet's 429 body, with the time the limit resets.
func RateLimited(resetAt time.Time) string {
	b, _ := json.Marshal(map[string]any{"error": map[string]string{
		"code": "rate_limit_exceeded", "message": "Rate limit exceeded. Please try again in 60 seconds.",
		"reset_at": resetAt.UTC().Format(time.RFC3339),
	}})
	return string(b)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Mu.Lock()
	s.lastHeaders = r.Header.Clone()
	s.Mu.Unlock()
	s.Serve(w, r, s.handle)
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body) // read first, so a hung handler sees the client leave
	switch {
	case r.Header.Get("x-api-key") != s.Key:
		fakeapi.WriteJSON(w, http.StatusUnauthorized, Error("unauthorized", "Invalid or missing API key"))
		return
	case r.Header.Get("x-workspace-id") != Workspace:
		fakeapi.WriteJSON(w, http.StatusForbidden, Error("forbidden", "The API key has no access to this workspace"))
		return
	}
	const prefix = "/v1/api/agents"
	if r.URL.Path != prefix && !strings.HasPrefix(r.URL.Path, prefix+"/") {
		fakeapi.WriteJSON(w, http.StatusNotFound, Error("not_found", "Route not found"))
		return
	}
	id := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, prefix), "/")
	if r.Method == http.MethodPost || r.Method == http.MethodPut || r.Method == http.MethodPatch {
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			fakeapi.WriteJSON(w, http.StatusBadRequest, Error("invalid_request", "Content-Type must be application/json"))
			return
		}
		s.KeepBody(r.Method, body)
	}
	s.Mu.Lock()
	patchOK := s.allowPatch
	s.Mu.Unlock()
	switch {
	case id == "" && r.Method == http.MethodPost:
		s.create(w, body)
	case id == "" && r.Method == http.MethodGet:
		s.list(w)
	case id != "" && r.Method == http.MethodGet:
		s.get(w, id)
	case id != "" && (r.Method == http.MethodPut || (r.Method == http.MethodPatch && patchOK)):
		s.update(w, id, body)
	default:
		fakeapi.WriteJSON(w, http.StatusNotFound, Error("not_found", "Route not found"))
	}
}

func (s *Server) create(w http.ResponseWriter, body []byte) {
	obj, msg := parseBody(body, true)
	if msg == "" && s.refusesUnknown() {
		msg = unknownKey(obj)
	}
	if msg != "" {
		fakeapi.WriteJSON(w, http.StatusBadRequest, Error("invalid_request", msg))
		return
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	id := s.Agents.NewID("6650f1a2b3c4d5e6f7a8%04d")
	doc := map[string]any{
		"_id": id, "workspaceId": Workspace, "userId": "user_test", "status": "pending", "currentNode": "start",
		"activeSessions": []any{}, "smartCallback": false, "maxAttemptsForSmartCallback": json.Number("5"),
		// Creation times follow the real clock, as a provider's do: a push
		// recovering from an unclear create compares them with its own.
		"createdAt": time.Now().UTC().Format("2006-01-02T15:04:05.000Z"), "updatedAt": s.stamp(), "__v": json.Number("0"),
	}
	apply(doc, obj)
	s.Agents.Add(id, doc)
	if s.flatCreate {
		out, _ := json.Marshal(map[string]any{"agentId": id, "workspaceId": Workspace, "userId": "user_test", "llmModel": obj[keyLLM]})
		fakeapi.WriteJSON(w, http.StatusCreated, string(out))
		return
	}
	out := fakeapi.Marshal(doc)
	fakeapi.WriteJSON(w, http.StatusCreated, string(out))
}

func (s *Server) update(w http.ResponseWriter, id string, body []byte) {
	obj, msg := parseBody(body, false)
	if msg == "" && s.refusesUnknown() {
		msg = unknownKey(obj)
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	doc, ok := s.Agents.Get(id)
	switch {
	case !ok:
		fakeapi.WriteJSON(w, http.StatusNotFound, Error("not_found", "Agent not found"))
		return
	case msg != "":
		fakeapi.WriteJSON(w, http.StatusBadRequest, Error("invalid_request", msg))
		return
	}
	apply(doc, obj) // the update page's examples send only what changes
	n, _ := jsondoc.Integer(doc["__v"])
	doc["__v"] = json.Number(fmt.Sprint(n + 1))
	doc["updatedAt"] = s.stamp()
	out := fakeapi.Marshal(doc)
	fakeapi.WriteJSON(w, http.StatusOK, string(out))
}

// apply stores obj's keys; the own-ElevenLabs key is kept encrypted, as
// Trillet returns it.
func apply(doc, obj map[string]any) {
	for k, v := range obj {
		doc[k] = v
	}
	if tts, ok := doc[keyTTS].(map[string]any); ok {
		if s, _ := tts[keyVendorKey].(string); s != "" && !strings.HasPrefix(s, "enc:") {
			tts[keyVendorKey] = "enc:" + base64.StdEncoding.EncodeToString([]byte(s))
		}
	}
}

func (s *Server) get(w http.ResponseWriter, id string) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	doc, ok := s.Agents.Get(id)
	if !ok {
		fakeapi.WriteJSON(w, http.StatusNotFound, Error("not_found", "Agent not found"))
		return
	}
	out := fakeapi.Marshal(doc)
	fakeapi.WriteJSON(w, http.StatusOK, string(out))
}

func (s *Server) list(w http.ResponseWriter) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	out := fakeapi.Marshal(s.Agents.All())
	fakeapi.WriteJSON(w, http.StatusOK, string(out))
}

func (s *Server) stamp() string {
	s.now = s.now.Add(time.Second)
	return s.now.Format("2006-01-02T15:04:05.000Z")
}

func (s *Server) refusesUnknown() bool { s.Mu.Lock(); defer s.Mu.Unlock(); return s.strict }
