package elevenlabs

// Tool parameters: agent.Param ⇄ the three parameter schemas of a webhook
// tool's api_schema: path_params_schema (a map of literal properties, all
// required), query_params_schema ({properties, required}, literals only)
// and request_body_schema (an object schema that may nest).

import (
	"slices"

	"github.com/agentdeck/agentdeck/agent"
)

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
