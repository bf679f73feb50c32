// Package novatest is an in-process fake of Nova's agent API for tests of
// the nova client, the command line and the UI. It checks method, path, auth
// headers, content type and bodies against seeds 000 and 001, keeps agents
// in memory, answers as the real API does (AgentResponse, paged lists, error
// bodies), and misbehaves on demand (see Fault).
package novatest

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Org is the organization the fake serves; other org ids get a 404.
const Org = "org_test"

// Server is the fake. Its zero value is not usable; call New.
type Server struct {
	// Server has BaseURL (the org path follows it), the key, the traffic
	// and the agents.
	fakeapi.Server

	bearer   bool
	arrays   bool
	pageSize int
	voices   map[string][]map[string]any // by voice vendor
}

// Fault is a misbehaviour for one request: an answer instead of the work
// (its Body made with Detail), or a dropped or hung connection before or
// after it.
type Fault = fakeapi.Fault

// New starts a fake that accepts key, stopped when the test ends.
func New(tb testing.TB, key string) *Server {
	tb.Helper()
	s := &Server{pageSize: 100, voices: defaultVoices()}
	s.Listen(tb, s, key, "/api")
	return s
}

// ExpectBearer makes the fake want "Authorization: Bearer <key>" (older
// Nova docs) instead of X-API-Key (the seed).
func (s *Server) ExpectBearer(on bool) { s.Mu.Lock(); s.bearer = on; s.Mu.Unlock() }

// AnswerWithArrays makes every settings object in answers the seed's
// integer-array placeholder, as Nova's docs show them.
func (s *Server) AnswerWithArrays(on bool) { s.Mu.Lock(); s.arrays = on; s.Mu.Unlock() }

// SetPageSize caps the page size of lists.
func (s *Server) SetPageSize(n int) { s.Mu.Lock(); s.pageSize = n; s.Mu.Unlock() }

// Detail is an error body as the fake sends it: {"detail": msg}.
func Detail(msg string) string {
	b, _ := json.Marshal(map[string]string{"detail": msg})
	return string(b)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Serve(w, r, s.handle)
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body) // read first, so a hung handler sees the client leave
	if !s.authorized(r) {
		fakeapi.WriteJSON(w, http.StatusUnauthorized, Detail("Invalid or missing API key"))
		return
	}
	prefix := "/api/org/" + Org + "/agents"
	if r.URL.Path == "/api/org/"+Org+"/voices" && r.Method == http.MethodGet {
		s.listVoices(w, r)
		return
	}
	switch {
	case !strings.HasPrefix(r.URL.Path, "/api/org/"):
		fakeapi.WriteJSON(w, http.StatusNotFound, Detail("Not Found"))
		return
	case !strings.HasPrefix(r.URL.Path, prefix):
		fakeapi.WriteJSON(w, http.StatusNotFound, Detail("Organization not found"))
		return
	}
	id := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, prefix), "/")
	if r.Method == http.MethodPost || r.Method == http.MethodPatch {
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			fakeapi.WriteJSON(w, http.StatusUnsupportedMediaType, Detail("Content-Type must be application/json"))
			return
		}
		s.KeepBody(r.Method, body)
	}
	switch {
	case id == "" && r.Method == http.MethodPost:
		s.create(w, body)
	case id == "" && r.Method == http.MethodGet:
		s.list(w, r)
	case id != "" && r.Method == http.MethodGet:
		s.get(w, id)
	case id != "" && r.Method == http.MethodPatch:
		s.patch(w, id, body)
	default:
		fakeapi.WriteJSON(w, http.StatusMethodNotAllowed, Detail("Method Not Allowed"))
	}
}

func (s *Server) authorized(r *http.Request) bool {
	s.Mu.Lock()
	bearer := s.bearer
	s.Mu.Unlock()
	if bearer {
		return r.Header.Get("Authorization") == "Bearer "+s.Key && r.Header.Get("X-API-Key") == ""
	}
	return r.Header.Get("X-API-Key") == s.Key && r.Header.Get("Authorization") == ""
}

func (s *Server) create(w http.ResponseWriter, body []byte) {
	obj, problems := parseBody(body)
	if problems == nil {
		problems = checkCreate(obj)
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if src, ok := obj[keyCopyFrom].(string); ok && problems == nil {
		if _, exists := s.Agents.Get(src); !exists {
			problems = []problem{{[]string{keyCopyFrom}, "agent to copy from was not found"}}
		}
	}
	if problems != nil {
		fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, problemBody(problems))
		return
	}
	id := s.Agents.NewID("agt_%04d")
	doc := map[string]any{}
	if src, ok := obj[keyCopyFrom].(string); ok {
		from, _ := s.Agents.Get(src)
		for k, v := range from {
			doc[k] = v
		}
	}
	for _, k := range []string{keyName, keyType, keyPrompt} {
		if v, ok := obj[k]; ok {
			doc[k] = v
		}
	}
	// Creation times follow the real clock, as a provider's do: a push
	// recovering from an unclear create compares them with its own.
	doc["created_at"] = time.Now().UTC().Format(time.RFC3339)
	doc["updated_at"] = stamp(len(s.Calls()))
	s.Agents.Add(id, doc)
	fakeapi.WriteJSON(w, http.StatusCreated, s.response(id))
}

func (s *Server) patch(w http.ResponseWriter, id string, body []byte) {
	obj, problems := parseBody(body)
	if problems == nil {
		problems = checkPatch(obj)
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	doc, ok := s.Agents.Get(id)
	switch {
	case !ok:
		fakeapi.WriteJSON(w, http.StatusNotFound, Detail("Agent not found"))
		return
	case problems != nil:
		fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, problemBody(problems))
		return
	}
	for k, v := range obj { // a partial update: each key sent replaces the stored one
		doc[k] = v
	}
	doc["updated_at"] = stamp(len(s.Calls()))
	fakeapi.WriteJSON(w, http.StatusOK, s.response(id))
}

func (s *Server) get(w http.ResponseWriter, id string) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if _, ok := s.Agents.Get(id); !ok {
		fakeapi.WriteJSON(w, http.StatusNotFound, Detail("Agent not found"))
		return
	}
	fakeapi.WriteJSON(w, http.StatusOK, s.response(id))
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	size, _ := strconv.Atoi(r.URL.Query().Get("size"))
	s.Mu.Lock()
	defer s.Mu.Unlock()
	if page < 1 {
		page = 1
	}
	if size < 1 || size > s.pageSize {
		size = s.pageSize
	}
	data := []any{}
	for _, id := range s.Agents.Page((page-1)*size, size) {
		d, _ := s.Agents.Get(id)
		data = append(data, map[string]any{
			"id": id, "name": d[keyName], "type": d[keyType],
			"created_at": d["created_at"], "updated_at": d["updated_at"],
		})
	}
	pages := (s.Agents.Len() + size - 1) / size
	out, _ := json.Marshal(map[string]any{"data": data, "meta": map[string]int{"page": page, "size": size, "total": s.Agents.Len(), "total_pages": pages}})
	fakeapi.WriteJSON(w, http.StatusOK, string(out))
}

// response renders an AgentResponse (seed 000): the stored agent plus the
// response-only fields, settings objects as objects or null, or as the
// seed's integer-array placeholder.
func (s *Server) response(id string) string {
	out := map[string]any{"id": id, "organization_id": Org, "public_quota": json.Number("100"), "tools": []any{}}
	stored, _ := s.Agents.Get(id)
	for k, v := range stored {
		out[k] = v
	}
	for _, k := range configKeys {
		switch _, set := out[k]; {
		case s.arrays:
			out[k] = []any{json.Number("123")}
		case !set:
			out[k] = nil
		}
	}
	return string(fakeapi.Marshal(out))
}

func stamp(n int) string {
	return time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Second).Format(time.RFC3339)
}
