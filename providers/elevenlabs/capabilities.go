package elevenlabs

// What ElevenLabs can carry, as data for forms and validation. Ranges,
// enums and defaults come from reference/elevenlabs-openapi.json (2026-08).

import (
	"github.com/agentdeck/agentdeck/agent"
)

func choices(values ...string) []agent.Choice {
	out := make([]agent.Choice, len(values))
	for i, v := range values {
		out[i] = agent.Choice{Value: v}
	}
	return out
}

// languages are the languages ElevenLabs' agents speak, as it names them.
var languages = []agent.Choice{
	{Value: "en", Label: "English"},
	{Value: "ar", Label: "Arabic"},
	{Value: "bg", Label: "Bulgarian"},
	{Value: "zh", Label: "Chinese"},
	{Value: "hr", Label: "Croatian"},
	{Value: "cs", Label: "Czech"},
	{Value: "da", Label: "Danish"},
	{Value: "nl", Label: "Dutch"},
	{Value: "fil", Label: "Filipino"},
	{Value: "fi", Label: "Finnish"},
	{Value: "fr", Label: "French"},
	{Value: "de", Label: "German"},
	{Value: "el", Label: "Greek"},
	{Value: "hi", Label: "Hindi"},
	{Value: "hu", Label: "Hungarian"},
	{Value: "id", Label: "Indonesian"},
	{Value: "it", Label: "Italian"},
	{Value: "ja", Label: "Japanese"},
	{Value: "ko", Label: "Korean"},
	{Value: "ms", Label: "Malay"},
	{Value: "no", Label: "Norwegian"},
	{Value: "pl", Label: "Polish"},
	{Value: "pt", Label: "Portuguese"},
	{Value: "pt-br", Label: "Portuguese (Brazil)"},
	{Value: "ro", Label: "Romanian"},
	{Value: "ru", Label: "Russian"},
	{Value: "sk", Label: "Slovak"},
	{Value: "es", Label: "Spanish"},
	{Value: "sv", Label: "Swedish"},
	{Value: "ta", Label: "Tamil"},
	{Value: "tr", Label: "Turkish"},
	{Value: "uk", Label: "Ukrainian"},
	{Value: "vi", Label: "Vietnamese"},
}

var ttsModels = []agent.Choice{
	{Value: "eleven_flash_v2", Label: "Flash v2 (English only, fastest)"},
	{Value: "eleven_flash_v2_5", Label: "Flash v2.5 (many languages, fast)"},
	{Value: "eleven_multilingual_v2", Label: "Multilingual v2"},
	{Value: "eleven_v3_conversational", Label: "v3 conversational"},
	{Value: "eleven_turbo_v2", Label: "Turbo v2 (old; use Flash v2)"},
	{Value: "eleven_turbo_v2_5", Label: "Turbo v2.5 (old; use Flash v2.5)"},
}

// toolNamePattern is what ElevenLabs accepts as a tool name.
const toolNamePattern = `^[a-zA-Z0-9_-]{1,64}$`

// Capabilities implements agent.Provider.
func (c *Client) Capabilities() agent.Capabilities {
	llms := choices(builtinLLMs...)
	return agent.Capabilities{Provider: ProviderID, Settings: settingsTable(), Wires: wires(), Fields: map[string]agent.FieldSpec{
		"identity.name":     {Required: true},
		"identity.tags":     {},
		"identity.language": {Choices: languages, Default: "en", Note: "ElevenLabs keeps only the language, like en (a region such as -US is not sent), except Brazilian Portuguese, pt-br."},
		"identity.timezone": {Note: "Sets the clock the agent sees in its prompt."},
		"identity.channel":  {Choices: choices("voice", "chat"), Closed: true, Default: "voice"},

		"llm.model":            {Choices: llms, Live: true, Default: defaultLLM},
		"llm.prompt":           {},
		"llm.temperature":      {Default: "0"},
		"llm.max_tokens":       {Min: agent.Num(1), Note: "Leave empty for no cap."},
		"llm.reasoning_effort": {Choices: choices("none", "minimal", "low", "medium", "high", "xhigh", "max"), Closed: true, Note: "Which efforts a model allows depends on the model."},
		"llm.thinking_budget":  {Min: agent.Num(0)},
		"llm.endpoint":         {Note: "Used with the custom-llm model: the address of your OpenAI-compatible server."},

		"voice.voice_id":         {Default: defaultVoiceID, Note: "A voice id from your ElevenLabs voice library."},
		"voice.model":            {Choices: ttsModels, Closed: true, Default: defaultTTS, Note: "Flash v2 speaks English only; pick v2.5 or multilingual for other languages."},
		"voice.speed":            {Min: agent.Num(0.7), Max: agent.Num(1.2), Default: "1"},
		"voice.stability":        {Min: agent.Num(0), Max: agent.Num(1), Default: "0.5"},
		"voice.similarity_boost": {Min: agent.Num(0), Max: agent.Num(1), Default: "0.8"},
		"voice.background_sound": {Choices: choices("office1", "office2", "restaurant", "city", "typing", "elevator1", "elevator2", "elevator3", "elevator4"), Closed: true},
		"voice.background_level": {Min: agent.Num(0.01), Max: agent.Num(1), Default: "0.15"},

		"speech.vendor":   {Choices: []agent.Choice{{Value: "scribe_realtime", Label: "Scribe realtime"}, {Value: "elevenlabs", Label: "ElevenLabs (old; use Scribe realtime)"}}, Closed: true, Default: "scribe_realtime"},
		"speech.model":    {Choices: choices("high"), Closed: true, Default: "high"},
		"speech.keywords": {},

		"turn.mode":                   {Choices: choices("turn", "silence"), Closed: true, Default: "turn"},
		"turn.eagerness":              {Choices: choices("patient", "normal", "eager"), Closed: true, Default: "normal"},
		"turn.timeout":                {Default: "7"},
		"turn.initial_wait":           {Note: "Leave empty to use the wait for caller."},
		"turn.interrupt.ignore_terms": {},
		"turn.silence.end_call_after": {Min: agent.Num(-1), Default: "-1"},
		"turn.fillers.enabled":        {},
		"turn.fillers.after_seconds":  {Min: agent.Num(-1), Default: "-1", Note: "Seconds the model may think before a filler is said."},
		"turn.fillers.phrases":        {MaxItems: 8, Note: "Up to 8 phrases of at most 200 characters."},
		"turn.fillers.generated":      {},

		"greeting.who":               {Choices: choices("agent", "user"), Closed: true},
		"greeting.text":              {},
		"greeting.interruptible":     {Default: "yes"},
		"greeting.voicemail_message": {Note: "Needs the voicemail detection built-in tool; empty hangs up on voicemail."},

		"limits.max_duration": {Min: agent.Num(1), Default: "600"},
		"limits.end_message":  {},
		"limits.concurrency":  {Min: agent.Num(1), Note: "Leave empty for no limit."},
		"limits.daily_calls":  {Min: agent.Num(1), Default: "100000"},

		"builtins": {Note: "Transfers need destinations, which agentdeck cannot set yet: switch them on in ElevenLabs; a transfer already there is kept as it is."},

		"tools.name": {
			Pattern: toolNamePattern, PatternHint: "up to 64 letters, digits, _ and -",
			Note: "Written into the agent itself; tools kept as ElevenLabs resources stay linked by id.",
		},
		"tools.description":     {Required: true},
		"tools.url":             {Required: true, Note: "May hold {placeholders} for path parameters."},
		"tools.method":          {Choices: choices("GET", "POST", "PUT", "PATCH", "DELETE"), Closed: true, Default: "GET"},
		"tools.headers":         {},
		"tools.params":          {},
		"tools.timeout_seconds": {Min: agent.Num(5), Max: agent.Num(300), Default: "20"},
		// The workspace tool a tool was saved as (workspace_tools_push.go);
		// kept by agentdeck, never edited in a form.
		"tools.remote_id": {},

		"variables":                 {Note: "Names starting with system__ are ElevenLabs' own."},
		"webhooks.pre_call.url":     {Note: "Called as a conversation starts, to fetch its variables."},
		"webhooks.pre_call.headers": {},
		"webhooks.post_call.id":     {Live: true, Note: "A webhook saved in your ElevenLabs workspace settings (Webhooks), picked by name; empty sends none."},
	}}
}
