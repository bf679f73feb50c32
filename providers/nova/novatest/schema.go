package novatest

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Keys of a Nova agent (seeds 000 and 001).
const (
	keyName     = "name"
	keyType     = "type"
	keyPrompt   = "prompt_template"
	keyCopyFrom = "copy_from_agent_id"
)

var configKeys = []string{
	"greeting_config", "goodbye_config", "extra_config", "room_duration_config", "vad_config",
	"llm_config", "voice_config", "transcriber_config", "background_sound", "precall_webhook",
}

type problem struct {
	loc []string
	msg string
}

// problemBody is a 422 body with a location per problem.
func problemBody(ps []problem) string {
	items := make([]map[string]any, 0, len(ps))
	for _, p := range ps {
		loc := []any{"body"}
		for _, l := range p.loc {
			if n, err := strconv.Atoi(l); err == nil {
				loc = append(loc, n) // a list index, a number as pydantic writes it
			} else {
				loc = append(loc, l)
			}
		}
		items = append(items, map[string]any{"loc": loc, "msg": p.msg, "type": "value_error"})
	}
	b, _ := json.Marshal(map[string]any{"detail": items})
	return string(b)
}

func parseBody(body []byte) (map[string]any, []problem) {
	obj, err := fakeapi.ParseObject(body)
	if err != nil || len(body) == 0 {
		return nil, []problem{{nil, "body must be a JSON object"}}
	}
	return obj, nil
}

// checkCreate holds a create body to seed 000: name and type required, only
// the four create fields allowed.
func checkCreate(obj map[string]any) []problem {
	var ps []problem
	for k := range obj {
		if k != keyName && k != keyType && k != keyPrompt && k != keyCopyFrom {
			ps = append(ps, problem{[]string{k}, "extra fields not permitted"})
		}
	}
	ps = append(ps, checkKind(obj, []string{keyName}, "string", true)...)
	ps = append(ps, checkKind(obj, []string{keyType}, "enum:voice|chat|video", true)...)
	ps = append(ps, checkKind(obj, []string{keyPrompt}, "string", false)...)
	ps = append(ps, checkKind(obj, []string{keyCopyFrom}, "string", false)...)
	return sortProblems(ps)
}

// patchSchema is seed 001's PATCH body (plus allowed_sip_trunks from the
// SDK): the settings objects with their fields' types, from the seed where
// it spells an object out and from the SDK's types where it shows only
// "object"; "!" marks the fields the SDK requires when the object is sent.
// A field an object does not list is refused, as an unknown top-level key
// is.
var patchSchema = map[string]map[string]string{
	"greeting_config":      {"agent_speaks_first": "bool", "greeting": "string", "pause_before_first_message": "integer", "voice_mail_message": "string", "welcome_message_is_generated": "bool"},
	"goodbye_config":       {"enabled": "bool", "message": "string"},
	"extra_config":         {"allow_interruptions": "bool", "interruption_sensitivity": "number", "min_words": "integer", "turn_detector_enabled": "bool", "turn_detector_is_multilingual": "bool", "turn_detector_model_type": "string", "use_gender_plugin": "string"},
	"room_duration_config": {"close_room_message": "string", "duration_warning_message": "string", "max_duration_min": "integer", "max_silence_sec": "integer", "silence_message": "string", "wait_for_message_sec": "integer"},
	"vad_config":           {"activation_threshold": "number", "max_buffered_speech": "integer", "min_silence_duration": "number", "min_speech_duration": "number", "prefix_padding_duration": "number", "sample_rate": "integer"},
	"llm_config":           {"provider": "enum:openai|anthropic!", "model": "string!", "system_prompt": "string", "temperature": "number", "top_p": "number", "max_tokens": "integer", "frequency_penalty": "number", "presence_penalty": "number", "top_k": "integer", "parallel_tool_calls": "bool"},
	"voice_config":         {"provider": "string!", "model": "string!", "voice_id": "string", "language": "string", "sample_rate": "integer", "speed": "number", "stability": "number", "similarity_boost": "number", "style": "number", "use_speaker_boost": "bool"},
	"transcriber_config": {
		"provider": "enum:deepgram|elevenlabs|speechmatics!", "model": "string", "language": "string", "language_code": "string",
		"keywords": "strings", "keyterms": "strings", "sample_rate": "integer", "num_channels": "integer",
		"interim_results": "bool", "punctuate": "bool", "smart_format": "bool", "filler_words": "bool", "profanity_filter": "bool",
		"endpointing": "integer", "no_delay": "bool", "vad_events": "bool",
		"eot_threshold": "number", "eager_eot_threshold": "number", "eot_timeout_ms": "integer",
		"commit_strategy": "enum:manual|vad", "include_timestamps": "bool", "include_language_detection": "bool", "detect_language": "bool",
		"endpointing_ms": "integer", "min_speech_duration_ms": "integer", "energy_filter": "bool", "enable_logging": "bool",
		"preemptive_generation": "bool", "preemptive_min_confidence": "number",
	},
	"background_sound": {"file": "string!", "enabled": "bool", "volume": "number", "initial_volume": "number", "thinking_sound": "records:thinking_sound"},
	"precall_webhook":  {"url": "string!", "method": "enum:GET|POST|PUT|PATCH!", "headers": "object", "body_template": "object", "timeout_seconds": "integer"},
}

// recordSchemas are the fields of each record of a list of records.
var recordSchemas = map[string]map[string]string{
	"thinking_sound": {"sound": "string!", "probability": "number", "volume": "number"},
}

// checkPatch holds a PATCH body to seed 001.
func checkPatch(obj map[string]any) []problem {
	var ps []problem
	for k, v := range obj {
		if schema, ok := patchSchema[k]; ok {
			if v != nil {
				ps = append(ps, checkObject(v, []string{k}, schema)...)
			}
			continue
		}
		switch k {
		case keyName, keyPrompt:
			ps = append(ps, checkKind(obj, []string{k}, "string", false)...)
		case keyType:
			ps = append(ps, checkKind(obj, []string{k}, "enum:voice|chat|video", false)...)
		case "default_functions", "allowed_sip_trunks":
			ps = append(ps, checkKind(obj, []string{k}, "strings", false)...)
		case "plugins":
			if _, ok := v.([]any); !ok {
				ps = append(ps, problem{[]string{k}, "value is not a valid list"})
			}
		default:
			ps = append(ps, problem{[]string{k}, "extra fields not permitted"})
		}
	}
	return sortProblems(ps)
}

// checkObject holds the object v at loc to schema: each listed field of
// its type, required ones present, no other field.
func checkObject(v any, loc []string, schema map[string]string) []problem {
	sub, isObj := v.(map[string]any)
	if !isObj {
		return []problem{{loc, "value is not a valid dict"}}
	}
	var ps []problem
	for field := range sub {
		if _, known := schema[field]; !known {
			ps = append(ps, problem{append(append([]string(nil), loc...), field), "extra fields not permitted"})
		}
	}
	for field, kind := range schema {
		at := append(append([]string(nil), loc...), field)
		if name, ok := strings.CutPrefix(kind, "records:"); ok {
			ps = append(ps, checkRecords(sub[field], at, recordSchemas[name])...)
			continue
		}
		ps = append(ps, checkKind(sub, at, strings.TrimSuffix(kind, "!"), strings.HasSuffix(kind, "!"))...)
	}
	return ps
}

// checkRecords holds a list of records, each to schema.
func checkRecords(v any, loc []string, schema map[string]string) []problem {
	if v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		return []problem{{loc, "value is not a valid list"}}
	}
	var ps []problem
	for i, item := range list {
		ps = append(ps, checkObject(item, append(append([]string(nil), loc...), strconv.Itoa(i)), schema)...)
	}
	return ps
}

// checkKind checks the value named by the last element of loc in obj.
func checkKind(obj map[string]any, loc []string, kind string, required bool) []problem {
	v, ok := obj[loc[len(loc)-1]]
	if !ok || v == nil {
		if required {
			return []problem{{loc, "field required"}}
		}
		return nil
	}
	bad := func(what string) []problem { return []problem{{loc, "value is not a valid " + what}} }
	switch {
	case kind == "string":
		if s, ok := v.(string); !ok || (required && s == "") {
			return bad("string")
		}
	case kind == "bool":
		if _, ok := v.(bool); !ok {
			return bad("boolean")
		}
	case kind == "number":
		if _, ok := jsondoc.Number(v); !ok {
			return bad("float")
		}
	case kind == "integer":
		n, ok := v.(json.Number)
		if _, err := n.Int64(); !ok || err != nil {
			return bad("integer")
		}
	case kind == "strings":
		if _, ok := jsondoc.Strings(v); !ok {
			return bad("list of strings")
		}
	case kind == "object":
		if _, ok := v.(map[string]any); !ok {
			return bad("dict")
		}
	case strings.HasPrefix(kind, "enum:"):
		options := strings.Split(strings.TrimPrefix(kind, "enum:"), "|")
		s, _ := v.(string)
		for _, opt := range options {
			if s == opt {
				return nil
			}
		}
		return []problem{{loc, "value is not a valid enumeration member; permitted: " + strings.Join(options, ", ")}}
	}
	return nil
}

func sortProblems(ps []problem) []problem {
	if len(ps) == 0 {
		return nil
	}
	sort.Slice(ps, func(i, j int) bool { return strings.Join(ps[i].loc, ".") < strings.Join(ps[j].loc, ".") })
	return ps
}
