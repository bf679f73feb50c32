package dasha

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
)

// toAgent reads the model's fields out of a Dasha agent document. It is a
// pure function of the tree; the encoder uses it too, to know what the
// native document already says.
func toAgent(root *object) agent.Agent {
	var a agent.Agent
	settings.Decode(root, &a)

	cfg := root.Obj("config")

	for _, v := range cfg.List("tools") {
		t, _ := v.(*object)
		a.Tools = append(a.Tools, readTool(t))
	}
	for _, v := range cfg.List("builtInTools") {
		b, _ := v.(*object)
		if kind, ok := builtinNames[text(b, "name")]; ok {
			a.Builtins = append(a.Builtins, agent.BuiltinTool{Kind: kind, Instructions: text(b, "additionalInstructions")})
		}
	}
	for _, v := range cfg.List("mcpConnections") {
		m, _ := v.(*object)
		a.MCP = append(a.MCP, readMCP(m))
	}
	a.Webhooks.PostCall = readWebhook(cfg.Obj("resultWebhook"))
	if sw := cfg.Obj("startWebhook"); sw != nil {
		a.Webhooks.PreCall = readWebhook(sw.Obj("webhook"))
		a.Webhooks.PreCall.TimeoutSeconds = integer(sw, "timeout")
	}
	a.Telephony.OutboundSIP = readSIP(cfg.Obj("outboundSipConfig"))
	a.Telephony.InboundNumber = text(root.Obj("inboundSipConfig"), "phoneNumber")

	if data := root.Obj("additionalData"); data != nil {
		for _, k := range data.Keys() {
			a.Variables = append(a.Variables, agent.Variable{Name: k, Value: anyText(data.Value(k))})
		}
	}
	a.Schedule = readSchedule(root.Obj("schedule"))
	a.Settings = readSettings(root)
	return a
}

func readTool(o *object) agent.Tool {
	t := agent.Tool{Name: text(o, "name"), Description: text(o, "description")}
	wh := o.Obj("webhook")
	t.URL = text(wh, "url")
	t.Headers = readHeaders(wh.Obj("headers"))
	settings := wh.Obj("customSettings")
	t.Method = text(settings, "httpMethod")
	t.BodyTemplate = text(settings.Obj("bodyFormat"), "template")
	t.Params = readParams(o.Obj("schema"))
	t.TimeoutSeconds = integer(o, "timeoutSeconds")
	t.Retries = integer(o, "retryCount")
	v, _ := o.Get("fallBackResult")
	t.FallbackResult = anyText(v)
	return t
}

// readParams turns a tool's JSON Schema into parameters: one per property,
// in the schema's order.
func readParams(schema *object) []agent.Param {
	props := schema.Obj("properties")
	if props == nil {
		return nil
	}
	required := map[string]bool{}
	for _, name := range stringList(schema.List("required")) {
		required[name] = true
	}
	var out []agent.Param
	for _, name := range props.Keys() {
		p := readParam(props.Obj(name))
		p.Name, p.Required = name, required[name]
		out = append(out, p)
	}
	return out
}

func readParam(prop *object) agent.Param {
	p := agent.Param{Type: text(prop, "type"), Description: text(prop, "description")}
	for _, e := range prop.List("enum") {
		p.Enum = append(p.Enum, anyText(e))
	}
	return p
}

func readHeaders(h *object) []agent.Header {
	if h == nil {
		return nil
	}
	var out []agent.Header
	for _, k := range h.Keys() {
		v := anyText(h.Value(k))
		if agent.IsRef(v) {
			out = append(out, agent.Header{Name: k, Secret: agent.SecretRef(v)})
			continue
		}
		out = append(out, agent.Header{Name: k, Value: v})
	}
	return out
}

func readMCP(o *object) agent.MCPServer {
	m := agent.MCPServer{
		Name:        text(o, "name"),
		URL:         text(o, "serverUrl"),
		Description: text(o, "description"),
		Transport:   mcpTransports[text(o, "transport")],
		Enabled:     boolean(o, "isEnabled"),
		Headers:     readHeaders(o.Obj("customHeaders")),
		AllowTools:  stringList(o.List("whiteListTools")),
		BlockTools:  stringList(o.List("blackListTools")),
	}
	auth := o.Obj("authentication")
	if key := mcpKey(auth); agent.IsRef(key) {
		m.APIKey = agent.SecretRef(key)
	}
	m.HeaderName = text(auth, "headerName")
	return m
}

func readWebhook(w *object) agent.Webhook {
	if w == nil {
		return agent.Webhook{}
	}
	settings := w.Obj("customSettings")
	return agent.Webhook{
		URL:          text(w, "url"),
		Method:       text(settings, "httpMethod"),
		Headers:      readHeaders(w.Obj("headers")),
		BodyTemplate: text(settings.Obj("bodyFormat"), "template"),
	}
}

func readSIP(o *object) *agent.OutboundSIP {
	if o == nil {
		return nil
	}
	s := &agent.OutboundSIP{
		Server:      text(o, "server"),
		AuthUser:    text(o, "authUser"),
		Domain:      text(o, "domain"),
		FromUser:    text(o, "fromUser"),
		DisplayName: text(o, "displayName"),
		Transport:   text(o, "transport"),
	}
	if pw := text(o, "password"); agent.IsRef(pw) {
		s.Password = agent.SecretRef(pw)
	}
	return s
}

// readSchedule turns Dasha's {hour, minute} pairs into "HH:MM" windows.
func readSchedule(o *object) agent.Schedule {
	s := agent.Schedule{Timezone: text(o, "timezone")}
	if o == nil {
		return s
	}
	for _, d := range s.Days() {
		for _, v := range o.List(d.Key) {
			w, _ := v.(*object)
			*d.Windows = append(*d.Windows, agent.Window{Start: clockText(w.Obj("start")), End: clockText(w.Obj("end"))})
		}
	}
	return s
}

// clockText shows {hour, minute} as "HH:MM"; a missing or broken part makes
// the whole time "", which validation then asks the person to fix.
func clockText(o *object) string {
	h, m := integer(o, "hour"), integer(o, "minute")
	if h == nil || m == nil {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", *h, *m)
}
