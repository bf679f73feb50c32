package elevenlabstest

// Saving a workspace secret (POST /v1/convai/secrets,
// PostWorkspaceSecretRequest → PostWorkspaceSecretResponseModel in
// reference/elevenlabs-openapi.json). The value is kept only in the fake,
// for tests to check what reached ElevenLabs; GET /secrets never shows it.

import (
	"net/http"
	"strconv"
)

// SecretBodySchema is the schema a create-secret body is held to.
const SecretBodySchema = "PostWorkspaceSecretRequest"

func (s *Server) createSecret(r *http.Request, body []byte) (int, any) {
	doc, status, resp := s.checkBody(r, body, SecretBodySchema)
	if doc == nil {
		return status, resp
	}
	name, _ := doc["name"].(string)
	value, _ := doc["value"].(string)
	// The schema's required fields, checked even without a spec.
	if doc["type"] != "new" || name == "" || value == "" || len(doc) != 3 {
		v := Violation{Loc: []any{"body"}, Msg: "a secret is {type: new, name, value}", Type: "value_error"}
		s.violate("%s %s: %s", r.Method, r.URL.Path, v)
		return http.StatusUnprocessableEntity, validationBody([]Violation{v})
	}
	s.Mu.Lock()
	defer s.Mu.Unlock()
	for _, sec := range s.lists.secrets {
		if sec["name"] == name {
			return http.StatusBadRequest, map[string]any{"detail": map[string]any{
				"status": "secret_name_taken", "message": "A secret named " + name + " already exists.",
			}}
		}
	}
	s.seq++
	id := "sec_saved_" + strconv.Itoa(s.seq)
	s.lists.secrets = append(s.lists.secrets, Secret(id, name))
	if s.secretValues == nil {
		s.secretValues = map[string]string{}
	}
	s.secretValues[id] = value
	return http.StatusOK, map[string]any{"type": "stored", "secret_id": id, "name": name}
}

// SecretValue is the value saved under a workspace secret's id.
func (s *Server) SecretValue(id string) (string, bool) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	v, ok := s.secretValues[id]
	return v, ok
}
