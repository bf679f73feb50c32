package agent

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
)

// The tree walk of the three-way merge. It works on JSON trees, so every
// field of the agent — today's and any added later, provider settings
// included — and every setting of a native document is covered without a
// list of fields. Lists whose items all carry a unique name (tools,
// variables, MCP servers, headers, parameters) or kind (built-in tools)
// merge item by item, by that identity; any other list (a day's calling
// windows, tags) is one unit.

// seg is one step of a path: a key of an object, or a list item by identity.
type seg struct {
	key   string // object key; "" for a list item
	field string // the identity field of a list item (name, kind)
	id    string // its value
}

// mergeOp is one decision of the walk: take the remote value at path, or a
// conflict to settle.
type mergeOp struct {
	path     []seg
	ours     any
	theirs   any
	conflict bool
	// lpath and rpath are the path with list indices, in the local and
	// remote trees, for labels.
	lpath, rpath string
}

// identityFields are the fields a list item is known by, in order of
// preference.
var identityFields = []string{"name", "kind"}

func toTree(v any) any {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return parseTree(raw)
}

func parseTree(raw []byte) any {
	if len(raw) == 0 {
		return nil
	}
	var t any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&t); err != nil {
		return nil
	}
	return t
}

// same compares two trees; any two secret references are the same (each
// read makes fresh ones, and a value is never compared).
func same(a, b any) bool {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !same(v, w) {
				return false
			}
		}
		return true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !same(x[i], y[i]) {
				return false
			}
		}
		return true
	case string:
		y, ok := b.(string)
		return ok && (x == y || IsRefShape(x) && IsRefShape(y))
	default:
		return a == b
	}
}

// walk3 compares local and remote with their bases (lb, rb) under path and
// sends each decision to emit. Nothing remote changed: keep local. Only
// remote changed: take remote. Both changed alike: fine. Both changed
// differently: a conflict — unless both are objects, or lists by identity,
// which are compared part by part.
func walk3(path []seg, lpath, rpath string, lb, l, rb, r any, emit func(mergeOp)) {
	if same(rb, r) {
		return
	}
	if lm, ok := l.(map[string]any); ok {
		rm, rok := r.(map[string]any)
		rbm, rbok := rb.(map[string]any)
		if rok && rbok {
			lbm, _ := lb.(map[string]any)
			for _, k := range unionKeys(lbm, lm, rbm, rm) {
				walk3(appendSeg(path, seg{key: k}), joinKey(lpath, k), joinKey(rpath, k), lbm[k], lm[k], rbm[k], rm[k], emit)
			}
			return
		}
	}
	if field, ok := listIdentity(lb, l, rb, r); ok {
		lbl, ll, rbl, rl := asList(lb), asList(l), asList(rb), asList(r)
		for _, id := range unionIDs(field, ll, rl, lbl, rbl) {
			li, ri := indexOf(ll, field, id), indexOf(rl, field, id)
			walk3(appendSeg(path, seg{field: field, id: id}), joinIndex(lpath, li), joinIndex(rpath, ri),
				itemAt(lbl, field, id), itemAt(ll, field, id), itemAt(rbl, field, id), itemAt(rl, field, id), emit)
		}
		return
	}
	switch {
	case same(lb, l):
		emit(mergeOp{path: path, ours: l, theirs: r, lpath: lpath, rpath: rpath})
	case same(l, r):
	default:
		emit(mergeOp{path: path, ours: l, theirs: r, conflict: true, lpath: lpath, rpath: rpath})
	}
}

func appendSeg(path []seg, s seg) []seg {
	return append(append([]seg(nil), path...), s)
}

func joinKey(p, k string) string {
	if p == "" {
		return k
	}
	return p + "." + k
}

func joinIndex(p string, i int) string {
	if i < 0 {
		return p
	}
	return p + "[" + strconv.Itoa(i) + "]"
}

func unionKeys(ms ...map[string]any) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// listIdentity finds the field every item of each list present carries,
// unique within its list. Local and both sides must be lists (absent on a
// side is a unit change: an item deleted there).
func listIdentity(lb, l, rb, r any) (string, bool) {
	for _, v := range []any{l, rb, r} {
		if _, ok := v.([]any); !ok {
			return "", false
		}
	}
	if lb != nil {
		if _, ok := lb.([]any); !ok {
			return "", false
		}
	}
	for _, field := range identityFields {
		if keyedBy(field, asList(lb), asList(l), asList(rb), asList(r)) {
			return field, true
		}
	}
	return "", false
}

func keyedBy(field string, lists ...[]any) bool {
	any1 := false
	for _, l := range lists {
		seen := map[string]bool{}
		for _, e := range l {
			m, ok := e.(map[string]any)
			if !ok {
				return false
			}
			id, ok := m[field].(string)
			if !ok || strings.TrimSpace(id) == "" || seen[id] {
				return false
			}
			seen[id] = true
			any1 = true
		}
	}
	return any1
}

func unionIDs(field string, lists ...[]any) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range lists {
		for _, e := range l {
			id, _ := e.(map[string]any)[field].(string)
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

func indexOf(l []any, field, id string) int {
	for i, e := range l {
		if m, ok := e.(map[string]any); ok && m[field] == id {
			return i
		}
	}
	return -1
}

func itemAt(l []any, field, id string) any {
	if i := indexOf(l, field, id); i >= 0 {
		return l[i]
	}
	return nil
}

// setAt returns node with the value at path set to v (removed when v is
// nil). A list item missing from node is added at the end of its list.
func setAt(node any, path []seg, v any) any {
	if len(path) == 0 {
		return v
	}
	s := path[0]
	if s.key != "" {
		m, ok := node.(map[string]any)
		if !ok {
			m = map[string]any{}
		}
		child := setAt(m[s.key], path[1:], v)
		if child == nil {
			delete(m, s.key)
		} else {
			m[s.key] = child
		}
		return m
	}
	l := asList(node)
	i := indexOf(l, s.field, s.id)
	var cur any
	if i >= 0 {
		cur = l[i]
	} else if len(path) > 1 {
		cur = map[string]any{s.field: s.id}
	}
	child := setAt(cur, path[1:], v)
	switch {
	case child == nil && i >= 0:
		l = append(l[:i:i], l[i+1:]...)
	case child == nil:
	case i >= 0:
		l[i] = child
	default:
		l = append(l, child)
	}
	return l
}

// getAt is the value at path in node, or nil.
func getAt(node any, path []seg) any {
	for _, s := range path {
		if s.key != "" {
			m, _ := node.(map[string]any)
			node = m[s.key]
			continue
		}
		node = itemAt(asList(node), s.field, s.id)
	}
	return node
}

// pathKey names a path for picks: tools[name=lookup].url.
func pathKey(path []seg) string {
	var b strings.Builder
	for _, s := range path {
		if s.key != "" {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
			continue
		}
		b.WriteString("[" + s.field + "=" + s.id + "]")
	}
	return b.String()
}
