package dashatest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// storedAgent keeps an agent's top-level fields in order, each as the raw
// JSON it arrived as, so nested key order and number text come back exactly
// as sent — as Dasha's own JSON does.
type storedAgent struct {
	keys []string
	vals map[string]json.RawMessage
}

func (a *storedAgent) set(k string, v any) {
	raw, _ := json.Marshal(v)
	if _, ok := a.vals[k]; !ok {
		a.keys = append(a.keys, k)
	}
	a.vals[k] = raw
}

func (a *storedAgent) id() string {
	var id string
	_ = json.Unmarshal(a.vals["agentId"], &id)
	return id
}

func (a *storedAgent) marshal() []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range a.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(k)
		b.Write(key)
		b.WriteByte(':')
		b.Write(a.vals[k])
	}
	b.WriteByte('}')
	return b.Bytes()
}

// store creates or replaces an agent: the request's fields in their order,
// plus the response-only fields Dasha adds.
func (f *Fake) store(op, id string, body []byte) *storedAgent {
	a := &storedAgent{vals: map[string]json.RawMessage{}}
	dec := json.NewDecoder(bytes.NewReader(body))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		f.tb.Errorf("dashatest: store of a body that is not an object")
		return a
	}
	for dec.More() {
		kt, _ := dec.Token()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			f.tb.Errorf("dashatest: store: %v", err)
			return a
		}
		k, _ := kt.(string)
		if _, dup := a.vals[k]; !dup {
			a.keys = append(a.keys, k)
		}
		a.vals[k] = raw
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	const now = "2026-05-01T10:00:00Z"
	// Creation times follow the real clock, as a provider's do: a push
	// recovering from an unclear create compares them with its own.
	created := json.RawMessage(`"` + time.Now().UTC().Format(time.RFC3339) + `"`)
	if op == "create" {
		id = f.agents.NewID("agt_%04d")
	} else {
		if old, ok := f.agents.Get(id); ok {
			created = old.vals["createdTime"]
			f.agents.Remove(id)
		}
	}
	a.set("agentId", id)
	a.set("orgId", "org_test")
	a.vals["createdTime"], a.keys = created, append(a.keys, "createdTime")
	a.set("lastUpdateTime", now)
	var in struct {
		PhoneNumber any `json:"phoneNumber"`
	}
	_ = json.Unmarshal(a.vals["inboundSipConfig"], &in)
	a.set("inboundSipConfig", map[string]any{"id": "isc_" + id, "phoneNumber": in.PhoneNumber, "sipUri": "sip:" + id + "@sip.example", "sipTrunkUri": nil})
	if _, ok := a.vals["schedule"]; !ok {
		a.set("schedule", nil)
	}
	f.agents.Add(id, a)
	return a
}

func (f *Fake) list(w http.ResponseWriter, r *http.Request) {
	skip, _ := strconv.Atoi(r.URL.Query().Get("skip"))
	take, err := strconv.Atoi(r.URL.Query().Get("take"))
	if err != nil || take <= 0 {
		take = 20
	}
	f.mu.Lock()
	mode := f.listMode
	var items [][]byte
	for i, a := range f.agents.All() {
		if mode == "all-at-once" || i >= skip && i < skip+take {
			items = append(items, f.answer(a))
		}
	}
	total := f.agents.Len()
	f.mu.Unlock()
	arr := []byte("[" + string(bytes.Join(items, []byte(","))) + "]")
	if mode == "paged" {
		arr = []byte(`{"items":` + string(arr) + `,"total":` + strconv.Itoa(total) + `}`)
	}
	fakeapi.WriteJSON(w, http.StatusOK, string(arr))
}
