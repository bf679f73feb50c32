package elevenlabs

// Tool parameters: agent.Param ⇄ the three parameter schemas of a webhook
// tool's api_schema: path_params_schema (a map of literal properties, all
// required), query_params_schema ({properties, required}, literals only)
// and request_body_schema (an object schema that may nest).

import (
	"slices"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// readParams lists a tool's parameters: path ones (always required), then
// query ones, then body ones, each group by name.
func readParams(api object) []agent.Param {
	var out []agent.Param
	pathParams := api.Path("path_params_schema")
	for _, name := range sortedKeys(pathParams) {
		out = append(out, paramOf(name, pathParams.Value(name), "path", true))
	}
	for _, in := range []string{"query", "body"} {
		schema := api.Path(in + "_params_schema")
		if in == "body" {
			schema = api.Path("request_body_schema")
		}
		props := schema.Path("properties")
		required := jsondoc.StringList(schema.Value("required"))
		for _, name := range sortedKeys(props) {
			out = append(out, paramOf(name, props.Value(name), in, slices.Contains(required, name)))
		}
	}
	return out
}

func paramOf(name string, v any, in string, required bool) agent.Param {
	lit, _ := v.(object)
	return agent.Param{
		Name:        name,
		Type:        typeOf(lit.Value("type")),
		Description: strAt(lit, "description"),
		Required:    required,
		Enum:        jsondoc.StringList(lit.Value("enum")),
		In:          in,
	}
}

// typeOf reads a property's type, which may be a pair like ["string", "null"].
func typeOf(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	for _, s := range jsondoc.StringList(v) {
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
	for _, name := range sortedKeys(api.Path("path_params_schema")) {
		old[name] = api.Path("path_params_schema").Obj(name)
	}
	for _, key := range []string{"query_params_schema", "request_body_schema"} {
		props := api.Path(key, "properties")
		for _, name := range sortedKeys(props) {
			old[name] = props.Obj(name)
		}
	}
	pathProps, queryProps, bodyProps := jsondoc.NewObject(), jsondoc.NewObject(), jsondoc.NewObject()
	var queryReq, bodyReq []string
	for _, p := range params {
		lit := literal(p, old[p.Name])
		switch paramPlace(p, method) {
		case "path":
			pathProps.Set(p.Name, lit)
		case "query":
			queryProps.Set(p.Name, lit)
			if p.Required {
				queryReq = append(queryReq, p.Name)
			}
		default:
			bodyProps.Set(p.Name, lit)
			if p.Required {
				bodyReq = append(bodyReq, p.Name)
			}
		}
	}
	setOrDelete(api, "path_params_schema", pathProps, pathProps.Len() > 0 || api.Has("path_params_schema"))
	writeSchema(api, "query_params_schema", queryProps, queryReq, jsondoc.NewObject())
	writeSchema(api, "request_body_schema", bodyProps, bodyReq, newObj("type", "object", "description", ""))
}

// writeSchema sets an object schema's properties and required list, or
// nulls a schema that no longer has properties.
func writeSchema(api object, key string, props object, required []string, fresh object) {
	if props.Len() == 0 {
		if api.Has(key) {
			api.Set(key, nil)
		}
		return
	}
	schema, ok := api.Value(key).(object)
	if !ok {
		schema = fresh
	}
	schema.Set("properties", props)
	schema.Set("required", jsondoc.StringsValue(required))
	api.Set(key, schema)
}

// literal overlays a parameter on its old schema property (nil when new).
func literal(p agent.Param, old object) object {
	typ := p.Type
	if typ == "" {
		typ = "string"
	}
	if old != nil && typeOf(old.Value("type")) == typ {
		lit := jsondoc.Clone(old).(object)
		if p.Description != strAt(old, "description") {
			lit.Set("description", p.Description)
			if p.Description != "" {
				// ElevenLabs takes one source per value: a description
				// means the LLM fills it in.
				for _, k := range []string{"dynamic_variable", "constant_value", "is_system_provided", "is_omitted"} {
					lit.Delete(k)
				}
			}
		}
		if !slices.Equal(p.Enum, jsondoc.StringList(old.Value("enum"))) {
			setOrDelete(lit, "enum", jsondoc.StringsValue(p.Enum), len(p.Enum) > 0)
		}
		return lit
	}
	lit := newObj("type", typ, "description", p.Description)
	switch typ {
	case "object":
		lit.Set("properties", jsondoc.NewObject())
		lit.Set("required", []any{})
	case "array":
		lit.Set("items", newObj("type", "string", "description", ""))
	default:
		if len(p.Enum) > 0 {
			lit.Set("enum", jsondoc.StringsValue(p.Enum))
		}
	}
	return lit
}
