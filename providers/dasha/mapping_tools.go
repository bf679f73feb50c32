package dasha

import (
	"reflect"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Lists are rewritten only when the model's list differs from the native
// one. Then each model item starts from its native twin — found by name, or
// by position when it was renamed — so fields the model does not carry
// survive; only a brand-new item starts from Dasha's defaults.

// matchByName pairs each model item with a native item: the same name
// first, then the same position when that native item's name is no longer
// used (a rename). -1 means "new item".
func matchByName(modelNames, nativeNames []string) []int {
	used := make([]bool, len(nativeNames))
	wanted := map[string]bool{}
	for _, n := range modelNames {
		wanted[n] = true
	}
	out := make([]int, len(modelNames))
	for i, n := range modelNames {
		out[i] = -1
		for j, nn := range nativeNames {
			if !used[j] && nn == n {
				out[i], used[j] = j, true
				break
			}
		}
	}
	for i := range modelNames {
		if out[i] < 0 && i < len(nativeNames) && !used[i] && !wanted[nativeNames[i]] {
			out[i], used[i] = i, true
		}
	}
	return out
}

func objects(l []any) []*object {
	out := make([]*object, len(l))
	for i, v := range l {
		out[i], _ = v.(*object)
	}
	return out
}

// writeNamedList rewrites the config list key from model when it differs
// from base: each item over its native twin (matchByName), a new one from
// freshJSON; read gives what a native item holds and write puts one model
// item over it.
func writeNamedList[T any](root *object, key, freshJSON string, model, base []T,
	name func(*T) string, read func(*object) T, write func(item *object, m, was *T),
) {
	if len(model) == 0 && len(base) == 0 || reflect.DeepEqual(model, base) {
		return
	}
	native := objects(root.Obj("config").List(key))
	names, nativeNames := make([]string, len(model)), make([]string, len(native))
	for i := range model {
		names[i] = name(&model[i])
	}
	for j, o := range native {
		nativeNames[j] = text(o, "name")
	}
	out := make([]any, len(model))
	for i, j := range matchByName(names, nativeNames) {
		var was T
		item := fresh(freshJSON)
		if j >= 0 && native[j] != nil {
			item = jsondoc.Clone(native[j]).(*object)
			was = read(item)
		}
		write(item, &model[i], &was)
		out[i] = item
	}
	at(root, "config")().Set(key, out)
}

func writeTools(root *object, model, base []agent.Tool) {
	writeNamedList(root, "tools", freshToolJSON, model, base, func(t *agent.Tool) string { return t.Name }, readTool, writeTool)
}

func writeTool(item *object, t, was *agent.Tool) {
	putText(at(item), "name", t.Name, was.Name, clearByDelete)
	putText(at(item), "description", t.Description, was.Description, clearByDelete)
	putText(at(item, "webhook"), "url", t.URL, was.URL, clearByDelete)
	writeHeaders(at(item, "webhook"), "headers", t.Headers, was.Headers)
	writeCustomSettings(at(item, "webhook"), t.Method, was.Method, t.BodyTemplate, was.BodyTemplate)
	writeParams(item, t.Params, was.Params)
	putInt(at(item), "timeoutSeconds", t.TimeoutSeconds, was.TimeoutSeconds, clearToNull)
	putInt(at(item), "retryCount", t.Retries, was.Retries, clearToNull)
	writeFallback(item, t.FallbackResult, was.FallbackResult)
}

// writeCustomSettings sets a webhook's method and body template, creating
// customSettings (POST, as Dasha sends tool calls) only when one is set.
func writeCustomSettings(webhook place, method, wasMethod, template, wasTemplate string) {
	if method == wasMethod && template == wasTemplate {
		return
	}
	w := webhook()
	settings := w.Obj("customSettings")
	if settings == nil {
		if method == "" && template == "" {
			return
		}
		settings = fresh(freshCustomSettingsJSON)
		w.Set("customSettings", settings)
	}
	putText(at(settings), "httpMethod", method, wasMethod, clearByDelete)
	if template == wasTemplate {
		return
	}
	format := settings.Obj("bodyFormat")
	switch {
	case template == "":
		settings.Delete("bodyFormat")
	case format == nil:
		format = fresh(freshBodyFormatJSON)
		settings.Set("bodyFormat", format)
		fallthrough
	default:
		format.Set("template", template)
	}
}

// writeFallback keeps a structured fallback result structured: when the
// native value was JSON (not text) and the new text is JSON, it is written
// as JSON again.
func writeFallback(item *object, model, was string) {
	if model == was {
		return
	}
	if model == "" {
		item.Set("fallBackResult", nil)
		return
	}
	if v, _ := item.Get("fallBackResult"); v != nil {
		if _, isText := v.(string); !isText {
			if parsed, err := jsondoc.ParseValue([]byte(model)); err == nil {
				item.Set("fallBackResult", parsed)
				return
			}
		}
	}
	item.Set("fallBackResult", model)
}

// writeParams rebuilds a tool's JSON Schema from the parameters, starting
// each property from the native one of the same name so nested schemas and
// unknown keywords survive.
func writeParams(item *object, model, was []agent.Param) {
	if len(model) == 0 && len(was) == 0 || reflect.DeepEqual(model, was) {
		return
	}
	schema := item.Ensure("schema")
	if !schema.Has("type") {
		schema.Set("type", "object")
	}
	oldProps := schema.Obj("properties")
	props := jsondoc.NewObject()
	var required []string
	for _, p := range model {
		prop := jsondoc.NewObject()
		if old := oldProps.Obj(p.Name); old != nil {
			prop = jsondoc.Clone(old).(*object)
		}
		prev := readParam(prop)
		putText(at(prop), "type", p.Type, prev.Type, clearByDelete)
		putText(at(prop), "description", p.Description, prev.Description, clearByDelete)
		putStrings(at(prop), "enum", p.Enum, prev.Enum, clearByDelete)
		props.Set(p.Name, prop)
		if p.Required {
			required = append(required, p.Name)
		}
	}
	schema.Set("properties", props)
	if !sameSet(required, stringList(schema.List("required"))) {
		l := make([]any, len(required))
		for i, n := range required {
			l[i] = n
		}
		schema.Set("required", l)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[string]bool{}
	for _, s := range a {
		in[s] = true
	}
	for _, s := range b {
		if !in[s] {
			return false
		}
	}
	return true
}

// writeHeaders rewrites a header map in the model's order, keeping each
// native value (a reference, or a non-text value) that still reads the same.
func writeHeaders(p place, k string, model, was []agent.Header) {
	if len(model) == 0 && len(was) == 0 || reflect.DeepEqual(model, was) {
		return
	}
	holder := p()
	old := holder.Obj(k)
	headers := jsondoc.NewObject()
	for _, h := range model {
		val := h.Written()
		if v, ok := old.Get(h.Name); ok && anyText(v) == val {
			headers.Set(h.Name, v)
			continue
		}
		headers.Set(h.Name, val)
	}
	holder.Set(k, headers)
}

func writeVariables(root *object, model, base []agent.Variable) {
	if len(model) == 0 && len(base) == 0 || reflect.DeepEqual(model, base) {
		return
	}
	old := root.Obj("additionalData")
	data := jsondoc.NewObject()
	for _, v := range model {
		if prev, ok := old.Get(v.Name); ok && anyText(prev) == v.Value {
			data.Set(v.Name, prev)
			continue
		}
		data.Set(v.Name, v.Value)
	}
	root.Set("additionalData", data)
}
