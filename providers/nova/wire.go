package nova

import (
	"bytes"
	"encoding/base64"
	"encoding/json"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Keys of a Nova agent document (seeds 000 and 001). The create call takes
// only createKeys; everything else goes in the PATCH that follows.
const (
	keyName       = "name"
	keyType       = "type"
	keyPrompt     = "prompt_template"
	keyCopyFrom   = "copy_from_agent_id"
	keySIPTrunks  = "allowed_sip_trunks"
	keyGreeting   = "greeting_config"
	keyGoodbye    = "goodbye_config"
	keyExtra      = "extra_config"
	keyRoom       = "room_duration_config"
	keyVAD        = "vad_config"
	keyLLM        = "llm_config"
	keyVoice      = "voice_config"
	keyTranscribe = "transcriber_config"
	keyBackground = "background_sound"
	keyPreCall    = "precall_webhook"
	keyFunctions  = "default_functions"
	keyPlugins    = "plugins"
)

// createKeys are the fields of POST /org/{org_id}/agents (seed 000).
var createKeys = []string{keyName, keyType, keyPrompt, keyCopyFrom}

// createOnlyKeys are sent on create but not in the PATCH: a copy source only
// means something when the agent is made.
var createOnlyKeys = []string{keyCopyFrom}

// responseOnlyKeys are in Nova's answers but never in a request; import
// drops them so that a pulled agent pushes back cleanly.
var responseOnlyKeys = []string{"id", "organization_id", "created_at", "updated_at", "public_quota", "tools"}

// configKeys are the settings objects. Requests carry them as JSON objects;
// Nova's docs show them in answers as integer arrays (a spec-generator
// artefact for raw JSON columns), and they may also arrive as null.
var configKeys = []string{keyGreeting, keyGoodbye, keyExtra, keyRoom, keyVAD, keyLLM, keyVoice, keyTranscribe, keyBackground, keyPreCall}

// channelTypes are the values of type.
var channelTypes = []string{"voice", "chat", "video"}

// defaultChannel is the type a new agent gets when none is chosen.
const defaultChannel = "voice"

// createdAgent is the part of an AgentResponse the create call needs.
type createdAgent struct {
	ID string `json:"id"`
}

// agentList is the answer of GET /org/{org_id}/agents.
type agentList struct {
	Data []agentSummary `json:"data"`
	Meta listMeta       `json:"meta"`
}

type agentSummary struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	CreatedAt string `json:"created_at"`
	UpdatedAt string `json:"updated_at"`
}

type listMeta struct {
	Page       int `json:"page"`
	Size       int `json:"size"`
	Total      int `json:"total"`
	TotalPages int `json:"total_pages"`
}

// normalizeConfig returns a settings object as a request carries it. ok is
// false when the value holds no settings and should be dropped: the seed's
// integer-array placeholder ([123]) or anything else that is not an object.
// An integer array that spells out JSON text byte by byte, and a base64
// string of JSON text (what a raw byte column can turn into), are read.
func normalizeConfig(v any) (any, bool) {
	switch t := v.(type) {
	case nil, *jsondoc.Object:
		return t, true
	case []any:
		raw := make([]byte, 0, len(t))
		for _, item := range t {
			n, ok := jsondoc.Integer(item)
			if !ok || n < 0 || n > 255 {
				return nil, false
			}
			raw = append(raw, byte(n))
		}
		return objectFrom(raw)
	case string:
		raw, err := base64.StdEncoding.DecodeString(t)
		if err != nil {
			return nil, false
		}
		return objectFrom(raw)
	}
	return nil, false
}

func objectFrom(raw []byte) (any, bool) {
	if !bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) || !json.Valid(raw) {
		return nil, false
	}
	obj, err := jsondoc.ParseOrNew(raw)
	if err != nil {
		return nil, false
	}
	return obj, true
}
