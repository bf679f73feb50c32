package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// MissingIDsError is a promote refused because things the agent refers to
// in one account (phone numbers, workspace tools, webhooks) have no
// counterpart named for the target environment.
type MissingIDsError struct {
	To      string
	Missing []AccountID
}

func (e *MissingIDsError) Error() string {
	parts := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		parts[i] = fmt.Sprintf("%s %s", m.Label, m.ID)
	}
	return fmt.Sprintf("the environment %s has no counterpart for %s, which live in another account, so nothing was sent; "+
		"name the one to use for each under environments → %s → ids in the draft", e.To, strings.Join(parts, ", "), e.To)
}

// Retarget is received — the agent one environment (from) last received —
// made ready for another (to): where from had values of its own (an
// override, a variable) to's take their place, or the draft's own where
// to has none; account-scoped ids become to's counterparts. When the two
// environments reach different accounts (sameAccount false), an id with
// no counterpart stops it with a *MissingIDsError naming each one.
func Retarget(d *Draft, received Agent, from, to string, sameAccount bool) (Agent, error) {
	from, to = EnvName(from), EnvName(to)
	fromV, toV := d.Environments[from], d.Environments[to]
	if from == DefaultEnv {
		fromV = EnvValues{}
	}
	if to == DefaultEnv {
		toV = EnvValues{}
	}
	out, err := copyAgent(received)
	if err != nil {
		return Agent{}, err
	}
	// from's own values go back to the draft's, then to's are applied.
	restore := map[string]string{}
	for path := range fromV.Overrides {
		if _, own := toV.Overrides[path]; own {
			continue
		}
		if provider, key, ok := settingOverride(path); ok {
			// The draft's own value, in the form it stores (nil removes).
			v, _ := d.Agent.Settings.Get(provider, key)
			out.Settings = out.Settings.With(provider, key, v)
			continue
		}
		if v, ok := leafText(&d.Agent, path); ok {
			restore[path] = v
		} else {
			Clear(&out, path)
		}
	}
	if len(restore) > 0 {
		if out, err = setPaths(out, restore); err != nil {
			return Agent{}, err
		}
	}
	for name := range fromV.Variables {
		if _, own := toV.Variables[name]; own {
			continue
		}
		restoreVariable(&out, &d.Agent, name)
	}
	if out, err = ApplyEnv(out, EnvValues{Overrides: toV.Overrides, Variables: toV.Variables}); err != nil {
		return Agent{}, fmt.Errorf("the environment %s: %w", to, err)
	}
	fromBase := map[string]string{} // from's id → the draft's id
	for base, there := range fromV.IDs {
		fromBase[there] = base
	}
	counterpart := func(id string) (string, bool) {
		if c, ok := toV.IDs[id]; ok && c != "" {
			return c, true
		}
		if base, ok := fromBase[id]; ok {
			if c, ok := toV.IDs[base]; ok && c != "" {
				return c, true
			}
		}
		return "", false
	}
	var missing []AccountID
	visitAccountIDs(&out, func(label string, id *string) {
		if c, ok := counterpart(*id); ok {
			*id = c
		} else if !sameAccount {
			missing = append(missing, AccountID{Label: label, ID: *id})
		}
	})
	// A provider's own settings name account things by id too; the ones
	// without a counterpart are named from the provider's document
	// (DocIDsWithoutCounterpart).
	out.Settings = mapSettingsIDs(out.Settings, counterpart)
	if len(missing) > 0 {
		return Agent{}, &MissingIDsError{To: to, Missing: missing}
	}
	return out, nil
}

// MapDocIDs swaps, in a native document, every string that is exactly an
// id of ids for its counterpart: ids the agent model does not hold (a
// provider's tool or document links) follow when the person names them.
// The document's key order and spacing are kept.
func MapDocIDs(doc []byte, ids map[string]string) []byte {
	out := doc
	for _, from := range sortedKeys(ids) {
		to := ids[from]
		if from == "" || to == "" || from == to {
			continue
		}
		f, _ := json.Marshal(from)
		t, _ := json.Marshal(to)
		out = bytes.ReplaceAll(out, f, t)
	}
	return out
}

// restoreVariable gives out's variable name the draft's value, or removes
// it when the draft has none of that name.
func restoreVariable(out, draft *Agent, name string) {
	for _, v := range draft.Variables {
		if v.Name == name {
			setVariable(out, name, v.Value)
			return
		}
	}
	kept := out.Variables[:0:0]
	for _, v := range out.Variables {
		if v.Name != name {
			kept = append(kept, v)
		}
	}
	out.Variables = kept
}

// leafText is the value at path in a as text, as an override holds it.
func leafText(a *Agent, path string) (string, bool) {
	raw, err := json.Marshal(a)
	if err != nil {
		return "", false
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var tree any
	if dec.Decode(&tree) != nil {
		return "", false
	}
	for _, seg := range splitPath(path) {
		switch t := tree.(type) {
		case map[string]any:
			tree = t[seg]
		case []any:
			i, ok := listIndex(t, seg)
			if !ok {
				return "", false
			}
			tree = t[i]
		default:
			return "", false
		}
	}
	switch t := tree.(type) {
	case nil:
		return "", false
	case string:
		return t, true
	case []any:
		parts := make([]string, len(t))
		for i, p := range t {
			parts[i] = fmt.Sprint(p)
		}
		return strings.Join(parts, ","), true
	default:
		return fmt.Sprint(t), true
	}
}

// LastReceived is the newest version vs keeps of a push to provider's
// remote agent remoteID in env: what that environment last received.
func LastReceived(vs []Version, provider, env, remoteID string) (Version, bool) {
	for i := len(vs) - 1; i >= 0; i-- {
		v := vs[i]
		if v.Provider == provider && EnvName(v.Env) == EnvName(env) && v.RemoteID == remoteID && len(v.Sent) > 0 {
			return v, true
		}
	}
	return Version{}, false
}
