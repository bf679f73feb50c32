package elevenlabstest

import (
	"net/http"
	"strconv"
	"strings"
)

// VoicesPath is where the fake lists voices, beside Prefix as ElevenLabs
// does (https://api.elevenlabs.io/v2/voices).
const VoicesPath = "/v2/voices"

// lists is what the list routes answer, each in ElevenLabs' documented
// shape (reference/elevenlabs-openapi.json, 2026-08).
type lists struct {
	voices, phoneNumbers, tools, documents, webhooks, secrets []map[string]any
}

func defaultLists() lists {
	return lists{
		voices: []map[string]any{
			Voice("21m00Tcm4TlvDq8ikWAM", "Rachel", map[string]string{"language": "en", "accent": "american", "gender": "female"}),
			Voice("JBFqnCBsd6RMkjVDRZzb", "George", map[string]string{"language": "en", "accent": "british", "gender": "male"}),
		},
		phoneNumbers: []map[string]any{PhoneNumber("phnum_1", "+14155550100", "Front desk")},
		tools:        []map[string]any{Tool("tool_1", "check_slot", "webhook")},
		documents:    []map[string]any{Document("doc_1", "Opening hours", "url")},
		webhooks:     []map[string]any{Webhook("wh_1", "Call summaries", "https://hooks.example.com/calls")},
		secrets:      []map[string]any{Secret("sec_1", "LLM server key")},
	}
}

// Voice is a voice as GET /v2/voices lists it (VoiceResponseModel).
func Voice(id, name string, labels map[string]string) map[string]any {
	return map[string]any{
		"voice_id": id, "name": name, "category": "premade", "labels": labels,
		"description": nil, "preview_url": "https://example.invalid/" + id + ".mp3", "is_legacy": false,
	}
}

// PhoneNumber is a Twilio number as GET /phone-numbers lists it.
func PhoneNumber(id, number, label string) map[string]any {
	return map[string]any{
		"phone_number_id": id, "phone_number": number, "label": label, "provider": "twilio",
		"supports_inbound": true, "supports_outbound": true, "assigned_agent": nil,
	}
}

// Tool is a saved tool as GET /tools lists it (ToolResponseModel).
func Tool(id, name, kind string) map[string]any {
	return map[string]any{
		"id": id, "tool_config": map[string]any{"type": kind, "name": name, "description": "Saved tool " + name},
		"access_info": map[string]any{"is_creator": true, "creator_name": "Test", "creator_email": "test@example.invalid", "role": "admin"},
		"usage_stats": map[string]any{"avg_latency_secs": 0},
	}
}

// Document is a knowledge-base document as GET /knowledge-base lists it.
func Document(id, name, kind string) map[string]any {
	d := map[string]any{
		"id": id, "name": name, "type": kind, "supported_usages": []string{"prompt", "auto"},
		"metadata":    map[string]any{"created_at_unix_secs": 1, "last_updated_at_unix_secs": 1, "size_bytes": 10},
		"access_info": map[string]any{"is_creator": true, "role": "admin"}, "dependent_agents": []any{},
	}
	if kind == "url" {
		d["url"] = "https://example.invalid/" + id
	}
	return d
}

// SetVoices sets the voices GET /v2/voices lists.
func (s *Server) SetVoices(v ...map[string]any) { s.setList(&s.lists.voices, v) }

// SetPhoneNumbers sets the numbers GET /phone-numbers lists.
func (s *Server) SetPhoneNumbers(v ...map[string]any) { s.setList(&s.lists.phoneNumbers, v) }

// SetTools sets the tools GET /tools lists.
func (s *Server) SetTools(v ...map[string]any) { s.setList(&s.lists.tools, v) }

// SetDocuments sets the documents GET /knowledge-base lists.
func (s *Server) SetDocuments(v ...map[string]any) { s.setList(&s.lists.documents, v) }

func (s *Server) setList(l *[]map[string]any, v []map[string]any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	*l = v
}

// voices pages with next_page_token (default 10 a page, at most 100),
// searches names, descriptions and labels and looks up voice_ids, as
// GET /v2/voices does.
func (s *Server) voices(r *http.Request, _ []byte) (int, any) {
	q := r.URL.Query()
	s.Mu.Lock()
	all := s.lists.voices
	s.Mu.Unlock()
	if ids := q["voice_ids"]; len(ids) > 0 {
		var found []map[string]any
		for _, v := range all {
			for _, id := range ids {
				if v["voice_id"] == id {
					found = append(found, v)
				}
			}
		}
		all = found
	}
	if term := strings.ToLower(q.Get("search")); term != "" {
		var found []map[string]any
		for _, v := range all {
			if strings.Contains(strings.ToLower(mustJSON([]any{v["name"], v["description"], v["labels"]})), term) {
				found = append(found, v)
			}
		}
		all = found
	}
	page, next, status, bad := pageOf(all, q.Get("page_size"), 10, q.Get("next_page_token"))
	if bad != nil {
		return status, bad
	}
	return http.StatusOK, map[string]any{"voices": page, "has_more": next != nil, "next_page_token": next, "total_count": len(all)}
}

// phoneNumbers answers every number at once: the route does not page.
func (s *Server) phoneNumbers(*http.Request, []byte) (int, any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return http.StatusOK, append([]map[string]any{}, s.lists.phoneNumbers...)
}

func (s *Server) tools(r *http.Request, _ []byte) (int, any) {
	return s.cursorPage(r, &s.lists.tools, "tools")
}

func (s *Server) documents(r *http.Request, _ []byte) (int, any) {
	return s.cursorPage(r, &s.lists.documents, "documents")
}

// cursorPage answers {key: […], next_cursor, has_more}, 30 a page unless
// page_size (at most 100) says otherwise.
func (s *Server) cursorPage(r *http.Request, l *[]map[string]any, key string) (int, any) {
	q := r.URL.Query()
	s.Mu.Lock()
	all := *l
	s.Mu.Unlock()
	page, next, status, bad := pageOf(all, q.Get("page_size"), 30, q.Get("cursor"))
	if bad != nil {
		return status, bad
	}
	return http.StatusOK, map[string]any{key: page, "next_cursor": next, "has_more": next != nil}
}

// pageOf cuts one page from all; the token of the next page is "p_" and
// the index it starts at, nil on the last page.
func pageOf(all []map[string]any, sizeParam string, size int, token string) (page []map[string]any, next *string, status int, bad any) {
	if sizeParam != "" {
		n, err := strconv.Atoi(sizeParam)
		if err != nil || n < 1 || n > 100 {
			return nil, nil, http.StatusUnprocessableEntity, validationBody([]Violation{{
				Loc: []any{"query", "page_size"}, Msg: "Input should be less than or equal to 100", Type: "less_than_equal",
			}})
		}
		size = n
	}
	start := 0
	if token != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(token, "p_"))
		if err != nil || !strings.HasPrefix(token, "p_") || n < 0 {
			return nil, nil, http.StatusBadRequest, map[string]any{"detail": map[string]any{"status": "invalid_cursor", "message": "Invalid cursor"}}
		}
		start = n
	}
	end := min(start+size, len(all))
	page = append([]map[string]any{}, all[min(start, len(all)):end]...)
	if end < len(all) {
		t := "p_" + strconv.Itoa(end)
		next = &t
	}
	return page, next, 0, nil
}
