package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// FieldValue is one set leaf of an agent: its path and its value as text.
type FieldValue struct {
	Path  string
	Value string
}

// Flatten lists every set leaf of a, in catalogue order. Paths carry list
// indices (tools[0].params[1].name). It is the one view of an agent that
// diffs, provider switches and read-back checks share.
func Flatten(a *Agent) []FieldValue {
	raw, err := json.Marshal(a)
	if err != nil {
		return nil // the model holds only plain values; this cannot fail
	}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return nil
	}
	var out []FieldValue
	walk("", tree, &out)
	order := catalogOrders(len(out), func(i int) string { return out[i].Path })
	sort.Sort(byCatalogue{out, order})
	return out
}

// catalogOrders works out each path's catalogue position once, so sorting
// does not search the catalogue on every comparison.
func catalogOrders(n int, path func(int) string) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = catalogOrder(path(i))
	}
	return order
}

// byCatalogue sorts leaves by catalogue position, then by path.
type byCatalogue struct {
	leaves []FieldValue
	order  []int
}

func (b byCatalogue) Len() int { return len(b.leaves) }
func (b byCatalogue) Less(i, j int) bool {
	if b.order[i] != b.order[j] {
		return b.order[i] < b.order[j]
	}
	return b.leaves[i].Path < b.leaves[j].Path
}

func (b byCatalogue) Swap(i, j int) {
	b.leaves[i], b.leaves[j] = b.leaves[j], b.leaves[i]
	b.order[i], b.order[j] = b.order[j], b.order[i]
}

func walk(prefix string, v any, out *[]FieldValue) {
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			walk(p, child, out)
		}
	case []any:
		if isScalarList(t) {
			parts := make([]string, len(t))
			for i, e := range t {
				parts[i] = scalarText(e)
			}
			*out = append(*out, FieldValue{prefix, strings.Join(parts, ", ")})
			return
		}
		for i, child := range t {
			walk(fmt.Sprintf("%s[%d]", prefix, i), child, out)
		}
	default:
		*out = append(*out, FieldValue{prefix, scalarText(v)})
	}
}

func isScalarList(l []any) bool {
	for _, e := range l {
		switch e.(type) {
		case map[string]any, []any:
			return false
		}
	}
	return true
}

func scalarText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case json.Number:
		return t.String()
	case bool:
		if t {
			return "yes"
		}
		return "no"
	case nil:
		return ""
	default:
		return fmt.Sprint(t)
	}
}

func catalogOrder(path string) int {
	p := StripIndices(path)
	best, bestLen := len(Fields), -1
	for i, f := range Fields {
		if (p == f.Path || strings.HasPrefix(p, f.Path+".")) && len(f.Path) > bestLen {
			best, bestLen = i, len(f.Path)
		}
	}
	return best
}

// Change is one field that differs between two agents.
type Change struct {
	Path  string
	Label string
	From  string // "" when the field was not set
	To    string // "" when the field is no longer set
}

// String reads "Speed: 1 → 1.1".
func (c Change) String() string {
	from, to := c.From, c.To
	if from == "" {
		from = "(not set)"
	}
	if to == "" {
		to = "(not set)"
	}
	return c.Label + ": " + from + " → " + to
}

// Diff lists, field by field, what differs from a to b.
func Diff(a, b *Agent) []Change {
	fa, fb := Flatten(a), Flatten(b)
	av := make(map[string]string, len(fa))
	for _, f := range fa {
		av[f.Path] = f.Value
	}
	bv := make(map[string]string, len(fb))
	for _, f := range fb {
		bv[f.Path] = f.Value
	}
	var out []Change
	for _, f := range fa {
		if to, ok := bv[f.Path]; !ok || to != f.Value {
			out = append(out, Change{f.Path, LabelIn(a, f.Path), f.Value, to})
		}
	}
	for _, f := range fb {
		if _, ok := av[f.Path]; !ok {
			out = append(out, Change{f.Path, LabelIn(b, f.Path), "", f.Value})
		}
	}
	order := catalogOrders(len(out), func(i int) string { return out[i].Path })
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return order[idx[i]] < order[idx[j]] })
	sorted := make([]Change, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}

// Unsupported lists the set fields of a that caps cannot carry: what a push
// to that provider, or a switch to it, would drop.
func Unsupported(a *Agent, caps Capabilities) []FieldValue {
	return unsupportedLeaves(Flatten(a), caps)
}

func unsupportedLeaves(leaves []FieldValue, caps Capabilities) []FieldValue {
	var out []FieldValue
	for _, f := range leaves {
		if !caps.Supports(f.Path) && !settingOfOtherProvider(f.Path, caps) {
			out = append(out, f)
		}
	}
	return out
}

// UnsupportedGroups is Unsupported with each dropped part named once, at the
// highest level the provider lacks: a whole tool list is "tools", not one
// line per parameter of every tool.
func UnsupportedGroups(a *Agent, caps Capabilities) []string {
	return unsupportedGroups(Flatten(a), caps)
}

func unsupportedGroups(leaves []FieldValue, caps Capabilities) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range unsupportedLeaves(leaves, caps) {
		g := highestUnsupported(f.Path, caps)
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// highestUnsupported returns the shortest prefix of path (cut at "." or "[")
// that the catalogue names and under which caps supports nothing at all, so
// the warning reads as a field people know ("Tools › Webhook tools").
func highestUnsupported(path string, caps Capabilities) string {
	for i := 1; i <= len(path); i++ {
		if i < len(path) && path[i] != '.' && path[i] != '[' {
			continue
		}
		p := path[:i]
		if f, ok := FieldByPath(p); ok && f.Path == StripIndices(p) && !caps.Supports(p) && !caps.supportsUnder(p) {
			return p
		}
	}
	return path
}

// supportsUnder reports whether caps supports some field below prefix.
func (c Capabilities) supportsUnder(prefix string) bool {
	p := StripIndices(prefix) + "."
	for k := range c.Fields {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

func sectionTitle(id string) string {
	for _, s := range Sections {
		if s.ID == id {
			return s.Title
		}
	}
	return id
}
