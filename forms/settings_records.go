package forms

import (
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// A field of a record of a list setting is reached by steps: "[2].name" is
// record 2's name; "[2].headers[0].key" is the key of the first record of
// the list inside record 2 (a transfer's SIP headers). Values are copied
// on the way back up, as agent.Settings are never written in place.

// recordStep is one step into a list of records: its index, then a field.
type recordStep struct {
	index int
	field string
}

// recordSteps splits "[2].a[0].b" into (2, a), (0, b).
func recordSteps(rest string) ([]recordStep, bool) {
	var out []recordStep
	for rest != "" {
		end := strings.Index(rest, "]")
		if !strings.HasPrefix(rest, "[") || end < 0 {
			return nil, false
		}
		i, err := strconv.Atoi(rest[1:end])
		tail, ok := strings.CutPrefix(rest[end+1:], ".")
		if err != nil || !ok || i < 0 {
			return nil, false
		}
		field := tail
		if next := strings.IndexByte(tail, '['); next >= 0 {
			field, tail = tail[:next], tail[next:]
		} else {
			tail = ""
		}
		if field == "" {
			return nil, false
		}
		out = append(out, recordStep{i, field})
		rest = tail
	}
	return out, len(out) > 0
}

// valueAt reads the value steps lead to in v, nil when there is none.
func valueAt(v any, steps []recordStep) any {
	for _, st := range steps {
		recs, _ := agent.SettingRecords(v)
		if st.index >= len(recs) {
			return nil
		}
		v = recs[st.index][st.field]
	}
	return v
}

// withValueAt returns v with the value at steps set to x (nil removes
// it); ok is false when a record on the way is missing.
func withValueAt(v any, steps []recordStep, x any) (any, bool) {
	recs, _ := agent.SettingRecords(v)
	st := steps[0]
	if st.index >= len(recs) {
		return nil, false
	}
	inner := x
	if len(steps) > 1 {
		var ok bool
		if inner, ok = withValueAt(recs[st.index][st.field], steps[1:], x); !ok {
			return nil, false
		}
	}
	out := make([]map[string]any, len(recs))
	copy(out, recs)
	rec := make(map[string]any, len(recs[st.index])+1)
	for k, e := range recs[st.index] {
		rec[k] = e
	}
	if inner == nil {
		delete(rec, st.field)
	} else {
		rec[st.field] = inner
	}
	out[st.index] = rec
	return out, true
}

// hasSecretValue reports whether list is a provider's list setting whose
// records are a name with a plain value and a secret one, as headers are:
// its form then sends a value typed for a name like a key to the
// credentials, and a typed secret clears the plain value (headerExtras).
func hasSecretValue(caps agent.Capabilities, list string) bool {
	if !strings.HasPrefix(list, agent.SettingsPrefix) {
		return false
	}
	s, ok := caps.Setting(list)
	if !ok {
		return false
	}
	kinds := map[string]agent.Kind{}
	for _, f := range s.Items {
		kinds[f.Key] = f.Kind
	}
	_, named := kinds["name"]
	_, valued := kinds["value"]
	return named && valued && kinds["secret"] == agent.KindSecret
}
