package dasha

import (
	"reflect"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

func writeMCP(root *object, model, base []agent.MCPServer) {
	writeNamedList(root, "mcpConnections", freshMCPJSON, model, base, func(m *agent.MCPServer) string { return m.Name }, readMCP, writeOneMCP)
}

func writeOneMCP(item *object, m, was *agent.MCPServer) {
	here := at(item)
	putText(here, "name", m.Name, was.Name, clearByDelete)
	putText(here, "serverUrl", m.URL, was.URL, clearByDelete)
	putText(here, "description", m.Description, was.Description, clearToNull)
	putText(here, "transport", dashaTransport(m.Transport), dashaTransport(was.Transport), clearByDelete)
	putBool(here, "isEnabled", m.Enabled, was.Enabled, clearByDelete)
	writeHeaders(here, "customHeaders", m.Headers, was.Headers)
	putStrings(here, "whiteListTools", m.AllowTools, was.AllowTools, clearToNull)
	putStrings(here, "blackListTools", m.BlockTools, was.BlockTools, clearToNull)

	if m.APIKey == was.APIKey && m.HeaderName == was.HeaderName {
		return
	}
	if m.APIKey == "" && m.HeaderName == "" {
		item.Set("authentication", nil)
		return
	}
	auth := item.Obj("authentication")
	wasKey, wasHeader := was.APIKey, was.HeaderName
	if auth == nil {
		auth = fresh(freshMCPAuthJSON)
		item.Set("authentication", auth)
		wasKey, wasHeader = "", ""
	}
	putText(at(auth), mcpKeyField(auth), string(m.APIKey), string(wasKey), clearToNull)
	putText(at(auth), "headerName", m.HeaderName, wasHeader, clearToNull)
}

// dashaTransport names a model transport the way Dasha does; an unknown
// value is passed on as typed (validation has already warned).
func dashaTransport(t string) string {
	for dasha, model := range mcpTransports {
		if model == t {
			return dasha
		}
	}
	return t
}

// writeBuiltins keeps Dasha's list in its own order: entries agentdeck does
// not know stay where they are, known ones stay while the draft has them,
// and newly ticked tools are added at the end.
func writeBuiltins(root *object, model, base []agent.BuiltinTool) {
	if len(model) == 0 && len(base) == 0 || reflect.DeepEqual(model, base) {
		return
	}
	wanted := map[string]agent.BuiltinTool{}
	for _, b := range model {
		if _, dup := wanted[b.Kind]; !dup {
			wanted[b.Kind] = b
		}
	}
	done := map[string]bool{}
	var out []any
	for _, v := range root.Obj("config").List("builtInTools") {
		item, _ := v.(*object)
		kind, known := builtinNames[text(item, "name")]
		if !known {
			out = append(out, v)
			continue
		}
		b, keep := wanted[kind]
		if !keep || done[kind] {
			continue
		}
		done[kind] = true
		item = jsondoc.Clone(item).(*object)
		putText(at(item), "additionalInstructions", b.Instructions, text(item, "additionalInstructions"), clearToNull)
		out = append(out, item)
	}
	for _, b := range model {
		name := dashaBuiltin(b.Kind)
		if done[b.Kind] || name == "" {
			continue
		}
		done[b.Kind] = true
		item := fresh(freshBuiltinJSON)
		item.Set("name", name)
		putText(at(item), "additionalInstructions", b.Instructions, "", clearToNull)
		out = append(out, item)
	}
	if out == nil {
		out = []any{}
	}
	at(root, "config")().Set("builtInTools", out)
}

// dashaBuiltin is Dasha's name for a built-in tool kind, "" when Dasha has
// no such tool.
func dashaBuiltin(kind string) string {
	for name, k := range builtinNames {
		if k == kind {
			return name
		}
	}
	return ""
}

// writeResultWebhook: Dasha's result webhook is the after-call webhook. No
// address means no webhook.
func writeResultWebhook(root *object, w, was agent.Webhook) {
	if sameWebhook(w, was) {
		return
	}
	if rw := configWebhook(root, "resultWebhook", freshResultWebhookJSON, w, &was); rw != nil {
		writeWebhookBody(rw, &w, &was)
	}
}

// writeStartWebhook: Dasha's start webhook is the before-call webhook, with
// its timeout one level up from the request it describes.
func writeStartWebhook(root *object, w, was agent.Webhook) {
	if sameWebhook(w, was) && equalPtr(w.TimeoutSeconds, was.TimeoutSeconds) {
		return
	}
	if sw := configWebhook(root, "startWebhook", freshStartWebhookJSON, w, &was); sw != nil {
		writeWebhookBody(sw.Ensure("webhook"), &w, &was)
		putInt(at(sw), "timeout", w.TimeoutSeconds, was.TimeoutSeconds, clearByDelete)
	}
}

// configWebhook is the webhook at config's key for w: removed (nil) when w
// has no address, else the one there, or a new one from freshJSON (and was
// then empty: nothing was there before).
func configWebhook(root *object, key, freshJSON string, w agent.Webhook, was *agent.Webhook) *object {
	cfg := at(root, "config")()
	if w.URL == "" {
		cfg.Delete(key)
		return nil
	}
	o := cfg.Obj(key)
	if o == nil {
		o, *was = fresh(freshJSON), agent.Webhook{}
		cfg.Set(key, o)
	}
	return o
}

func writeWebhookBody(o *object, w, was *agent.Webhook) {
	putText(at(o), "url", w.URL, was.URL, clearByDelete)
	writeHeaders(at(o), "headers", w.Headers, was.Headers)
	writeCustomSettings(at(o), w.Method, was.Method, w.BodyTemplate, was.BodyTemplate)
}

// sameWebhook compares the parts of a webhook Dasha carries.
func sameWebhook(a, b agent.Webhook) bool {
	return a.URL == b.URL && a.Method == b.Method && a.BodyTemplate == b.BodyTemplate &&
		(len(a.Headers) == 0 && len(b.Headers) == 0 || reflect.DeepEqual(a.Headers, b.Headers))
}

func writeSIP(root *object, s, was *agent.OutboundSIP) {
	if s == nil && was == nil || s != nil && was != nil && *s == *was {
		return
	}
	cfg := at(root, "config")()
	if s == nil {
		cfg.Delete("outboundSipConfig")
		return
	}
	sip := cfg.Obj("outboundSipConfig")
	if sip == nil || was == nil {
		sip, was = fresh(freshOutboundSIPJSON), &agent.OutboundSIP{}
		cfg.Set("outboundSipConfig", sip)
	}
	here := at(sip)
	putText(here, "server", s.Server, was.Server, clearByDelete)
	putText(here, "authUser", s.AuthUser, was.AuthUser, clearToNull)
	putText(here, "password", string(s.Password), string(was.Password), clearToNull)
	putText(here, "domain", s.Domain, was.Domain, clearToNull)
	putText(here, "fromUser", s.FromUser, was.FromUser, clearToNull)
	putText(here, "displayName", s.DisplayName, was.DisplayName, clearToNull)
	putText(here, "transport", s.Transport, was.Transport, clearByDelete)
}
