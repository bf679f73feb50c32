package dashatest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// ValidateBody checks a create or update body against seed 004's request
// shape and documented limits, the way an ASP.NET model binder reports
// problems: PascalCase paths to lists of messages. An empty map means the
// body is fine.
func ValidateBody(body []byte) map[string][]string {
	v := &bodyCheck{errs: map[string][]string{}}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		v.fail("", "The request body is not valid JSON.")
		return v.errs
	}
	for _, k := range []string{"agentId", "orgId", "createdTime", "lastUpdateTime"} {
		if _, ok := doc[k]; ok {
			v.fail(k, "is set by Dasha and cannot be sent")
		}
	}
	v.secretsResolved("", doc)
	name, ok := doc["name"].(string)
	if !ok || len([]rune(name)) < 1 || len([]rune(name)) > 100 {
		v.fail("name", "The field Name must be a string with a minimum length of 1 and a maximum length of 100.")
	}
	v.optional(doc, "isEnabled", "bool")
	v.optional(doc, "description", "string")
	v.optional(doc, "additionalData", "object")
	cfg, ok := doc["config"].(map[string]any)
	if !ok {
		v.fail("config", "The Config field is required.")
		return v.errs
	}
	v.required(cfg, "config.primaryLanguage")
	v.versions("config", cfg)
	v.tts(cfg)
	v.llm(cfg)
	if stt, ok := cfg["sttConfig"].(map[string]any); ok && stt["vendor"] != "Auto" {
		v.fail("config.sttConfig.vendor", "Only Auto is supported.")
	}
	v.lists(cfg)
	v.webhooks(cfg)
	v.settings(cfg)
	if sip, ok := cfg["outboundSipConfig"].(map[string]any); ok {
		v.required(sip, "config.outboundSipConfig.server")
		if t, ok := sip["transport"]; ok && t != "udp" && t != "tcp" && t != "tls" {
			v.fail("config.outboundSipConfig.transport", "must be udp, tcp or tls")
		}
	}
	if s, ok := doc["schedule"].(map[string]any); ok {
		v.schedule(s)
	}
	return v.errs
}

type bodyCheck struct{ errs map[string][]string }

// fail records a problem under the .NET spelling of path.
func (v *bodyCheck) fail(path, msg string) {
	parts := strings.Split(path, ".")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	key := strings.Join(parts, ".")
	v.errs[key] = append(v.errs[key], msg)
}

func (v *bodyCheck) required(o map[string]any, path string) {
	key := path[strings.LastIndex(path, ".")+1:]
	if s, ok := o[key].(string); !ok || s == "" {
		v.fail(path, "The "+key+" field is required.")
	}
}

func (v *bodyCheck) optional(o map[string]any, key, kind string) {
	val, present := o[key]
	if !present || val == nil {
		return
	}
	ok := false
	switch kind {
	case "bool":
		_, ok = val.(bool)
	case "string":
		_, ok = val.(string)
	case "object":
		_, ok = val.(map[string]any)
	}
	if !ok {
		v.fail(key, "must be a "+kind+" or null")
	}
}

// versions: every "version" under config is a non-empty string.
func (v *bodyCheck) versions(path string, o map[string]any) {
	for k, val := range o {
		switch t := val.(type) {
		case map[string]any:
			v.versions(path+"."+k, t)
		case string:
			if k == "version" && t == "" {
				v.fail(path+".version", "must not be empty")
			}
		}
		if k == "version" {
			if _, ok := val.(string); !ok {
				v.fail(path+".version", "must be a string such as v1")
			}
		}
	}
}

// secretsResolved: a masked value or a reference in a body means agentdeck
// sent a placeholder instead of the real secret.
func (v *bodyCheck) secretsResolved(path string, val any) {
	switch t := val.(type) {
	case map[string]any:
		for k, c := range t {
			v.secretsResolved(strings.TrimPrefix(path+"."+k, "."), c)
		}
	case []any:
		for i, c := range t {
			v.secretsResolved(fmt.Sprintf("%s[%d]", path, i), c)
		}
	case string:
		if t == "********" || strings.HasPrefix(t, "secret:") {
			v.fail(path, "holds a placeholder, not a real value")
		}
	}
}

var speedLimits = map[string][2]float64{
	"ElevenLabs": {0.7, 1.2}, "Cartesia": {0, 2}, "Dasha": {0.25, 4}, "Inworld": {0.8, 1.5}, "Lmnt": {1, 1},
}

func (v *bodyCheck) tts(cfg map[string]any) {
	tts, ok := cfg["ttsConfig"].(map[string]any)
	if !ok {
		v.fail("config.ttsConfig", "The TtsConfig field is required.")
		return
	}
	v.required(tts, "config.ttsConfig.voiceId")
	vendor, _ := tts["vendor"].(string)
	lim, known := speedLimits[vendor]
	if !known {
		v.fail("config.ttsConfig.vendor", "must be ElevenLabs, Cartesia, Dasha, Inworld or Lmnt")
	}
	if s, ok := tts["speed"].(json.Number); ok && known {
		if f, _ := s.Float64(); f < lim[0] || f > lim[1] {
			v.fail("config.ttsConfig.speed", fmt.Sprintf("must be from %g to %g for %s", lim[0], lim[1], vendor))
		}
	}
}

func (v *bodyCheck) llm(cfg map[string]any) {
	llm, ok := cfg["llmConfig"].(map[string]any)
	if !ok {
		v.fail("config.llmConfig", "The LlmConfig field is required.")
		return
	}
	for _, k := range []string{"model", "vendor", "prompt"} {
		v.required(llm, "config.llmConfig."+k)
	}
	if opts, ok := llm["options"].(map[string]any); ok {
		if t, ok := opts["temperature"].(json.Number); ok {
			if f, _ := t.Float64(); f < 0 || f > 2 {
				v.fail("config.llmConfig.options.temperature", "must be from 0 to 2")
			}
		}
	}
}

var toolName = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)

func (v *bodyCheck) lists(cfg map[string]any) {
	tools, _ := cfg["tools"].([]any)
	for i, raw := range tools {
		t, _ := raw.(map[string]any)
		p := fmt.Sprintf("config.tools[%d]", i)
		if n, _ := t["name"].(string); !toolName.MatchString(n) {
			v.fail(p+".name", "must match ^[a-zA-Z_][a-zA-Z0-9_]*$")
		}
		v.required(t, p+".description")
		if _, ok := t["schema"].(map[string]any); !ok {
			v.fail(p+".schema", "The Schema field is required.")
		}
		if wh, ok := t["webhook"].(map[string]any); !ok {
			v.fail(p+".webhook", "The Webhook field is required.")
		} else {
			v.required(wh, p+".webhook.url")
		}
		v.intRange(t, p, "timeoutSeconds", 1, 300)
		v.intRange(t, p, "retryCount", 0, 5)
	}
	builtins, _ := cfg["builtInTools"].([]any)
	for i, raw := range builtins {
		b, _ := raw.(map[string]any)
		v.required(b, fmt.Sprintf("config.builtInTools[%d].name", i))
	}
	mcps, _ := cfg["mcpConnections"].([]any)
	for i, raw := range mcps {
		m, _ := raw.(map[string]any)
		p := fmt.Sprintf("config.mcpConnections[%d]", i)
		v.required(m, p+".name")
		v.required(m, p+".serverUrl")
		if t, ok := m["transport"]; ok && t != "SSE" && t != "StreamableHTTP" {
			v.fail(p+".transport", "must be SSE or StreamableHTTP")
		}
	}
}

func (v *bodyCheck) intRange(o map[string]any, path, key string, lo, hi int64) {
	val, ok := o[key]
	if !ok || val == nil {
		return
	}
	n, isNum := val.(json.Number)
	i, err := n.Int64()
	if !isNum || err != nil || i < lo || i > hi {
		v.fail(path+"."+key, fmt.Sprintf("must be a whole number from %d to %d", lo, hi))
	}
}

func (v *bodyCheck) webhooks(cfg map[string]any) {
	if rw, ok := cfg["resultWebhook"].(map[string]any); ok {
		v.required(rw, "config.resultWebhook.url")
	}
	if sw, ok := cfg["startWebhook"].(map[string]any); ok {
		wh, _ := sw["webhook"].(map[string]any)
		v.required(wh, "config.startWebhook.webhook.url")
	}
}

func (v *bodyCheck) schedule(s map[string]any) {
	v.required(s, "schedule.timezone")
	for _, day := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		windows, _ := s[day].([]any)
		for i, raw := range windows {
			w, _ := raw.(map[string]any)
			p := fmt.Sprintf("schedule.%s[%d]", day, i)
			start, okS := v.clock(w, p+".start")
			end, okE := v.clock(w, p+".end")
			if okS && okE && end <= start {
				v.fail(p, "End must be after Start.")
			}
		}
	}
}

func (v *bodyCheck) clock(w map[string]any, path string) (int64, bool) {
	t, _ := w[path[strings.LastIndex(path, ".")+1:]].(map[string]any)
	h, errH := asInt(t["hour"])
	m, errM := asInt(t["minute"])
	if errH != nil || h < 0 || h > 23 {
		v.fail(path+".hour", "must be from 0 to 23")
		return 0, false
	}
	if errM != nil || m < 0 || m > 59 {
		v.fail(path+".minute", "must be from 0 to 59")
		return 0, false
	}
	return h*60 + m, true
}

func asInt(v any) (int64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("not a number")
	}
	return n.Int64()
}
