package dashatest

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Voice is one voice as GET /api/v1/voice lists it.
func Voice(voiceID, name, vendor, language string) map[string]any {
	return map[string]any{
		"id": "v-" + voiceID, "voiceId": voiceID, "provider": vendor, "category": "Public",
		"name": name, "language": language,
	}
}

// listVoices answers GET /api/v1/voice with a bare array, honouring skip
// and take as the agent list does (20 when take is not given).
func (f *Fake) listVoices(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	skip, _ := strconv.Atoi(q.Get("skip"))
	take, err := strconv.Atoi(q.Get("take"))
	if err != nil || take <= 0 {
		take = 20
	}
	f.mu.Lock()
	all := f.voices
	f.mu.Unlock()
	skip = min(max(skip, 0), len(all))
	page := all[skip:min(skip+take, len(all))]
	if page == nil {
		page = []map[string]any{}
	}
	raw, _ := json.Marshal(page)
	fakeapi.WriteJSON(w, http.StatusOK, string(raw))
}
