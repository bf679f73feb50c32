package dasha

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// readSettings reads Dasha's own settings (settings_table.go) out of root:
// the table's through settingsdoc, the rest by hand. nil when none is set.
func readSettings(root *object) agent.Settings {
	m := settingsdoc.Read(root, docSettings)
	for k, v := range m {
		// An empty list is what Dasha sends for none; the draft leaves it out.
		if r, ok := v.([]map[string]any); ok && len(r) == 0 {
			delete(m, k)
		}
		if l, ok := v.([]string); ok && len(l) == 0 {
			delete(m, k)
		}
	}
	put := func(k string, v []map[string]any) {
		if len(v) == 0 {
			return
		}
		if m == nil {
			m = map[string]any{}
		}
		m[k] = v
	}
	cfg := root.Obj("config")
	put(keyResultQuery, readQuery(cfg.Path("resultWebhook", "customSettings", "queryParams"), nil))
	put(keyStartQuery, readQuery(cfg.Path("startWebhook", "webhook", "customSettings", "queryParams"), nil))
	var toolQuery []map[string]any
	for _, t := range objects(cfg.List("tools")) {
		toolQuery = append(toolQuery, readQuery(t.Path("webhook", "customSettings", "queryParams"), map[string]any{"tool": text(t, "name")})...)
	}
	put(keyToolQuery, toolQuery)
	var auth []map[string]any
	for _, c := range objects(cfg.List("mcpConnections")) {
		auth = append(auth, map[string]any{"server": text(c, "name"), "type": authType(c.Obj("authentication"))})
	}
	put(keyMCPAuth, auth)
	var labels []map[string]any
	for _, form := range objects(cfg.Path("features").List("postCallAnalysis")) {
		for _, l := range objects(form.List("labels")) {
			rec := map[string]any{"form": text(form, "name"), "name": text(l, "name")}
			if d := text(l, "description"); d != "" {
				rec["description"] = d
			}
			labels = append(labels, rec)
		}
	}
	put(keyPCALabels, labels)
	if m == nil {
		return nil
	}
	return agent.Settings{ProviderID: m}
}

// readQuery lists a name → value map as records, each starting from with.
// A value that is a credential (taken out of the document as a reference
// when it was read) is the record's secret value: the draft holds only
// the reference, the credentials the value.
func readQuery(q *object, with map[string]any) []map[string]any {
	var out []map[string]any
	for _, k := range q.Keys() {
		v := anyText(q.Value(k))
		rec := map[string]any{"name": k, "value": v}
		if agent.IsRef(v) {
			rec = map[string]any{"name": k, "secret": v}
		}
		for wk, wv := range with {
			rec[wk] = wv
		}
		out = append(out, rec)
	}
	return out
}

// writeSettings writes the settings of a that differ from base's into root,
// after the model's own fields are written (so the objects the model made,
// like a new tool, are there to take them).
func writeSettings(root *object, a, base *agent.Agent) {
	cur, was := a.Settings[ProviderID], base.Settings[ProviderID]
	for _, s := range docSettings {
		if v := cur[s.Key]; v != nil && (was[s.Key] == nil || !settingsdoc.Equal(s, v, was[s.Key])) {
			// Objects made on the way carry the version seed 004 gives them.
			keys := w(s.Wire)
			at(root, keys[:len(keys)-1]...)()
		}
	}
	settingsdoc.Overlay(root, cur, was, docSettings)

	cfg := root.Obj("config")
	if cfg == nil {
		return
	}
	writeQuery(cfg.Obj("resultWebhook"), records(cur[keyResultQuery]), records(was[keyResultQuery]))
	writeQuery(cfg.Path("startWebhook", "webhook"), records(cur[keyStartQuery]), records(was[keyStartQuery]))
	curTools, wasTools := byField(records(cur[keyToolQuery]), "tool"), byField(records(was[keyToolQuery]), "tool")
	for _, t := range objects(cfg.List("tools")) {
		name := text(t, "name")
		writeQuery(t.Obj("webhook"), curTools[name], wasTools[name])
	}
	curLabels, wasLabels := byField(records(cur[keyPCALabels]), "form"), byField(records(was[keyPCALabels]), "form")
	for _, form := range objects(cfg.Path("features").List("postCallAnalysis")) {
		name := text(form, "name")
		writeLabels(form, curLabels[name], wasLabels[name])
	}
	curAuth, wasAuth := byField(records(cur[keyMCPAuth]), "server"), byField(records(was[keyMCPAuth]), "server")
	for _, c := range objects(cfg.List("mcpConnections")) {
		name := text(c, "name")
		if recs := curAuth[name]; len(recs) > 0 {
			t, _ := agent.SettingText(recs[0]["type"])
			old := ""
			if w := wasAuth[name]; len(w) > 0 {
				old, _ = agent.SettingText(w[0]["type"])
			}
			writeMCPAuthType(c, t, old)
		}
	}
}

func records(v any) []map[string]any {
	r, _ := agent.SettingRecords(v)
	return r
}

func byField(recs []map[string]any, field string) map[string][]map[string]any {
	out := map[string][]map[string]any{}
	for _, r := range recs {
		k, _ := agent.SettingText(r[field])
		out[k] = append(out[k], r)
	}
	return out
}

// writeQuery rewrites a webhook's query values when the records changed,
// keeping each value the document holds (a reference, a number) that still
// reads the same. A record's secret value is written as its reference,
// which the encode resolves with the other credentials. A credential no
// record names stays: a draft pulled before query values had secret
// values never held it, so its absence does not mean it was removed.
// A webhook the document does not have takes none: its address is set
// first.
func writeQuery(webhook *object, cur, was []map[string]any) {
	if webhook == nil || sameQuery(cur, was) {
		return
	}
	settings := webhook.Obj("customSettings")
	if settings == nil {
		if len(cur) == 0 {
			return
		}
		settings = fresh(freshCustomSettingsJSON)
		webhook.Set("customSettings", settings)
	}
	old := settings.Obj("queryParams")
	named := map[string]bool{}
	for _, r := range cur {
		name, _ := agent.SettingText(r["name"])
		named[name] = true
	}
	q := jsondoc.NewObject()
	for _, k := range old.Keys() {
		switch v := old.Value(k); {
		case named[k]:
			q.Set(k, nil) // keeps its place; its value is set below
		case agent.IsRef(anyText(v)):
			q.Set(k, v) // a credential stays, unless a record now names it
		}
	}
	for _, r := range cur {
		name, _ := agent.SettingText(r["name"])
		val, _ := agent.SettingText(r["value"])
		if ref, _ := agent.SettingText(r["secret"]); ref != "" {
			val = ref
		}
		if name == "" {
			continue
		}
		if prev, ok := old.Get(name); ok && anyText(prev) == val {
			q.Set(name, prev)
			continue
		}
		q.Set(name, val)
	}
	settings.Set("queryParams", q)
}

// writeLabels rewrites a post-call form's labels when its records changed,
// each starting from the label of the same name so keys agentdeck does not
// model stay.
func writeLabels(form *object, cur, was []map[string]any) {
	if form == nil || sameRecords(cur, was, "name", "description") {
		return
	}
	old := map[string]*object{}
	for _, l := range objects(form.List("labels")) {
		old[text(l, "name")] = l
	}
	out := make([]any, 0, len(cur))
	for _, r := range cur {
		name, _ := agent.SettingText(r["name"])
		desc, _ := agent.SettingText(r["description"])
		l := jsondoc.NewObject()
		if o := old[name]; o != nil {
			l = jsondoc.Clone(o).(*object)
		}
		l.Set("name", name)
		putText(at(l), "description", desc, text(l, "description"), clearByDelete)
		out = append(out, l)
	}
	form.Set("labels", out)
}

func sameQuery(a, b []map[string]any) bool { return sameRecords(a, b, "name", "value", "secret") }

// sameRecords compares the text of keys in two lists of records.
func sameRecords(a, b []map[string]any, keys ...string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		for _, k := range keys {
			x, _ := agent.SettingText(a[i][k])
			y, _ := agent.SettingText(b[i][k])
			if x != y {
				return false
			}
		}
	}
	return true
}

// writeMCPAuthType sets how a connection signs in. The key or token is the
// connection's saved key (the model's api_key, a secret reference), so a
// bearer token is never written into the draft either. Dasha's seed shows
// the apiKey kind as {type, apiKey, headerName}; its MCP page names bearer
// tokens and no sign-in without their shape, so a bearer token is written
// as {type: "bearer", token} and no sign-in as no authentication.
func writeMCPAuthType(c *object, t, was string) {
	auth := c.Obj("authentication")
	switch t {
	case mcpAuthNone:
		if was != t {
			c.Set("authentication", nil)
		}
	case mcpAuthBearer:
		if auth == nil {
			return // the key, once set, makes it
		}
		if k, ok := auth.Get("apiKey"); ok {
			auth.Set("token", k)
			auth.Delete("apiKey")
			auth.Delete("headerName")
		}
		if text(auth, "type") != t {
			auth.Set("type", t)
		}
	case mcpAuthAPIKey:
		if auth == nil {
			return
		}
		if tok, ok := auth.Get("token"); ok {
			auth.Set("apiKey", tok)
			auth.Delete("token")
		}
		if was != t && text(auth, "type") != t {
			auth.Set("type", t) // a document that names no kind means this one
		}
	default:
		if auth != nil && text(auth, "type") != t {
			auth.Set("type", t) // a kind Dasha may add later, kept as typed
		}
	}
}

// authType is how a connection signs in: no authentication is none, and
// one without a type is the API-key kind seed 004's request shows.
func authType(auth *object) string {
	switch t := text(auth, "type"); {
	case auth == nil:
		return mcpAuthNone
	case t == "":
		return mcpAuthAPIKey
	default:
		return t
	}
}

// mcpKey is a connection's saved key: the API key, or a bearer token.
func mcpKey(auth *object) string { return text(auth, mcpKeyField(auth)) }

// mcpKeyField is where a connection's authentication holds its key.
func mcpKeyField(auth *object) string {
	if strings.EqualFold(text(auth, "type"), mcpAuthBearer) {
		return "token"
	}
	return "apiKey"
}
