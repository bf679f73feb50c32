package trillet

import "encoding/json"

// Keys of a Trillet call-agent document (seed 002).
const (
	keyName        = "name"
	keyType        = "type"
	keyTTS         = "ttsModel"
	keyLLM         = "llmModel"
	keyCallback    = "smartCallback"
	keyMaxAttempts = "maxAttemptsForSmartCallback"
	keyGaps        = "gapBetweenEachAttemptForSmartCallback"
	keyPhones      = "phoneNumberIds"
	keySettings    = "settings"
	keyVariables   = "variables"
	keyVendorKey   = "elevenLabsApiKey"
)

// responseOnlyKeys are in Trillet's answers but never in a request; import
// drops them and a push never sends them (reference/providers.md §2.3).
var responseOnlyKeys = []string{"_id", "workspaceId", "userId", "status", "currentNode", "activeSessions", "createdAt", "updatedAt", "__v"}

// Defaults a fresh draft's body gets for what the create requires (seed
// 002): the documented default model and voice, and the voice's vendor as
// the seed's example shows it.
const (
	defaultLLM        = "gpt-4o-mini"
	defaultTTSVendor  = "rime"
	defaultVoiceID    = "mistv2_Wildflower"
	defaultChannel    = "voice"
	byoElevenLabs     = "11labs_byo"
	defaultMaxAttempt = 5
)

// createModels is the llmModel list of the create page (seed 002).
var createModels = []string{
	"gpt-4o-mini", "gpt-4o", "gpt-4o-enterprise", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-enterprise",
	"gpt-4.1-mini-enterprise", "gemini-2.5-flash", "gemini-2.0-flash-001",
}

// updateModels is the llmModel list of the update page, which differs
// (reference/providers.md §2.3).
var updateModels = []string{
	"gpt-4o-mini", "gpt-4o-enterprise", "gpt-4.1", "gpt-4.1-mini", "gemini-2.5-flash-preview-native-audio-dialog",
	"gemini-2.5-flash", "gemini-live-2.5-flash-preview", "geminiaudiopipeline:gemini-2.5-flash-preview-native-audio-dialog",
	"gemini-2.0-flash-live-001", "gpt-5",
}

// errorBody is Trillet's error shape (docs: best practices):
// {"error": {"code": "…", "message": "…", "reset_at": "…"}}.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
		ResetAt string `json:"reset_at"`
	} `json:"error"`
}

// createdAgent is the part of a create answer that carries the id: the
// agent document's _id, or agentId in the older flat answer.
type createdAgent struct {
	ID      string `json:"_id"`
	AgentID string `json:"agentId"`
}

// agentSummary is the part of a listed agent a list shows.
type agentSummary struct {
	ID flexID `json:"_id"`
	// AltID and AgentID are where other forms of Trillet's docs put the
	// id (an "id" beside or instead of "_id", the flat create answer's
	// "agentId"); read so that a shape change never loses an agent's id.
	AltID     string `json:"id"`
	AgentID   string `json:"agentId"`
	Name      string `json:"name"`
	CreatedAt string `json:"createdAt"`
	UpdatedAt string `json:"updatedAt"`
}

// id is the agent's id in whichever form the list gave it.
func (s agentSummary) id() string { return first(string(s.ID), s.AltID, s.AgentID) }

// flexID reads an id written as a string, a number or a MongoDB extended
// JSON object ({"$oid": "…"}); anything else is no id, never an error that
// would make the whole list unreadable.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*f = flexID(s)
		return nil
	}
	var n json.Number
	if json.Unmarshal(b, &n) == nil {
		*f = flexID(n.String())
		return nil
	}
	var oid struct {
		OID string `json:"$oid"`
	}
	if json.Unmarshal(b, &oid) == nil {
		*f = flexID(oid.OID)
	}
	return nil
}
