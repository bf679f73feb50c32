package dasha

import (
	"reflect"

	"github.com/agentdeck/agentdeck/agent"
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

func writeTools(root *object, model, base []agent.Tool) {
	if len(model) == 0 && len(base) == 0 || reflect.DeepEqual(model, base) {
		return
	}
	native := objects(root.obj("config").list("tools"))
	names, nativeNames := make([]string, len(model)), make([]string, len(native))
	for i, t := range model {
		names[i] = t.Name
	}
	for j, o := range native {
		nativeNames[j] = text(o, "name")
	}
	out := make([]any, len(model))
	for i, j := range matchByName(names, nativeNames) {
		item, was := fresh(freshToolJSON), agent.Tool{}
		if j >= 0 && native[j] != nil {
			item = clone(native[j]).(*object)
			was = readTool(item)
		}
		writeTool(item, &model[i], &was)
		out[i] = item
	}
	at(root, "config")().set("tools", out)
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
	settings := w.obj("customSettings")
	if settings == nil {
		if method == "" && template == "" {
			return
		}
		settings = fresh(freshCustomSettingsJSON)
		w.set("customSettings", settings)
	}
	putText(at(settings), "httpMethod", method, wasMethod, clearByDelete)
	if template == wasTemplate {
		return
	}
	format := settings.obj("bodyFormat")
	switch {
	case template == "":
		settings.del("bodyFormat")
	case format == nil:
		format = fresh(freshBodyFormatJSON)
		settings.set("bodyFormat", format)
		fallthrough
	default:
		format.set("template", template)
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
		item.set("fallBackResult", nil)
		return
	}
	if v, _ := item.get("fallBackResult"); v != nil {
		if _, isText := v.(string); !isText {
			if parsed, err := parseValue([]byte(model)); err == nil {
				item.set("fallBackResult", parsed)
				return
			}
		}
	}
	item.set("fallBackResult", model)
}

// writeParams rebuilds a tool's JSON Schema from the parameters, starting
// each property from the native one of the same name so nested schemas and
// unknown keywords survive.
func writeParams(item *object, model, was []agent.Param) {
	if len(model) == 0 && len(was) == 0 || reflect.DeepEqual(model, was) {
		return
	}
	schema := item.ensure("schema")
	if !schema.has("type") {
		schema.set("type", "object")
	}
	oldProps := schema.obj("properties")
	props := newObject()
	var required []string
	for _, p := range model {
		prop := newObject()
		if old := oldProps.obj(p.Name); old != nil {
			prop = clone(old).(*object)
		}
		prev := readParam(prop)
		putText(at(prop), "type", p.Type, prev.Type, clearByDelete)
		putText(at(prop), "description", p.Description, prev.Description, clearByDelete)
		putStrings(at(prop), "enum", p.Enum, prev.Enum, clearByDelete)
		props.set(p.Name, prop)
		if p.Required {
			required = append(required, p.Name)
		}
	}
	schema.set("properties", props)
	if !sameSet(required, stringList(schema.list("required"))) {
		l := make([]any, len(required))
		for i, n := range required {
			l[i] = n
		}
		schema.set("required", l)
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
	old := holder.obj(k)
	headers := newObject()
	for _, h := range model {
		val := h.Value
		if h.Secret != "" {
			val = string(h.Secret)
		}
		if v, ok := old.get(h.Name); ok && anyText(v) == val {
			headers.set(h.Name, v)
			continue
		}
		headers.set(h.Name, val)
	}
	holder.set(k, headers)
}

func writeVariables(root *object, model, base []agent.Variable) {
	if len(model) == 0 && len(base) == 0 || reflect.DeepEqual(model, base) {
		return
	}
	old := root.obj("additionalData")
	data := newObject()
	for _, v := range model {
		if prev, ok := old.get(v.Name); ok && anyText(prev) == v.Value {
			data.set(v.Name, prev)
			continue
		}
		data.set(v.Name, v.Value)
	}
	root.set("additionalData", data)
}
