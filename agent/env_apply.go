package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// ApplyEnv is a with an environment's values applied: its overrides set,
// its variables set, and account-scoped ids swapped for their counterparts.
// a is not changed; the result shares nothing with it.
func ApplyEnv(a Agent, v EnvValues) (Agent, error) {
	out, err := copyAgent(a)
	if err != nil {
		return Agent{}, err
	}
	if len(v.Overrides) > 0 {
		if out, err = setPaths(out, v.Overrides); err != nil {
			return Agent{}, err
		}
	}
	for _, name := range sortedKeys(v.Variables) {
		setVariable(&out, name, v.Variables[name])
	}
	MapAccountIDs(&out, func(id string) (string, bool) {
		to, ok := v.IDs[id]
		return to, ok
	})
	return out, nil
}

// setVariable sets the variable name, adding it when the agent has none.
func setVariable(a *Agent, name, value string) {
	for i := range a.Variables {
		if a.Variables[i].Name == name {
			a.Variables[i].Value = value
			return
		}
	}
	a.Variables = append(a.Variables, Variable{Name: name, Value: value})
}

// copyAgent is a deep copy of a, through its JSON form.
func copyAgent(a Agent) (Agent, error) {
	raw, err := json.Marshal(a)
	if err != nil {
		return Agent{}, err
	}
	var out Agent
	if err := json.Unmarshal(raw, &out); err != nil {
		return Agent{}, err
	}
	return out, nil
}

// setPaths sets each path of values (a path as the draft file names it,
// tools[0].url) to its value, through the agent's JSON form as Clear does.
// A secret is refused (it belongs in the credentials), and so is a path
// that names no setting or a value the setting cannot take.
func setPaths(a Agent, values map[string]string) (Agent, error) {
	raw, err := json.Marshal(a)
	if err != nil {
		return Agent{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return Agent{}, err
	}
	for _, path := range sortedKeys(values) {
		value := values[path]
		info, known := FieldInfoOf(path)
		if known && info.Kind == KindSecret || IsRef(value) || carriesSecret(path, value) {
			return Agent{}, fmt.Errorf("%s is a secret; it is kept with each person's credentials, not in the draft", Label(path))
		}
		if provider, key, ok := settingOverride(path); ok {
			// A provider's own setting goes in as its text; TypeEnvSettings
			// gives it its form where the provider's table is at hand.
			tree, _ = setPathAt(tree, []string{"settings", provider, key}, value)
			continue
		}
		if !known || info.Kind == KindItems {
			return Agent{}, fmt.Errorf("%q names no setting that can take one value", path)
		}
		next, ok := setPathAt(tree, splitPath(path), leafValue(info.Kind, value))
		if !ok {
			return Agent{}, fmt.Errorf("%s (%s) is not in this agent, so it cannot be set for an environment", Label(path), path)
		}
		tree = next
	}
	raw, err = json.Marshal(tree)
	if err != nil {
		return Agent{}, err
	}
	var out Agent
	if err := json.Unmarshal(raw, &out); err != nil {
		return Agent{}, fmt.Errorf("an environment's value does not fit its setting: %v", err)
	}
	return out, nil
}

// carriesSecret reports whether an override would put a credential into
// the draft file: a header (any may hold a key), or an address with a
// password or a key in its query.
func carriesSecret(path, value string) bool {
	if strings.Contains(StripIndices(path), "headers") {
		return true
	}
	if LooksLikeURL(value) {
		_, found := ExtractURLSecrets(value, path)
		return len(found) > 0
	}
	return false
}

// leafValue is value as the JSON form holds a setting of kind k: numbers
// and yes/no as themselves, so the agent reads them back.
func leafValue(k Kind, value string) any {
	switch k {
	case KindNumber, KindInteger:
		if _, err := strconv.ParseFloat(value, 64); err == nil {
			return json.Number(value)
		}
	case KindBool:
		if b, err := strconv.ParseBool(value); err == nil {
			return b
		}
	case KindList:
		var items []any
		for _, item := range strings.Split(value, ",") {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, item)
			}
		}
		return items
	case KindText, KindLongText, KindChoice, KindSecret, KindItems:
	}
	return value
}

// setPathAt sets the value at segs under v, making missing objects on the way;
// a list item must already be there (an index says which one).
func setPathAt(v any, segs []string, value any) (any, bool) {
	if len(segs) == 0 {
		return value, true
	}
	if v == nil {
		if _, err := strconv.Atoi(segs[0]); err == nil {
			return v, false
		}
		next, ok := setPathAt(nil, segs[1:], value)
		return map[string]any{segs[0]: next}, ok
	}
	return descend(v, segs[0], func(child any) (any, bool) { return setPathAt(child, segs[1:], value) })
}

// descend edits the child of v at seg — a key of an object, an index of a
// list — with edit, and puts what edit makes in its place when edit
// succeeds. An object's missing key gives edit nil; a list index must name
// an item.
func descend(v any, seg string, edit func(child any) (any, bool)) (any, bool) {
	switch t := v.(type) {
	case map[string]any:
		next, ok := edit(t[seg])
		if ok {
			t[seg] = next
		}
		return t, ok
	case []any:
		i, ok := listIndex(t, seg)
		if !ok {
			return v, false
		}
		next, ok := edit(t[i])
		if ok {
			t[i] = next
		}
		return t, ok
	}
	return v, false
}

// listIndex reads seg as an index of the list t: a number inside it.
func listIndex(t []any, seg string) (int, bool) {
	i, err := strconv.Atoi(seg)
	return i, err == nil && i >= 0 && i < len(t)
}

// AccountID is one id of a thing that lives in a provider account (a phone
// number, a workspace tool, a webhook), where the agent holds it.
type AccountID struct {
	Label string // in plain words: "Phone numbers", "Tools › Book › Tool id"
	ID    string
}

// AccountIDs lists the account-scoped ids the agent refers to.
func AccountIDs(a *Agent) []AccountID {
	var out []AccountID
	visitAccountIDs(a, func(label string, id *string) {
		out = append(out, AccountID{Label: label, ID: *id})
	})
	return out
}

// MapAccountIDs swaps each account-scoped id for counterpart(id) where it
// has one.
func MapAccountIDs(a *Agent, counterpart func(id string) (string, bool)) {
	visitAccountIDs(a, func(_ string, id *string) {
		if to, ok := counterpart(*id); ok && to != "" {
			*id = to
		}
	})
	// A provider's own settings name account things by id too (ElevenLabs'
	// workspace tools and documents): an exact id with a counterpart is
	// swapped wherever it stands. The maps are rebuilt, never written in
	// place, as agents are copied by value.
	a.Settings = mapSettingsIDs(a.Settings, counterpart)
}

// visitAccountIDs calls f with each non-empty account-scoped id of a.
func visitAccountIDs(a *Agent, f func(label string, id *string)) {
	visit := func(path string, id *string) {
		if *id != "" {
			f(LabelIn(a, path), id)
		}
	}
	for i := range a.Telephony.PhoneNumberIDs {
		visit("telephony.phone_number_ids", &a.Telephony.PhoneNumberIDs[i])
	}
	for i := range a.Telephony.SIPTrunkIDs {
		visit("telephony.sip_trunk_ids", &a.Telephony.SIPTrunkIDs[i])
	}
	for i := range a.Tools {
		visit(fmt.Sprintf("tools[%d].remote_id", i), &a.Tools[i].RemoteID)
	}
	for i := range a.MCP {
		visit(fmt.Sprintf("mcp[%d].remote_id", i), &a.MCP[i].RemoteID)
	}
	visit("webhooks.pre_call.id", &a.Webhooks.PreCall.ID)
	visit("webhooks.post_call.id", &a.Webhooks.PostCall.ID)
}

// mapSettingsIDs is settings with every id that has a counterpart swapped.
func mapSettingsIDs(settings Settings, counterpart func(id string) (string, bool)) Settings {
	if len(settings) == 0 {
		return settings
	}
	out := make(Settings, len(settings))
	for p, kv := range settings {
		m, _ := mapSettingIDs(kv, counterpart).(map[string]any)
		out[p] = m
	}
	return out
}

// mapSettingIDs returns v with every text equal to an id with a
// counterpart swapped for it, copying maps and lists on the way.
func mapSettingIDs(v any, counterpart func(id string) (string, bool)) any {
	switch x := v.(type) {
	case string:
		if to, ok := counterpart(x); ok && to != "" {
			return to
		}
		return x
	case []string:
		out := make([]string, len(x))
		for i, e := range x {
			out[i], _ = mapSettingIDs(e, counterpart).(string)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = mapSettingIDs(e, counterpart)
		}
		return out
	case []map[string]any:
		out := make([]map[string]any, len(x))
		for i, e := range x {
			out[i], _ = mapSettingIDs(e, counterpart).(map[string]any)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = mapSettingIDs(e, counterpart)
		}
		return out
	default:
		return v
	}
}
