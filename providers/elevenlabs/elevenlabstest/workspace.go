package elevenlabstest

// The workspace's webhooks (GET /v1/workspace/webhooks, beside the agents
// API rather than under it) and one knowledge-base document by id
// (GET /v1/convai/knowledge-base/{documentation_id}), in the shapes of
// reference/elevenlabs-openapi.json (WorkspaceWebhookListResponseModel,
// GetKnowledgeBase*ResponseModel).

import (
	"net/http"
)

// WebhooksPath is where the fake lists the workspace's webhooks, under
// the gateway.
const WebhooksPath = "/v1/workspace/webhooks"

// Webhook is a workspace webhook as GET /v1/workspace/webhooks lists it.
func Webhook(id, name, url string) map[string]any {
	return map[string]any{
		"webhook_id": id, "name": name, "webhook_url": url, "is_disabled": false, "is_auto_disabled": false,
		"created_at_unix": 1, "auth_type": "hmac",
	}
}

// SetWebhooks sets the webhooks GET /v1/workspace/webhooks lists.
func (s *Server) SetWebhooks(v ...map[string]any) { s.setList(&s.lists.webhooks, v) }

// webhooks answers every webhook at once: the route has no paging.
func (s *Server) webhooks(_ *http.Request, _ []byte) (int, any) {
	s.Mu.Lock()
	all := s.lists.webhooks
	s.Mu.Unlock()
	if all == nil {
		all = []map[string]any{}
	}
	return http.StatusOK, map[string]any{"webhooks": all}
}

// document answers one knowledge-base document of the list by its id.
func (s *Server) document(r *http.Request, _ []byte) (int, any) {
	id := r.PathValue("id")
	s.Mu.Lock()
	defer s.Mu.Unlock()
	for _, d := range s.lists.documents {
		if d["id"] == id {
			return http.StatusOK, d
		}
	}
	return http.StatusNotFound, map[string]any{"detail": map[string]any{
		"status": "document_not_found", "message": "Document with id " + id + " was not found.",
	}}
}

// Secret is a workspace secret as GET /secrets lists it
// (ConvAIWorkspaceStoredSecretConfig): its name and id, never its value.
func Secret(id, name string) map[string]any {
	return map[string]any{"type": "stored", "secret_id": id, "name": name, "used_by": map[string]any{
		"tools": []any{}, "agents": []any{}, "others": []any{}, "phone_numbers": []any{},
	}}
}

// SetSecrets sets the secrets GET /secrets lists.
func (s *Server) SetSecrets(v ...map[string]any) { s.setList(&s.lists.secrets, v) }

// secrets pages with cursor and next_cursor, as GET /secrets does; it
// sends no has_more: a next cursor is the sign of another page.
func (s *Server) secrets(r *http.Request, _ []byte) (int, any) {
	status, body := s.cursorPage(r, &s.lists.secrets, "secrets")
	if m, ok := body.(map[string]any); ok && status == http.StatusOK {
		delete(m, "has_more")
	}
	return status, body
}
