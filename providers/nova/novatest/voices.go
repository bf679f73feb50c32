package novatest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// voiceVendors are the vendors GET /voices knows (voice_list_params.py of
// Nova's SDK); provider is required and must be one of them.
func voiceVendors() []string {
	return []string{"elevenlabs", "cartesia", "openai", "cambai", "sarvam", "inworld", "minimax"}
}

// cursorVendor pages with a next_page token; the others with page numbers.
func cursorVendor(v string) bool { return v == "elevenlabs" || v == "cartesia" }

func defaultVoices() map[string][]map[string]any {
	return map[string][]map[string]any{
		"elevenlabs": {Voice("el_rachel", "Rachel", "elevenlabs", "en", "american", "female")},
		"cartesia":   {Voice("ca_sonic_anna", "Anna", "cartesia", "de", "", "female")},
		"openai":     {Voice("alloy", "Alloy", "openai", "", "", "neutral")},
	}
}

// Voice is one voice as GET /voices lists it (voice_list_response.py).
func Voice(id, name, vendor, language, accent, gender string) map[string]any {
	return map[string]any{
		"id": id, "name": name, "provider": vendor, "model": nil, "language": language,
		"gender": gender, "accent": accent, "age": nil, "category": "premade", "description": nil,
		"preview_url": "https://example.invalid/" + id + ".mp3", "use_case": nil,
	}
}

// SetVoices sets the voices GET /voices lists for one vendor.
func (s *Server) SetVoices(vendor string, voices ...map[string]any) {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	s.voices[vendor] = voices
}

// listVoices answers GET /voices?provider=…&page&size&next_page: 50 a page
// unless size (at most 100) says otherwise; cartesia and elevenlabs page
// with the next_page token, the others with page numbers.
func (s *Server) listVoices(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	vendor := q.Get("provider")
	if !slices.Contains(voiceVendors(), vendor) {
		fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, problemBody([]problem{{[]string{"provider"}, "must be one of " + strings.Join(voiceVendors(), ", ")}}))
		return
	}
	size := 50
	if v := q.Get("size"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			fakeapi.WriteJSON(w, http.StatusUnprocessableEntity, problemBody([]problem{{[]string{"size"}, "must be from 1 to 100"}}))
			return
		}
		size = n
	}
	page := 1
	if v := q.Get("page"); v != "" {
		page, _ = strconv.Atoi(v)
	}
	start := (max(page, 1) - 1) * size
	if t := q.Get("next_page"); t != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(t, "np_"))
		if err != nil || !cursorVendor(vendor) {
			fakeapi.WriteJSON(w, http.StatusBadRequest, Detail("Invalid next_page"))
			return
		}
		start = n
	}
	s.Mu.Lock()
	all := s.voices[vendor]
	s.Mu.Unlock()
	end := min(start+size, len(all))
	voices := append([]map[string]any{}, all[min(start, len(all)):end]...)
	meta := map[string]any{
		"page": page, "size": size, "total": len(all), "total_pages": (len(all) + size - 1) / size,
		"has_more": end < len(all), "next_page": nil,
	}
	if cursorVendor(vendor) && end < len(all) {
		meta["next_page"] = "np_" + strconv.Itoa(end)
	}
	out, _ := json.Marshal(map[string]any{"meta": meta, "voices": voices})
	fakeapi.WriteJSON(w, http.StatusOK, string(out))
}
