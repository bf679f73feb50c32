package elevenlabs

// Webhook tools: agent.Tool ⇄ the webhook items of
// conversation_config.agent.prompt.tools (WebhookToolConfig-Input). Other
// tool types there (client, system, mcp…) and prompt.tool_ids, which links
// tools kept as ElevenLabs resources, pass through untouched.

import (
	"reflect"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

func isWebhook(item any) bool {
	m, ok := item.(object)
	if !ok {
		return false
	}
	typ, hasType := m.Value("type").(string)
	if !hasType {
		return m.Has("api_schema") // "webhook" is the type's default
	}
	return typ == "webhook"
}

// webhookItems returns the webhook items of prompt.tools, in order.
func webhookItems(t object) []object {
	v, _ := jsondoc.Lookup(t, pTools...)
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
	api := m.Path("api_schema")
	tl := agent.Tool{
		Name:        strAt(m, "name"),
		Description: strAt(m, "description"),
		URL:         strAt(api, "url"),
		Method:      strAt(api, "method"),
		Headers:     readHeaders(api.Path("request_headers")),
		Params:      readParams(api),
	}
	tl.TimeoutSeconds = jsondoc.IntegerPtr(m.Value("response_timeout_secs"))
	return tl
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
	v, _ := jsondoc.Lookup(t, pTools...)
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
	jsondoc.SetPath(t, out, pTools...)
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
	m := newObj("type", "webhook")
	if native != nil {
		base, m = readTool(native), jsondoc.Clone(native).(object)
	}
	if reflect.DeepEqual(tl, base) {
		return m
	}
	isNew := native == nil
	if isNew || tl.Name != base.Name {
		m.Set("name", tl.Name)
	}
	if isNew || tl.Description != base.Description {
		m.Set("description", tl.Description)
	}
	api := m.EnsurePath("api_schema")
	if isNew || tl.URL != base.URL {
		api.Set("url", tl.URL)
	}
	if tl.Method != base.Method {
		setOrDelete(api, "method", tl.Method, tl.Method != "")
	}
	if !reflect.DeepEqual(tl.TimeoutSeconds, base.TimeoutSeconds) {
		if tl.TimeoutSeconds != nil {
			m.Set("response_timeout_secs", jsondoc.IntegerValue(*tl.TimeoutSeconds))
		} else {
			m.Delete("response_timeout_secs")
		}
	}
	if !sameHeaders(tl.Headers, base.Headers) {
		h := writeHeaders(api.Path("request_headers"), tl.Headers)
		setOrDelete(api, "request_headers", h, h.Len() > 0)
	}
	if !reflect.DeepEqual(tl.Params, base.Params) {
		writeParams(api, tl.Params, tl.Method)
	}
	return m
}

func setOrDelete(m object, key string, v any, keep bool) {
	if keep {
		m.Set(key, v)
	} else {
		m.Delete(key)
	}
}
