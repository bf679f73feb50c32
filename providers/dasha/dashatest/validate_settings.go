package dashatest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// The settings agentdeck edits beyond the neutral model (issue 17) are
// checked as ASP.NET would bind them: a value of the wrong type, or a key
// an object of seed 004's fixed shape does not have, is refused under its
// path. Objects whose shape only Dasha's feature pages describe (call
// transfer, post-call analysis forms) are checked by the types of the keys
// those pages name.

// kinds a checked key may have; "?" after a kind allows null.
type shape map[string]string

func (v *bodyCheck) settings(cfg map[string]any) {
	if tts, ok := cfg["ttsConfig"].(map[string]any); ok {
		v.object(tts, "config.ttsConfig.pronunciationDictionary", shape{"id": "string", "hash": "string"}, true)
		v.object(tts, "config.ttsConfig.speedAdjustment", shape{"version": "string", "strategy": "string"}, false)
		if opts, ok := tts["vendorSpecificOptions"].(map[string]any); ok {
			v.keys(opts, "config.ttsConfig.vendorSpecificOptions", shape{
				"stability": "number", "similarity_boost": "number", "style": "number", "use_speaker_boost": "bool",
				"optimize_streaming_latency": "integer", "emotions": "strings", "temperature": "number", "pitch": "number",
			}, false)
			v.emotions(opts["emotions"])
		}
	}
	if llm, ok := cfg["llmConfig"].(map[string]any); ok {
		v.object(llm, "config.llmConfig.options", shape{
			"temperature": "number?", "maxTokens": "integer?", "topP": "number?", "frequencyPenalty": "number?", "presencePenalty": "number?",
			"stop": "strings?", "trailingPrompt": "string?", "reasoningMode": "string?", "maxRetries": "integer?", "reasoningEffort": "string?",
		}, false)
	}
	if sip, ok := cfg["outboundSipConfig"].(map[string]any); ok {
		v.keys(sip, "config.outboundSipConfig", shape{"cpsLimit": "number?", "cpsKey": "string?"}, false)
	}
	features, _ := cfg["features"].(map[string]any)
	v.object(features, "config.features.maxDuration", shape{"version": "string", "maxDurationSeconds": "integer", "maxDurationInTransferSeconds": "integer", "isEnabled": "bool"}, true)
	v.object(features, "config.features.ivrDetection", shape{
		"version": "string", "isEnabled": "bool", "enabledForChat": "bool", "enabledForInbound": "bool",
		"enabledForOutbound": "bool", "enabledForWebCall": "bool", "ivrNavigation": "bool",
	}, true)
	v.object(features, "config.features.transfer", shape{"type": "string", "description": "string?", "endpointDestination": "string?", "transferRoutes": "list?"}, false)
	if tr, ok := features["transfer"].(map[string]any); ok {
		if t, ok := tr["type"]; ok && t != "cold" && t != "warm" && t != "http" {
			v.fail("config.features.transfer.type", "must be cold, warm or http")
		}
		v.records(tr["transferRoutes"], "config.features.transfer.transferRoutes", shape{"name": "string", "description": "string?", "endpointDestination": "string?"})
	}
	if pca, ok := features["postCallAnalysis"]; ok {
		v.records(pca, "config.features.postCallAnalysis", shape{"name": "string", "isEnabled": "bool?", "labels": "list?"})
		forms, _ := pca.([]any)
		for i, raw := range forms {
			form, _ := raw.(map[string]any)
			v.records(form["labels"], fmt.Sprintf("config.features.postCallAnalysis[%d].labels", i), shape{"name": "string", "description": "string?"})
		}
	}
	start, _ := cfg["startWebhook"].(map[string]any)
	v.keys(start, "config.startWebhook", shape{
		"webhook": "object", "version": "string", "fallbackResponse": "object?", "isEnabledForInbound": "bool",
		"isEnabledForOutbound": "bool", "isEnabledForWidget": "bool", "timeout": "integer",
	}, true)
	v.object(start, "config.startWebhook.fallbackResponse", shape{"accept": "bool", "reasonMessage": "string?"}, true)
	v.query(start["webhook"], "config.startWebhook.webhook")
	v.query(cfg["resultWebhook"], "config.resultWebhook")
	tools, _ := cfg["tools"].([]any)
	for i, raw := range tools {
		t, _ := raw.(map[string]any)
		v.query(t["webhook"], fmt.Sprintf("config.tools[%d].webhook", i))
	}
	mcps, _ := cfg["mcpConnections"].([]any)
	for i, raw := range mcps {
		m, _ := raw.(map[string]any)
		p := fmt.Sprintf("config.mcpConnections[%d].authentication", i)
		v.object(m, p, shape{"type": "string", "apiKey": "string?", "headerName": "string?", "token": "string?"}, true)
		if a, ok := m["authentication"].(map[string]any); ok {
			if t, ok := a["type"]; ok && t != "apiKey" && t != "bearer" {
				v.fail(p+".type", "must be apiKey or bearer")
			}
		}
	}
}

// object checks parent[key] against s when it is there; strict refuses
// keys s does not name.
func (v *bodyCheck) object(parent map[string]any, path string, s shape, strict bool) {
	key := path[strings.LastIndex(path, ".")+1:]
	raw, present := parent[key]
	if !present || raw == nil {
		return
	}
	o, ok := raw.(map[string]any)
	if !ok {
		v.fail(path, "must be an object")
		return
	}
	v.keys(o, path, s, strict)
}

func (v *bodyCheck) keys(o map[string]any, path string, s shape, strict bool) {
	for k, val := range o {
		kind, known := s[k]
		if !known {
			if strict {
				v.fail(path+"."+k, "Could not find member '"+k+"' on object of type '"+typeName(path)+"'.")
			}
			continue
		}
		if !fits(kind, val) {
			v.fail(path+"."+k, "The JSON value could not be converted to "+kind+".")
		}
	}
}

// records checks a list of objects, each against s (unknown keys kept).
func (v *bodyCheck) records(raw any, path string, s shape) {
	if raw == nil {
		return
	}
	list, ok := raw.([]any)
	if !ok {
		v.fail(path, "must be a list")
		return
	}
	for i, e := range list {
		o, ok := e.(map[string]any)
		if !ok {
			v.fail(fmt.Sprintf("%s[%d]", path, i), "must be an object")
			continue
		}
		v.keys(o, fmt.Sprintf("%s[%d]", path, i), s, false)
		if _, ok := s["name"]; ok {
			v.required(o, fmt.Sprintf("%s[%d].name", path, i))
		}
	}
}

// query: a webhook's query values are text.
func (v *bodyCheck) query(webhook any, path string) {
	w, _ := webhook.(map[string]any)
	cs, _ := w["customSettings"].(map[string]any)
	q, present := cs["queryParams"]
	if !present || q == nil {
		return
	}
	m, ok := q.(map[string]any)
	if !ok {
		v.fail(path+".customSettings.queryParams", "must be an object of text values")
		return
	}
	for k, val := range m {
		if _, ok := val.(string); !ok {
			v.fail(path+".customSettings.queryParams."+k, "The JSON value could not be converted to string.")
		}
	}
}

var emotion = regexp.MustCompile(`^(anger|positivity|surprise|sadness|curiosity):(lowest|low|high|highest)$`)

func (v *bodyCheck) emotions(raw any) {
	list, _ := raw.([]any)
	for i, e := range list {
		if s, _ := e.(string); !emotion.MatchString(s) {
			v.fail(fmt.Sprintf("config.ttsConfig.vendorSpecificOptions.emotions[%d]", i), "must be a feeling and a strength, like positivity:high")
		}
	}
}

func fits(kind string, val any) bool {
	if n := len(kind); kind[n-1] == '?' {
		if val == nil {
			return true
		}
		kind = kind[:n-1]
	}
	switch kind {
	case "string":
		_, ok := val.(string)
		return ok
	case "bool":
		_, ok := val.(bool)
		return ok
	case "number":
		_, ok := val.(json.Number)
		return ok
	case "integer":
		n, ok := val.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	case "strings":
		l, ok := val.([]any)
		for _, e := range l {
			if _, isText := e.(string); !isText {
				return false
			}
		}
		return ok
	case "list":
		_, ok := val.([]any)
		return ok
	case "object":
		_, ok := val.(map[string]any)
		return ok
	}
	return false
}

// typeName is the .NET type name a binder would show, from the path's
// last part.
func typeName(path string) string {
	last := path[strings.LastIndex(path, ".")+1:]
	return "DashaAI.BlackBox.AgentAPI." + strings.ToUpper(last[:1]) + last[1:]
}
