package dashatest

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Dropping answers a create or update as Dasha would, except that the
// setting at each dotted path ("config.features.ivrDetection.ivrNavigation")
// is not kept: the way a provider silently drops a setting it does not
// take, which the push's read-back must report.
func (f *Fake) Dropping(paths ...string) Fault {
	return func(w http.ResponseWriter, r *http.Request, _ func()) {
		op, id := route(r)
		f.mu.Lock()
		sent := f.bodies[op]
		body := sent[len(sent)-1]
		f.mu.Unlock()
		var doc map[string]any
		if err := json.Unmarshal(body, &doc); err != nil {
			Problem(w, http.StatusBadRequest, "Bad Request", "not JSON", nil)
			return
		}
		for _, p := range paths {
			keys := strings.Split(p, ".")
			o := doc
			for _, k := range keys[:len(keys)-1] {
				o, _ = o[k].(map[string]any)
			}
			delete(o, keys[len(keys)-1])
		}
		kept, _ := json.Marshal(doc)
		stored := f.store(op, id, kept)
		f.mu.Lock()
		raw := f.answer(stored)
		f.mu.Unlock()
		fakeapi.WriteJSON(w, http.StatusOK, string(raw))
	}
}
