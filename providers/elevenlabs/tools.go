package elevenlabs

// Webhook tools: agent.Tool ⇄ the webhook items of
// conversation_config.agent.prompt.tools (WebhookToolConfig-Input). Other
// tool types there (client, system, mcp…) and prompt.tool_ids, which links
// tools kept as ElevenLabs resources, pass through untouched.

import (
	"reflect"
	"slices"

	"github.com/agentdeck/agentdeck/agent"
)

func isWebhook(item any) bool {
	m, ok := item.(object)
	if !ok {
		return false
	}
	typ, hasType := m["type"].(string)
	if !hasType {
		_, hasAPI := m["api_schema"]
		return hasAPI // "webhook" is the type's default
	}
	return typ == "webhook"
}

// webhookItems returns the webhook items of prompt.tools, in order.
func webhookItems(t object) []object {
	v, _ := at(t, pTools...)
	arr, _ := v.([]any)
	var out []object
	for _, item := range arr {
		if isWebhook(item) {
			out = append(out, item.(object))
		}
	}
	return out
}

func readTools(t object) []agent.Tool {
	var out []agent.Tool
	for _, m := range webhookItems(t) {
		out = append(out, readTool(m))
	}
	return out
}

func readTool(m object) agent.Tool {
	api := objAt(m, "api_schema")
	tl := agent.Tool{
		Name:        strAt(m, "name"),
		Description: strAt(m, "description"),
		URL:         strAt(api, "url"),
		Method:      strAt(api, "method"),
		Headers:     readHeaders(objAt(api, "request_headers")),
		Params:      readParams(api),
	}
	tl.TimeoutSeconds, _ = intOf(m["response_timeout_secs"])
	return tl
}

// readParams lists a tool's parameters: path ones (always required), then
// query ones, then body ones, each group by name.
func readParams(api object) []agent.Param {
	var out []agent.Param
	pathParams := objAt(api, "path_params_schema")
	for _, name := range sortedKeys(pathParams) {
		out = append(out, paramOf(name, pathParams[name], "path", true))
	}
	for _, in := range []string{"query", "body"} {
		schema := objAt(api, in+"_params_schema")
		if in == "body" {
			schema = objAt(api, "request_body_schema")
		}
		props := objAt(schema, "properties")
		required := stringsOf(schema["required"])
		for _, name := range sortedKeys(props) {
			out = append(out, paramOf(name, props[name], in, slices.Contains(required, name)))
		}
	}
	return out
}

func paramOf(name string, v any, in string, required bool) agent.Param {
	lit, _ := v.(object)
	return agent.Param{
		Name:        name,
		Type:        typeOf(lit["type"]),
		Description: strAt(lit, "description"),
		Required:    required,
		Enum:        stringsOf(lit["enum"]),
		In:          in,
	}
}

// typeOf reads a property's type, which may be a pair like ["string", "null"].
func typeOf(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	for _, s := range stringsOf(v) {
		if s != "null" {
			return s
		}
	}
	return ""
}

// writeTools puts the model's webhook tools into prompt.tools when they
// differ from base's. Items are matched to the document's webhook items by
// name, or by position when a tool was renamed in place, so the fields
// agentdeck does not model (assignments, response filters…) stay with their
// tool.
func writeTools(t object, tools, base []agent.Tool) {
	if len(tools) == 0 && len(base) == 0 || reflect.DeepEqual(tools, base) {
		return
	}
	natives := webhookItems(t)
	matched := make([]object, len(tools))
	used := make([]bool, len(natives))
	for i, tl := range tools {
		for j, n := range natives {
			if !used[j] && strAt(n, "name") == tl.Name {
				matched[i], used[j] = n, true
				break
			}
		}
	}
	for i := range tools {
		if matched[i] != nil || i >= len(natives) || used[i] || hasTool(tools, strAt(natives[i], "name")) {
			continue
		}
		matched[i], used[i] = natives[i], true // renamed in place
	}
	v, _ := at(t, pTools...)
	arr, _ := v.([]any)
	out := make([]any, 0, len(arr)+len(tools))
	next := 0
	for _, item := range arr {
		if !isWebhook(item) {
			out = append(out, item)
			continue
		}
		if next < len(tools) {
			out = append(out, writeTool(tools[next], matched[next]))
			next++
		}
	}
	for ; next < len(tools); next++ {
		out = append(out, writeTool(tools[next], matched[next]))
	}
	put(t, out, pTools...)
}

func hasTool(tools []agent.Tool, name string) bool {
	for _, tl := range tools {
		if tl.Name == name {
			return true
		}
	}
	return false
}

// writeTool overlays tl on its document item (nil for a new tool), writing
// only what differs from what the item already says.
func writeTool(tl agent.Tool, native object) object {
	var base agent.Tool
	m := object{"type": "webhook"}
	if native != nil {
		base, m = readTool(native), deepCopy(native).(object)
	}
	if reflect.DeepEqual(tl, base) {
		return m
	}
	isNew := native == nil
	if isNew || tl.Name != base.Name {
		m["name"] = tl.Name
	}
	if isNew || tl.Description != base.Description {
		m["description"] = tl.Description
	}
	api := ensureObj(m, "api_schema")
	if isNew || tl.URL != base.URL {
		api["url"] = tl.URL
	}
	if tl.Method != base.Method {
		setOrDelete(api, "method", tl.Method, tl.Method != "")
	}
	if !reflect.DeepEqual(tl.TimeoutSeconds, base.TimeoutSeconds) {
		if tl.TimeoutSeconds != nil {
			m["response_timeout_secs"] = inum(*tl.TimeoutSeconds)
		} else {
			delete(m, "response_timeout_secs")
		}
	}
	if !sameHeaders(tl.Headers, base.Headers) {
		h := writeHeaders(objAt(api, "request_headers"), tl.Headers)
		setOrDelete(api, "request_headers", h, len(h) > 0)
	}
	if !reflect.DeepEqual(tl.Params, base.Params) {
		writeParams(api, tl.Params, tl.Method)
	}
	return m
}

func setOrDelete(m object, key string, v any, keep bool) {
	if keep {
		m[key] = v
	} else {
		delete(m, key)
	}
}

// paramPlace says where a parameter goes when the person did not say:
// GET and DELETE requests carry no body, so their parameters go in the query.
func paramPlace(p agent.Param, method string) string {
	if p.In != "" {
		return p.In
	}
	switch method {
	case "", "GET", "DELETE":
		return "query"
	}
	return "body"
}

// writeParams rebuilds the three parameter schemas of api from params,
// keeping each parameter's unmodelled fields (dynamic_variable,
// constant_value, nested properties…) where its name is unchanged.
func writeParams(api object, params []agent.Param, method string) {
	old := map[string]object{}
	for _, name := range sortedKeys(objAt(api, "path_params_schema")) {
		old[name], _ = objAt(api, "path_params_schema")[name].(object)
	}
	for _, key := range []string{"query_params_schema", "request_body_schema"} {
		props := objAt(api, key, "properties")
		for _, name := range sortedKeys(props) {
			old[name], _ = props[name].(object)
		}
	}
	pathProps, queryProps, bodyProps := object{}, object{}, object{}
	var queryReq, bodyReq []string
	for _, p := range params {
		lit := literal(p, old[p.Name])
		switch paramPlace(p, method) {
		case "path":
			pathProps[p.Name] = lit
		case "query":
			queryProps[p.Name] = lit
			if p.Required {
				queryReq = append(queryReq, p.Name)
			}
		default:
			bodyProps[p.Name] = lit
			if p.Required {
				bodyReq = append(bodyReq, p.Name)
			}
		}
	}
	_, hadPath := api["path_params_schema"]
	setOrDelete(api, "path_params_schema", pathProps, len(pathProps) > 0 || hadPath)
	writeSchema(api, "query_params_schema", queryProps, queryReq, object{})
	writeSchema(api, "request_body_schema", bodyProps, bodyReq, object{"type": "object", "description": ""})
}

// writeSchema sets an object schema's properties and required list, or
// nulls a schema that no longer has properties.
func writeSchema(api object, key string, props object, required []string, fresh object) {
	if len(props) == 0 {
		if _, had := api[key]; had {
			api[key] = nil
		}
		return
	}
	schema, ok := api[key].(object)
	if !ok {
		schema = fresh
	}
	schema["properties"] = props
	schema["required"] = list(required)
	api[key] = schema
}

// literal overlays a parameter on its old schema property (nil when new).
func literal(p agent.Param, old object) object {
	typ := p.Type
	if typ == "" {
		typ = "string"
	}
	if old != nil && typeOf(old["type"]) == typ {
		lit := deepCopy(old).(object)
		if p.Description != strAt(old, "description") {
			lit["description"] = p.Description
			if p.Description != "" {
				// ElevenLabs takes one source per value: a description
				// means the LLM fills it in.
				for _, k := range []string{"dynamic_variable", "constant_value", "is_system_provided", "is_omitted"} {
					delete(lit, k)
				}
			}
		}
		if !slices.Equal(p.Enum, stringsOf(old["enum"])) {
			setOrDelete(lit, "enum", list(p.Enum), len(p.Enum) > 0)
		}
		return lit
	}
	lit := object{"type": typ, "description": p.Description}
	switch typ {
	case "object":
		lit["properties"] = object{}
		lit["required"] = []any{}
	case "array":
		lit["items"] = object{"type": "string", "description": ""}
	default:
		if len(p.Enum) > 0 {
			lit["enum"] = list(p.Enum)
		}
	}
	return lit
}
