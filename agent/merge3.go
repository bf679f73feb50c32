package agent

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Side settles a conflict of a three-way merge.
type Side int

// The sides of a conflict.
const (
	SideUnset  Side = iota // not settled: the push stops and names it
	SideOurs               // keep the draft's value
	SideTheirs             // take the remote agent's value
)

// Conflict is one setting changed both in the draft and on the provider,
// to different values, since the last push.
type Conflict struct {
	// Key names the setting for picks (MergeOptions.Picks); list items by
	// their name, so it holds across reorderings.
	Key    string
	Label  string // for people
	Ours   string // the draft's value as text; "" when not set
	Theirs string // the remote agent's value as text; "" when not set
	// Native marks a setting agentdeck does not model, found on the
	// provider's own document.
	Native bool
	// Chosen is how it was settled; SideUnset when it was not.
	Chosen Side
}

// String reads "Speed: yours 1.1, theirs 0.9".
func (c Conflict) String() string {
	return c.Label + ": yours " + orNotSet(c.Ours) + ", theirs " + orNotSet(c.Theirs)
}

func orNotSet(s string) string {
	if s == "" {
		return "(not set)"
	}
	return s
}

// MergeOptions settle conflicts: Picks by Conflict.Key, then All for the rest.
type MergeOptions struct {
	Picks map[string]Side
	All   Side
}

func (o MergeOptions) side(key string) Side {
	if s := o.Picks[key]; s != SideUnset {
		return s
	}
	return o.All
}

// Merged is the result of a three-way merge.
type Merged struct {
	Agent  Agent
	Native []byte // the native document to encode Agent on (secrets as references)
	// Taken lists, by label, the settings taken from the remote agent.
	Taken []string
	// Conflicts lists every conflict, settled or not.
	Conflicts []Conflict
	// Secrets holds the values of secrets taken from the remote agent.
	Secrets map[SecretRef]string
}

// Unsettled lists the conflicts no pick or side settled.
func (m Merged) Unsettled() []Conflict {
	var out []Conflict
	for _, c := range m.Conflicts {
		if c.Chosen == SideUnset {
			out = append(out, c)
		}
	}
	return out
}

// ThreeWay merges the draft d with remote, the agent as the provider holds
// it now, on the base of version base — what the last push sent (the base
// of the draft's side) and what it read back (the base of the remote side,
// so values the provider filled in are not taken for edits made there).
// The agent is compared field by field (read through the provider's
// decoder), and the native document for the settings agentdeck does not
// model. d is not changed.
func ThreeWay(p Provider, d *Draft, base Version, remote Decoded, opt MergeOptions) (Merged, error) {
	localBody, err := p.Encode(&d.Agent, []byte(d.Native()), KeepRefs{})
	if err != nil {
		return Merged{}, err
	}
	var decs [3]Decoded
	for i, doc := range [][]byte{base.Sent, localBody, base.ReadBack} {
		if decs[i], err = p.Decode(doc); err != nil {
			return Merged{}, fmt.Errorf("the last pushed version cannot be read: %w", err)
		}
	}
	lb, l, rb, r := toTree(decs[0].Agent), toTree(decs[1].Agent), toTree(decs[2].Agent), toTree(remote.Agent)
	out := toTree(d.Agent)
	var m Merged
	walk3(nil, "", "", lb, l, rb, r, func(op mergeOp) {
		label := LabelIn(&decs[1].Agent, op.lpath)
		if op.ours == nil {
			label = LabelIn(&remote.Agent, op.rpath)
		}
		if !op.conflict {
			out = setAt(out, op.path, op.theirs)
			m.Taken = append(m.Taken, label)
			return
		}
		c := Conflict{Key: pathKey(op.path), Label: label, Ours: valueText(op.ours), Theirs: valueText(op.theirs)}
		c.Chosen = opt.side(c.Key)
		if c.Chosen == SideTheirs {
			out = setAt(out, op.path, op.theirs)
		}
		m.Conflicts = append(m.Conflicts, c)
	})
	raw, err := json.Marshal(out)
	if err != nil {
		return Merged{}, err
	}
	if err := json.Unmarshal(raw, &m.Agent); err != nil {
		return Merged{}, fmt.Errorf("the merged agent cannot be read: %w", err)
	}
	if err := mergeNative(p, &m, d, localBody, base, remote.Native, opt); err != nil {
		return Merged{}, err
	}
	m.Secrets = usedSecrets(&m.Agent, remote.Secrets)
	return m, nil
}

// mergeNative merges the native documents the same way and keeps, of
// what it finds, only the settings the agent does not decide: one whose
// two values encode the same is a field agentdeck models, merged on the
// agent already. Those are applied to the draft's own native document
// (left as it is when there are none, so a fresh draft stays fresh).
func mergeNative(p Provider, m *Merged, d *Draft, localBody []byte, base Version, remote []byte, opt MergeOptions) error {
	var ops []mergeOp
	walk3(nil, "", "", parseTree(base.Sent), parseTree(localBody), parseTree(base.ReadBack), parseTree(remote), func(op mergeOp) {
		ops = append(ops, op)
	})
	m.Native = []byte(d.Native())
	var out any
	if d.Native() != "" {
		out = parseTree(m.Native)
	} else {
		out = parseTree(localBody)
	}
	changed := false
	for _, op := range ops {
		if modelled(p, &m.Agent, out, op) {
			continue
		}
		if op.conflict {
			c := Conflict{Key: "native:" + pathKey(op.path), Label: nativeLabel(op.path), Ours: valueText(op.ours), Theirs: valueText(op.theirs), Native: true}
			c.Chosen = opt.side(c.Key)
			m.Conflicts = append(m.Conflicts, c)
			if c.Chosen != SideTheirs {
				continue
			}
		} else {
			m.Taken = append(m.Taken, nativeLabel(op.path))
		}
		out, changed = setAt(out, op.path, op.theirs), true
	}
	if !changed {
		return nil
	}
	raw, err := json.Marshal(out)
	if err != nil {
		return err
	}
	m.Native = raw
	return nil
}

// modelled reports whether the agent decides the value at op's path: the
// body encoded on either value holds the same there.
func modelled(p Provider, a *Agent, native any, op mergeOp) bool {
	enc := func(v any) any {
		doc, _ := json.Marshal(setAt(parseTree(mustJSON(native)), op.path, v))
		body, err := p.Encode(a, doc, KeepRefs{})
		if err != nil {
			return nil
		}
		return getAt(parseTree(body), op.path)
	}
	return same(enc(op.ours), enc(op.theirs))
}

func mustJSON(v any) []byte {
	raw, _ := json.Marshal(v)
	return raw
}

// nativeLabel names a setting agentdeck does not model by its last names,
// in plain letters: "Conversation › max duration".
func nativeLabel(path []seg) string {
	var names []string
	for _, s := range path {
		if s.key != "" {
			names = append(names, humanize(s.key))
		} else {
			names = append(names, "“"+s.id+"”")
		}
	}
	if len(names) > 2 {
		names = names[len(names)-2:]
	}
	return "Other setting › " + strings.Join(names, " › ")
}

// valueText shows a tree value in a line: secrets by presence only.
func valueText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		if IsRefShape(t) || IsMasked(t) {
			return "(secret)"
		}
		return t
	case []any:
		parts := make([]string, 0, len(t))
		for _, e := range t {
			parts = append(parts, valueText(e))
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		if s, ok := t["start"].(string); ok && len(t) == 2 {
			if e, ok := t["end"].(string); ok {
				return s + "–" + e
			}
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, humanize(k)+" "+valueText(t[k]))
		}
		return strings.Join(parts, "; ")
	default:
		return scalarText(v)
	}
}

// usedSecrets is the values, among found, of the references a uses.
func usedSecrets(a *Agent, found map[SecretRef]string) map[SecretRef]string {
	if len(found) == 0 {
		return nil
	}
	raw := string(mustJSON(a))
	out := map[SecretRef]string{}
	for ref, v := range found {
		if strings.Contains(raw, string(ref)) || strings.Contains(raw, encodeRef(ref)) {
			out[ref] = v
		}
	}
	return out
}
