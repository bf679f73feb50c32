package trillettest

import (
	"maps"
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Keys of a Trillet call agent (seed 002).
const (
	keyName      = "name"
	keyTTS       = "ttsModel"
	keyLLM       = "llmModel"
	keyVendorKey = "elevenLabsApiKey"
)

var responseOnlyKeys = []string{"_id", "workspaceId", "userId", "status", "currentNode", "activeSessions", "createdAt", "updatedAt", "__v"}

// createModels is the llmModel list of the create page (seed 002).
var createModels = []string{
	"gpt-4o-mini", "gpt-4o", "gpt-4o-enterprise", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-enterprise",
	"gpt-4.1-mini-enterprise", "gemini-2.5-flash", "gemini-2.0-flash-001",
}

func parseBody(body []byte, create bool) (map[string]any, string) {
	obj, err := fakeapi.ParseObject(body)
	if err != nil || len(body) == 0 {
		return nil, "Request body must be a JSON object"
	}
	return obj, checkBody(obj, create)
}

// checkBody holds a body to seed 002 (create) or the update page, and
// returns Trillet's message for the first problem.
func checkBody(obj map[string]any, create bool) string {
	for _, k := range responseOnlyKeys {
		if _, ok := obj[k]; ok {
			return k + " is not allowed"
		}
	}
	if create {
		for _, k := range []string{keyName, keyTTS, keyLLM} {
			if _, ok := obj[k]; !ok {
				return k + " is required"
			}
		}
	}
	if v, ok := obj[keyName]; ok {
		if s, _ := v.(string); strings.TrimSpace(s) == "" {
			return "name must be a non-empty string"
		}
	}
	if msg := checkModel(obj, create); msg != "" {
		return msg
	}
	if msg := checkTTS(obj); msg != "" {
		return msg
	}
	if v, ok := obj["type"]; ok {
		if _, isText := v.(string); !isText {
			return "type must be a string"
		}
		if v != "voice" {
			return "type must be voice"
		}
	}
	if v, ok := obj["smartCallback"]; ok {
		if _, isBool := v.(bool); !isBool {
			return "smartCallback must be a boolean"
		}
	}
	if v, ok := obj["maxAttemptsForSmartCallback"]; ok {
		if _, isNum := jsondoc.Number(v); !isNum {
			return "maxAttemptsForSmartCallback must be a number"
		}
	}
	if msg := checkGaps(obj); msg != "" {
		return msg
	}
	if v, ok := obj["phoneNumberIds"]; ok {
		if _, isList := jsondoc.Strings(v); !isList {
			return "phoneNumberIds must be an array of phone number ids"
		}
	}
	for _, k := range []string{"settings", "variables"} {
		if v, ok := obj[k]; ok {
			if _, isObj := v.(map[string]any); !isObj {
				return k + " must be an object"
			}
		}
	}
	for _, k := range []string{"speed", "volume", "temperature"} {
		if v, ok := fakeapi.Lookup(obj, "settings", k); ok {
			if _, isNum := jsondoc.Number(v); !isNum {
				return "settings." + k + " must be a number"
			}
		}
	}
	return ""
}

func checkModel(obj map[string]any, create bool) string {
	v, ok := obj[keyLLM]
	if !ok {
		return ""
	}
	s, isText := v.(string)
	switch {
	case !isText || s == "":
		return "llmModel must be a string"
	case create && !contains(createModels, s):
		// The create page says "must be one of"; the update page's own
		// example sends a model outside its list, so updates are not held
		// to one.
		return "llmModel must be one of: " + strings.Join(createModels, ", ")
	}
	return ""
}

func checkTTS(obj map[string]any) string {
	v, ok := obj[keyTTS]
	if !ok {
		return ""
	}
	tts, isObj := v.(map[string]any)
	if !isObj {
		return "ttsModel must be an object"
	}
	for k, tv := range tts {
		if _, isText := tv.(string); !isText {
			return "ttsModel." + k + " must be a string"
		}
	}
	if tts["provider"] == "11labs_byo" {
		if key, _ := tts[keyVendorKey].(string); key == "" {
			return "ttsModel.elevenLabsApiKey is required when provider is 11labs_byo"
		}
	}
	return ""
}

func checkGaps(obj map[string]any) string {
	v, ok := obj["gapBetweenEachAttemptForSmartCallback"]
	if !ok {
		return ""
	}
	list, isList := v.([]any)
	if !isList {
		return "gapBetweenEachAttemptForSmartCallback must be an array"
	}
	for _, item := range list {
		m, isObj := item.(map[string]any)
		if !isObj {
			return "gapBetweenEachAttemptForSmartCallback items must be objects with days and hours"
		}
		for _, k := range []string{"days", "hours"} {
			if _, isNum := jsondoc.Number(m[k]); !isNum {
				return "gapBetweenEachAttemptForSmartCallback." + k + " must be a number"
			}
		}
	}
	return ""
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// documented are the keys seed 002 documents, by object ("" for the top
// level): its field list, its example (type, ttsModel.name and the three
// settings) and ttsModel's fields as its response section names them.
var documented = map[string][]string{
	"": {
		keyName, keyTTS, keyLLM, "type", "smartCallback", "maxAttemptsForSmartCallback",
		"gapBetweenEachAttemptForSmartCallback", "phoneNumberIds", "settings", "variables",
	},
	keyTTS:     {"provider", "voiceId", "name", "language", keyVendorKey},
	"settings": {"speed", "volume", "temperature"},
}

// unknownKey names the first key obj has that seed 002 does not document,
// in Trillet's words, or "".
func unknownKey(obj map[string]any) string {
	for _, where := range []string{"", keyTTS, "settings"} {
		keys := obj
		if where != "" {
			keys = asObject(obj[where])
		}
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			if !contains(documented[where], k) {
				if where != "" {
					k = where + "." + k
				}
				return k + " is not allowed"
			}
		}
	}
	return ""
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}
