// Package agent holds the provider-neutral model of a voice agent, its
// validation, the Provider contract every provider implements, and the error
// kinds shared by every layer. It uses the standard library only.
package agent

// Agent is what a person configures, in provider-neutral terms. Pointer fields
// are optional: nil means "not set; use the provider's default", which is not
// the same as zero. Every field has a path (see paths.go) that validation,
// forms and provider errors use to point at it.
type Agent struct {
	Identity  Identity      `yaml:"identity" json:"identity"`
	LLM       LLM           `yaml:"llm" json:"llm"`
	Voice     Voice         `yaml:"voice" json:"voice"`
	Speech    Speech        `yaml:"speech,omitempty" json:"speech,omitzero"`
	Turn      Turn          `yaml:"turn,omitempty" json:"turn,omitzero"`
	Greeting  Greeting      `yaml:"greeting,omitempty" json:"greeting,omitzero"`
	Goodbye   Goodbye       `yaml:"goodbye,omitempty" json:"goodbye,omitzero"`
	Limits    Limits        `yaml:"limits,omitempty" json:"limits,omitzero"`
	Schedule  Schedule      `yaml:"schedule,omitempty" json:"schedule,omitzero"`
	Callbacks Callbacks     `yaml:"callbacks,omitempty" json:"callbacks,omitzero"`
	Tools     []Tool        `yaml:"tools,omitempty" json:"tools,omitempty"`
	Builtins  []BuiltinTool `yaml:"builtins,omitempty" json:"builtins,omitempty"`
	MCP       []MCPServer   `yaml:"mcp,omitempty" json:"mcp,omitempty"`
	Webhooks  Webhooks      `yaml:"webhooks,omitempty" json:"webhooks,omitzero"`
	Variables []Variable    `yaml:"variables,omitempty" json:"variables,omitempty"`
	Telephony Telephony     `yaml:"telephony,omitempty" json:"telephony,omitzero"`
	// Settings are each provider's own settings (see Setting).
	Settings Settings `yaml:"settings,omitempty" json:"settings,omitempty"`
}

// Identity names the agent and sets where and how it talks.
type Identity struct {
	Name        string   `yaml:"name" json:"name"`
	Description string   `yaml:"description,omitempty" json:"description,omitempty"`
	Language    string   `yaml:"language,omitempty" json:"language,omitempty"` // BCP-47, e.g. en-US
	Timezone    string   `yaml:"timezone,omitempty" json:"timezone,omitempty"` // IANA, e.g. Europe/London
	Tags        []string `yaml:"tags,omitempty" json:"tags,omitempty"`
	Enabled     *bool    `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	Channel     string   `yaml:"channel,omitempty" json:"channel,omitempty"` // voice, chat or video
}

// LLM is the agent's brain: which model answers and how.
type LLM struct {
	Vendor          string    `yaml:"vendor,omitempty" json:"vendor,omitempty"`
	Model           string    `yaml:"model,omitempty" json:"model,omitempty"`
	Prompt          string    `yaml:"prompt,omitempty" json:"prompt,omitempty"`
	Temperature     *float64  `yaml:"temperature,omitempty" json:"temperature,omitempty"`
	MaxTokens       *int      `yaml:"max_tokens,omitempty" json:"max_tokens,omitempty"`
	TopP            *float64  `yaml:"top_p,omitempty" json:"top_p,omitempty"`
	ReasoningEffort string    `yaml:"reasoning_effort,omitempty" json:"reasoning_effort,omitempty"`
	ThinkingBudget  *int      `yaml:"thinking_budget,omitempty" json:"thinking_budget,omitempty"`
	Endpoint        string    `yaml:"endpoint,omitempty" json:"endpoint,omitempty"`
	APIKey          SecretRef `yaml:"api_key,omitempty" json:"api_key,omitempty"`
}

// Voice is how the agent sounds (text to speech).
type Voice struct {
	Vendor          string    `yaml:"vendor,omitempty" json:"vendor,omitempty"`
	VoiceID         string    `yaml:"voice_id,omitempty" json:"voice_id,omitempty"`
	Name            string    `yaml:"name,omitempty" json:"name,omitempty"` // display name, where a provider stores one
	Model           string    `yaml:"model,omitempty" json:"model,omitempty"`
	Speed           *float64  `yaml:"speed,omitempty" json:"speed,omitempty"`
	Stability       *float64  `yaml:"stability,omitempty" json:"stability,omitempty"`
	SimilarityBoost *float64  `yaml:"similarity_boost,omitempty" json:"similarity_boost,omitempty"`
	Style           *float64  `yaml:"style,omitempty" json:"style,omitempty"`
	SpeakerBoost    *bool     `yaml:"speaker_boost,omitempty" json:"speaker_boost,omitempty"`
	Volume          *float64  `yaml:"volume,omitempty" json:"volume,omitempty"`
	VendorKey       SecretRef `yaml:"vendor_key,omitempty" json:"vendor_key,omitempty"` // e.g. Trillet's own-ElevenLabs key
	BackgroundSound string    `yaml:"background_sound,omitempty" json:"background_sound,omitempty"`
	BackgroundLevel *float64  `yaml:"background_level,omitempty" json:"background_level,omitempty"` // 0–1
}

// Speech is how the agent hears (speech recognition).
type Speech struct {
	Vendor            string   `yaml:"vendor,omitempty" json:"vendor,omitempty"`
	Model             string   `yaml:"model,omitempty" json:"model,omitempty"`
	Keywords          []string `yaml:"keywords,omitempty" json:"keywords,omitempty"`
	LanguageSwitching *bool    `yaml:"language_switching,omitempty" json:"language_switching,omitempty"`
}

// Turn is turn-taking: when the agent decides the caller has finished,
// interruptions, voice activity detection, silence, fillers and backchannel.
type Turn struct {
	Mode        string      `yaml:"mode,omitempty" json:"mode,omitempty"`                 // turn or silence
	Eagerness   string      `yaml:"eagerness,omitempty" json:"eagerness,omitempty"`       // patient, normal, eager
	Timeout     *float64    `yaml:"timeout,omitempty" json:"timeout,omitempty"`           // seconds of caller silence before re-engaging
	InitialWait *float64    `yaml:"initial_wait,omitempty" json:"initial_wait,omitempty"` // seconds
	Interrupt   Interrupt   `yaml:"interrupt,omitempty" json:"interrupt,omitzero"`
	VAD         VAD         `yaml:"vad,omitempty" json:"vad,omitzero"`
	Silence     Silence     `yaml:"silence,omitempty" json:"silence,omitzero"`
	Fillers     Fillers     `yaml:"fillers,omitempty" json:"fillers,omitzero"`
	Backchannel Backchannel `yaml:"backchannel,omitempty" json:"backchannel,omitzero"`
}

// Interrupt says whether and how easily the caller can talk over the agent.
type Interrupt struct {
	Enabled     *bool    `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	Sensitivity *float64 `yaml:"sensitivity,omitempty" json:"sensitivity,omitempty"` // 0–1
	MinWords    *int     `yaml:"min_words,omitempty" json:"min_words,omitempty"`
	IgnoreTerms []string `yaml:"ignore_terms,omitempty" json:"ignore_terms,omitempty"`
}

// VAD is voice activity detection: what counts as the caller speaking.
type VAD struct {
	Threshold     *float64 `yaml:"threshold,omitempty" json:"threshold,omitempty"`           // 0–1
	MinSpeech     *float64 `yaml:"min_speech,omitempty" json:"min_speech,omitempty"`         // seconds
	MinSilence    *float64 `yaml:"min_silence,omitempty" json:"min_silence,omitempty"`       // seconds
	PrefixPadding *float64 `yaml:"prefix_padding,omitempty" json:"prefix_padding,omitempty"` // seconds
}

// Silence is what happens when the caller says nothing.
type Silence struct {
	Enabled         *bool    `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	RemindAfter     *float64 `yaml:"remind_after,omitempty" json:"remind_after,omitempty"` // seconds
	ReminderMessage string   `yaml:"reminder_message,omitempty" json:"reminder_message,omitempty"`
	MaxReminders    *int     `yaml:"max_reminders,omitempty" json:"max_reminders,omitempty"`
	EndCall         *bool    `yaml:"end_call,omitempty" json:"end_call,omitempty"`             // hang up once reminders run out
	EndCallAfter    *float64 `yaml:"end_call_after,omitempty" json:"end_call_after,omitempty"` // seconds of silence; -1 = never
}

// Fillers are short phrases the agent says while it is thinking.
type Fillers struct {
	Enabled      *bool    `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	AfterSeconds *float64 `yaml:"after_seconds,omitempty" json:"after_seconds,omitempty"`
	Phrases      []string `yaml:"phrases,omitempty" json:"phrases,omitempty"`
	Generated    *bool    `yaml:"generated,omitempty" json:"generated,omitempty"`
}

// Backchannel is the agent saying "mm-hm" while the caller talks.
type Backchannel struct {
	Enabled *bool `yaml:"enabled,omitempty" json:"enabled,omitempty"`
}

// Greeting is how a call opens. Who is "agent" or "user".
type Greeting struct {
	Who              string   `yaml:"who,omitempty" json:"who,omitempty"`
	Text             string   `yaml:"text,omitempty" json:"text,omitempty"`
	Generated        *bool    `yaml:"generated,omitempty" json:"generated,omitempty"`
	Delay            *float64 `yaml:"delay,omitempty" json:"delay,omitempty"` // seconds
	Interruptible    *bool    `yaml:"interruptible,omitempty" json:"interruptible,omitempty"`
	VoicemailMessage string   `yaml:"voicemail_message,omitempty" json:"voicemail_message,omitempty"`
}

// Goodbye is what the agent says before it hangs up.
type Goodbye struct {
	Enabled *bool  `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	Message string `yaml:"message,omitempty" json:"message,omitempty"`
}

// Limits caps how long a call may run and how many calls the agent takes.
type Limits struct {
	MaxDuration    *int   `yaml:"max_duration,omitempty" json:"max_duration,omitempty"` // seconds
	WarningMessage string `yaml:"warning_message,omitempty" json:"warning_message,omitempty"`
	EndMessage     string `yaml:"end_message,omitempty" json:"end_message,omitempty"`
	// Concurrency caps how many calls the agent takes at once; nil is no cap.
	Concurrency *int `yaml:"concurrency,omitempty" json:"concurrency,omitempty"`
	// DailyCalls caps how many calls the agent takes in a day; nil is the
	// provider's default.
	DailyCalls *int `yaml:"daily_calls,omitempty" json:"daily_calls,omitempty"`
}

// Schedule is the weekly calling hours. A day with no windows is closed; a
// day with two windows is a split shift. Times are "HH:MM", 24-hour clock.
type Schedule struct {
	Timezone string   `yaml:"timezone,omitempty" json:"timezone,omitempty"`
	Mon      []Window `yaml:"mon,omitempty" json:"mon,omitempty"`
	Tue      []Window `yaml:"tue,omitempty" json:"tue,omitempty"`
	Wed      []Window `yaml:"wed,omitempty" json:"wed,omitempty"`
	Thu      []Window `yaml:"thu,omitempty" json:"thu,omitempty"`
	Fri      []Window `yaml:"fri,omitempty" json:"fri,omitempty"`
	Sat      []Window `yaml:"sat,omitempty" json:"sat,omitempty"`
	Sun      []Window `yaml:"sun,omitempty" json:"sun,omitempty"`
}

// Window is one stretch of open hours in a day.
type Window struct {
	Start string `yaml:"start" json:"start"` // HH:MM
	End   string `yaml:"end" json:"end"`     // HH:MM
}

// Callbacks is calling the person back when a call did not get through.
type Callbacks struct {
	Enabled     bool  `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	MaxAttempts *int  `yaml:"max_attempts,omitempty" json:"max_attempts,omitempty"`
	Gaps        []Gap `yaml:"gaps,omitempty" json:"gaps,omitempty"`
}

// Gap is the wait before one callback attempt.
type Gap struct {
	Days  int `yaml:"days" json:"days"`
	Hours int `yaml:"hours" json:"hours"`
}

// Tool is a webhook the agent can call during a conversation.
type Tool struct {
	Name           string   `yaml:"name" json:"name"`
	Description    string   `yaml:"description,omitempty" json:"description,omitempty"`
	URL            string   `yaml:"url,omitempty" json:"url,omitempty"`
	Method         string   `yaml:"method,omitempty" json:"method,omitempty"`
	Headers        []Header `yaml:"headers,omitempty" json:"headers,omitempty"`
	Params         []Param  `yaml:"params,omitempty" json:"params,omitempty"`
	BodyTemplate   string   `yaml:"body_template,omitempty" json:"body_template,omitempty"`
	TimeoutSeconds *int     `yaml:"timeout_seconds,omitempty" json:"timeout_seconds,omitempty"`
	Retries        *int     `yaml:"retries,omitempty" json:"retries,omitempty"`
	FallbackResult string   `yaml:"fallback_result,omitempty" json:"fallback_result,omitempty"`
	Enabled        *bool    `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	// RemoteID links the tool to a provider-side tool resource, where tools
	// are resources of their own (ElevenLabs, Nova).
	RemoteID string `yaml:"remote_id,omitempty" json:"remote_id,omitempty"`
}

// Header is one HTTP header. A secret value is held as a reference (see
// SecretRef) and never written into a draft.
type Header struct {
	Name   string    `yaml:"name" json:"name"`
	Value  string    `yaml:"value,omitempty" json:"value,omitempty"`
	Secret SecretRef `yaml:"secret,omitempty" json:"secret,omitempty"`
}

// Written is what a provider document holds for the header until a push
// resolves it: the secret's reference, or else the plain value.
func (h Header) Written() string {
	if h.Secret != "" {
		return string(h.Secret)
	}
	return h.Value
}

// Param is one parameter the LLM fills in when it calls a tool.
type Param struct {
	Name        string   `yaml:"name" json:"name"`
	Type        string   `yaml:"type,omitempty" json:"type,omitempty"` // string, number, integer, boolean, object, array
	Description string   `yaml:"description,omitempty" json:"description,omitempty"`
	Required    bool     `yaml:"required,omitempty" json:"required,omitempty"`
	Enum        []string `yaml:"enum,omitempty" json:"enum,omitempty"`
	In          string   `yaml:"in,omitempty" json:"in,omitempty"` // path, query or body (ElevenLabs only)
}

// ParamTypes are the types a tool parameter can have, with the words people
// read for them on every provider.
var ParamTypes = []Choice{
	{Value: "string", Label: "Text"},
	{Value: "number", Label: "Number"},
	{Value: "integer", Label: "Whole number"},
	{Value: "boolean", Label: "Yes or no"},
	{Value: "object", Label: "Object (JSON)"},
	{Value: "array", Label: "List"},
}

// Builtin kinds: the provider-neutral names of built-in tools.
const (
	BuiltinEndCall            = "end_call"
	BuiltinTransferCall       = "transfer_call"
	BuiltinTransferToAgent    = "transfer_to_agent"
	BuiltinLanguageDetection  = "language_detection"
	BuiltinVoicemailDetection = "voicemail_detection"
	BuiltinKeypad             = "keypad"
	BuiltinSkipTurn           = "skip_turn"
)

// BuiltinKinds lists every built-in tool kind, in the order forms show them.
var BuiltinKinds = []string{
	BuiltinEndCall, BuiltinTransferCall, BuiltinTransferToAgent,
	BuiltinLanguageDetection, BuiltinVoicemailDetection, BuiltinKeypad, BuiltinSkipTurn,
}

// BuiltinNeedsDestination reports whether a built-in tool kind does nothing
// without a destination (a phone number, another agent). agentdeck cannot
// edit destinations yet, so these kinds are not offered for switching on;
// an agent pulled with one keeps it, destinations and all.
func BuiltinNeedsDestination(kind string) bool {
	return kind == BuiltinTransferCall || kind == BuiltinTransferToAgent
}

// BuiltinTool is a tool the provider supplies, switched on by kind.
type BuiltinTool struct {
	Kind         string `yaml:"kind" json:"kind"`
	Instructions string `yaml:"instructions,omitempty" json:"instructions,omitempty"`
}

// MCPServer is a Model Context Protocol server the agent may use tools from.
type MCPServer struct {
	Name        string    `yaml:"name" json:"name"`
	URL         string    `yaml:"url" json:"url"`
	Description string    `yaml:"description,omitempty" json:"description,omitempty"`
	Transport   string    `yaml:"transport,omitempty" json:"transport,omitempty"` // sse or streamable_http
	APIKey      SecretRef `yaml:"api_key,omitempty" json:"api_key,omitempty"`
	HeaderName  string    `yaml:"header_name,omitempty" json:"header_name,omitempty"`
	Headers     []Header  `yaml:"headers,omitempty" json:"headers,omitempty"`
	Enabled     *bool     `yaml:"enabled,omitempty" json:"enabled,omitempty"`
	AllowTools  []string  `yaml:"allow_tools,omitempty" json:"allow_tools,omitempty"`
	BlockTools  []string  `yaml:"block_tools,omitempty" json:"block_tools,omitempty"`
	RemoteID    string    `yaml:"remote_id,omitempty" json:"remote_id,omitempty"`
}

// Webhooks are called by the provider around a call, not by the LLM.
type Webhooks struct {
	PreCall  Webhook `yaml:"pre_call,omitempty" json:"pre_call,omitzero"`
	PostCall Webhook `yaml:"post_call,omitempty" json:"post_call,omitzero"`
}

// Webhook is one agent-level webhook. ID is set where a provider refers to a
// webhook resource by id rather than by URL (ElevenLabs' post-call webhook).
type Webhook struct {
	URL            string   `yaml:"url,omitempty" json:"url,omitempty"`
	Method         string   `yaml:"method,omitempty" json:"method,omitempty"`
	Headers        []Header `yaml:"headers,omitempty" json:"headers,omitempty"`
	BodyTemplate   string   `yaml:"body_template,omitempty" json:"body_template,omitempty"`
	TimeoutSeconds *int     `yaml:"timeout_seconds,omitempty" json:"timeout_seconds,omitempty"`
	ID             string   `yaml:"id,omitempty" json:"id,omitempty"`
}

// Variable is a named value the prompt can use as {{name}}.
type Variable struct {
	Name  string `yaml:"name" json:"name"`
	Value string `yaml:"value" json:"value"`
}

// Telephony holds references to phone numbers and SIP settings.
type Telephony struct {
	PhoneNumberIDs   []string     `yaml:"phone_number_ids,omitempty" json:"phone_number_ids,omitempty"`
	SIPTrunkIDs      []string     `yaml:"sip_trunk_ids,omitempty" json:"sip_trunk_ids,omitempty"`
	InboundNumber    string       `yaml:"inbound_number,omitempty" json:"inbound_number,omitempty"`
	OutboundSIP      *OutboundSIP `yaml:"outbound_sip,omitempty" json:"outbound_sip,omitempty"`
	MachineDetection *bool        `yaml:"machine_detection,omitempty" json:"machine_detection,omitempty"`
}

// OutboundSIP is the SIP account outbound calls are placed through.
type OutboundSIP struct {
	Server      string    `yaml:"server" json:"server"`
	AuthUser    string    `yaml:"auth_user,omitempty" json:"auth_user,omitempty"`
	Password    SecretRef `yaml:"password,omitempty" json:"password,omitempty"`
	Domain      string    `yaml:"domain,omitempty" json:"domain,omitempty"`
	FromUser    string    `yaml:"from_user,omitempty" json:"from_user,omitempty"`
	DisplayName string    `yaml:"display_name,omitempty" json:"display_name,omitempty"`
	Transport   string    `yaml:"transport,omitempty" json:"transport,omitempty"` // udp, tcp or tls
}
