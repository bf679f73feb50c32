// Package settingsdoc reads and writes a provider's own settings (see
// agent.Setting) in its document, through jsondoc's tree and coercion rules,
// so each provider states its settings as a table and none writes this code
// again.
package settingsdoc

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Read returns the values of table's settings that doc holds, in the forms
// agent.Settings keeps (string, float64, int, bool, []string,
// []map[string]any); nil when there are none. A value of the wrong kind
// reads as not there, as jsondoc's coercion table says, so it stays in the
// document untouched.
func Read(doc *jsondoc.Object, table []agent.Setting) map[string]any {
	var out map[string]any
	for _, s := range table {
		if s.Wire == "" {
			continue // kept apart from the document (see agent.Preparer)
		}
		v, ok := jsondoc.Lookup(doc, wire(s.Wire)...)
		if !ok {
			continue
		}
		if x, ok := fromTree(s, v); ok {
			if out == nil {
				out = map[string]any{}
			}
			out[s.Key] = x
		}
	}
	return out
}

// Overlay writes into doc each editable setting whose value in cur differs
// from base (what the document held when it was read): a value set is
// written, a value removed is deleted. Settings the person did not change
// are left exactly as the document has them.
func Overlay(doc *jsondoc.Object, cur, base map[string]any, table []agent.Setting) {
	for _, s := range table {
		if s.ReadOnly != "" || s.Wire == "" {
			continue
		}
		c, hasC := cur[s.Key]
		b, hasB := base[s.Key]
		if hasC && c == nil {
			hasC = false
		}
		if hasB && b == nil {
			hasB = false
		}
		keys := wire(s.Wire)
		switch {
		case !hasC && !hasB:
		case !hasC:
			jsondoc.DeletePath(doc, keys...)
		default:
			if hasB && same(s, c, b) {
				continue
			}
			old, _ := jsondoc.Lookup(doc, keys...)
			if v, ok := toTree(s, c, old); ok {
				jsondoc.SetPath(doc, v, keys...)
			}
		}
	}
}

// Equal reports whether two values of setting s hold the same thing.
func Equal(s agent.Setting, a, b any) bool { return same(s, a, b) }

func same(s agent.Setting, a, b any) bool {
	ta, oka := toTree(s, a, nil)
	tb, okb := toTree(s, b, nil)
	return oka == okb && jsondoc.Equal(ta, tb)
}

func wire(path string) []string { return strings.Split(path, ".") }

// fromTree reads a tree value as setting s's kind.
func fromTree(s agent.Setting, v any) (any, bool) {
	switch s.Kind {
	case agent.KindNumber:
		return jsondoc.Number(v)
	case agent.KindInteger:
		return jsondoc.Integer(v)
	case agent.KindBool:
		return jsondoc.Bool(v)
	case agent.KindList:
		return jsondoc.Strings(v)
	case agent.KindItems:
		return recordsFromTree(s, v)
	default:
		return jsondoc.String(v)
	}
}

func recordsFromTree(s agent.Setting, v any) (any, bool) {
	var out []map[string]any
	add := func(item *jsondoc.Object, name string) {
		rec := map[string]any{}
		if s.KeyedBy != "" {
			rec[s.KeyedBy] = name
		}
		for _, f := range s.Items {
			if f.Key == s.KeyedBy {
				continue
			}
			if fv, ok := jsondoc.Lookup(item, wire(f.Wire)...); ok {
				if x, ok := fromTree(f, fv); ok {
					rec[f.Key] = x
				}
			}
		}
		out = append(out, rec)
	}
	if s.KeyedBy != "" {
		obj, ok := v.(*jsondoc.Object)
		if !ok {
			return nil, false
		}
		for _, k := range obj.Keys() {
			item, _ := obj.Value(k).(*jsondoc.Object)
			if item == nil {
				item = jsondoc.NewObject()
			}
			add(item, k)
		}
		return out, true
	}
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	for _, e := range list {
		item, ok := e.(*jsondoc.Object)
		if !ok {
			return nil, false // a list of something else is left to the document whole
		}
		add(item, "")
	}
	return out, true
}

// toTree writes a value of setting s as a tree value; old is what the
// document holds there now, so records keep the keys agentdeck does not
// model.
func toTree(s agent.Setting, v, old any) (any, bool) {
	switch s.Kind {
	case agent.KindNumber:
		f, ok := agent.SettingNumber(v)
		return jsondoc.NumberValue(f), ok
	case agent.KindInteger:
		i, ok := agent.SettingInteger(v)
		return jsondoc.IntegerValue(i), ok
	case agent.KindBool:
		return agent.SettingBool(v)
	case agent.KindList:
		l, ok := agent.SettingList(v)
		return jsondoc.StringsValue(l), ok
	case agent.KindItems:
		return recordsToTree(s, v, old)
	default:
		return agent.SettingText(v)
	}
}

func recordsToTree(s agent.Setting, v, old any) (any, bool) {
	recs, ok := agent.SettingRecords(v)
	if !ok {
		return nil, false
	}
	write := func(rec map[string]any, item *jsondoc.Object) *jsondoc.Object {
		for _, f := range s.Items {
			if f.Key == s.KeyedBy || f.ReadOnly != "" {
				continue
			}
			fv, has := rec[f.Key]
			if !has || fv == nil {
				jsondoc.DeletePath(item, wire(f.Wire)...)
				continue
			}
			prev, _ := jsondoc.Lookup(item, wire(f.Wire)...)
			if tv, ok := toTree(f, fv, prev); ok {
				jsondoc.SetPath(item, tv, wire(f.Wire)...)
			}
		}
		return item
	}
	if s.KeyedBy != "" {
		oldObj, _ := old.(*jsondoc.Object)
		out := jsondoc.NewObject()
		for _, rec := range recs {
			name, _ := agent.SettingText(rec[s.KeyedBy])
			var item *jsondoc.Object
			if oldObj != nil {
				item, _ = jsondoc.Clone(oldObj.Value(name)).(*jsondoc.Object)
			}
			if item == nil {
				item = jsondoc.NewObject()
			}
			out.Set(name, write(rec, item))
		}
		return out, true
	}
	oldList, _ := old.([]any)
	out := make([]any, 0, len(recs))
	for i, rec := range recs {
		var item *jsondoc.Object
		if i < len(oldList) {
			item, _ = jsondoc.Clone(oldList[i]).(*jsondoc.Object)
		}
		if item == nil {
			item = jsondoc.NewObject()
		}
		out = append(out, write(rec, item))
	}
	return out, true
}
