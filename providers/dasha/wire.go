package dasha

import (
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// The wire shape of a Dasha BlackBox agent, from seed 004 (the create page's
// request and response). Agentdeck keeps the document as a generic tree (see
// tree.go); this file holds the pieces a fresh document is built from, with
// every "version" field the seed shows and Dasha's documented defaults.
//
// Defaults not in the seed: the voice is the one Dasha gives new agents
// (ElevenLabs, zmcVlqmyk3Jpn5AVYcAL, "voice-and-speech" docs page) and the
// LLM is openai / gpt-4o-mini (the values a third-party client sends; Dasha
// does not document its vendor strings). People can change both.

// Default values a fresh document starts from.
const (
	defaultLanguage  = "en-US"
	defaultTTSVendor = "ElevenLabs"
	defaultVoiceID   = "zmcVlqmyk3Jpn5AVYcAL"
	defaultLLMVendor = "openai"
	defaultLLMModel  = "gpt-4o-mini"
)

// Response-only fields, dropped on import so a pulled agent can be sent back.
var responseOnlyTop = []string{"agentId", "orgId", "createdTime", "lastUpdateTime"}

// Response-only fields of inboundSipConfig.
var responseOnlyInbound = []string{"id", "sipUri", "sipTrunkUri"}

// freshAgentJSON is the body a draft made with `new` starts from: the seed's
// shape, minus the parts that need values people must give (outbound SIP,
// webhooks, schedule, pronunciation dictionary), which are added only when
// the draft sets them. The fillers carry no strategy: the seed's ["um"] is
// its example, and with no phrases Dasha chooses its own fillers (the
// capability note says so), which is what an empty list must mean; phrases
// the draft sets add a static strategy (writeFillerPhrases).
const freshAgentJSON = `{
  "name": "",
  "config": {
    "primaryLanguage": "en-US",
    "ttsConfig": {
      "voiceId": "zmcVlqmyk3Jpn5AVYcAL",
      "vendor": "ElevenLabs",
      "version": "v1",
      "model": null,
      "speed": 1,
      "speedAdjustment": {"version": "v1", "strategy": "OnRequest"},
      "vendorSpecificOptions": {},
      "responsiveness": null
    },
    "llmConfig": {
      "model": "gpt-4o-mini",
      "vendor": "openai",
      "prompt": "",
      "version": "v1",
      "apiKey": null,
      "endpoint": null,
      "options": {
        "temperature": null,
        "maxTokens": null,
        "topP": null,
        "frequencyPenalty": null,
        "presencePenalty": null,
        "stop": null,
        "trailingPrompt": null,
        "reasoningMode": null,
        "maxRetries": null,
        "reasoningEffort": null
      },
      "vendorSpecificOptions": {},
      "toolScopes": null
    },
    "version": "v1",
    "sttConfig": {"version": "v1", "vendor": "Auto", "vendorSpecificOptions": {}},
    "features": {
      "version": "v1",
      "postCallAnalysis": [],
      "talkFirst": {"version": "v1", "delay": 1, "isEnabled": false, "interruptible": true},
      "maxDuration": {"version": "v1", "maxDurationSeconds": 3600, "maxDurationInTransferSeconds": 7200, "isEnabled": true},
      "ivrDetection": {
        "version": "v1",
        "isEnabled": true,
        "enabledForChat": false,
        "enabledForInbound": false,
        "enabledForOutbound": true,
        "enabledForWebCall": false,
        "ivrNavigation": false
      },
      "ambientNoise": {"version": "v1", "isEnabled": false, "ambientNoiseLevel": 0.1},
      "languageSwitching": {"version": "v1", "isEnabled": true},
      "fillers": {"version": "v1", "isEnabled": true},
      "backchannel": {"version": "v1", "isEnabled": false},
      "silenceManagement": {
        "version": "v1",
        "isEnabled": true,
        "maxReminderAttempts": 2,
        "reminderSilenceThresholdSeconds": 5,
        "endWhenReminderLimitExceeded": true
      }
    },
    "mcpConnections": [],
    "tools": [],
    "builtInTools": []
  },
  "isEnabled": true,
  "description": null,
  "additionalData": {},
  "inboundSipConfig": {"phoneNumber": null}
}`

// freshToolJSON is a new webhook tool; name, description, schema and URL
// are filled from the draft.
const freshToolJSON = `{
  "name": "",
  "schema": {"type": "object", "properties": {}, "required": []},
  "webhook": {"url": "", "headers": {}},
  "description": "",
  "fallBackResult": null,
  "timeoutSeconds": null,
  "retryCount": null
}`

// freshCustomSettingsJSON is added to a webhook when the draft sets its
// method or body template.
const freshCustomSettingsJSON = `{"httpMethod": "POST", "queryParams": {}}`

// freshBodyFormatJSON is added when the draft sets a body template.
const freshBodyFormatJSON = `{"type": "Text", "template": ""}`

// freshMCPJSON is a new MCP connection.
const freshMCPJSON = `{
  "name": "",
  "serverUrl": "",
  "customHeaders": {},
  "isEnabled": true,
  "description": null,
  "transport": "SSE",
  "blackListTools": null,
  "whiteListTools": null
}`

// freshMCPAuthJSON is added when the draft gives an MCP server a key.
const freshMCPAuthJSON = `{"type": "apiKey", "apiKey": "", "headerName": ""}`

// freshBuiltinJSON is a new built-in tool entry.
const freshBuiltinJSON = `{"name": "", "additionalInstructions": null}`

// freshResultWebhookJSON is a new after-call (result) webhook.
const freshResultWebhookJSON = `{"url": "", "headers": {}}`

// freshStartWebhookJSON is a new before-call (start) webhook. Dasha's
// defaults switch it off for every kind of call; a person who sets a
// before-call address in agentdeck wants it called, so a new one is on for
// inbound, outbound and widget calls. An existing one keeps its flags.
const freshStartWebhookJSON = `{
  "webhook": {"url": "", "headers": {}},
  "version": "v1",
  "fallbackResponse": {"accept": false, "reasonMessage": "Webhook for started webhook failed"},
  "isEnabledForInbound": true,
  "isEnabledForOutbound": true,
  "isEnabledForWidget": true,
  "timeout": 10
}`

// freshOutboundSIPJSON is a new outbound SIP account.
const freshOutboundSIPJSON = `{
  "server": "",
  "authUser": null,
  "type": "v1",
  "domain": null,
  "password": null,
  "fromUser": null,
  "transport": "udp",
  "cpsLimit": null,
  "cpsKey": null,
  "displayName": null
}`

// freshWindowJSON is one new window of the calling schedule.
const freshWindowJSON = `{"start": {"hour": 0, "minute": 0}, "end": {"hour": 0, "minute": 0}}`

// fresh parses one of the constants above; they are valid by construction
// (a test parses every one).
func fresh(doc string) *object {
	o, err := jsondoc.Parse([]byte(doc))
	if err != nil {
		panic("dasha: bad built-in JSON: " + err.Error())
	}
	return o
}

// Built-in tool names on Dasha and the kinds they map to. Other names are
// kept as they are in the native document.
var builtinNames = map[string]string{
	"endConversation": "end_call",
	"transferCall":    "transfer_call",
}

// MCP transports on Dasha and in the model.
var mcpTransports = map[string]string{
	"SSE":            "sse",
	"StreamableHTTP": "streamable_http",
}

// TTS vendors Dasha accepts, in the order forms offer them.
var ttsVendors = []string{"ElevenLabs", "Cartesia", "Dasha", "Inworld", "Lmnt"}
