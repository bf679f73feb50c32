package agent

// Section ids, in the order the editor's sidebar shows them.
const (
	SectionBasics    = "basics"
	SectionBrain     = "brain"
	SectionVoice     = "voice"
	SectionListening = "listening"
	SectionTurn      = "turn"
	SectionGreeting  = "greeting"
	SectionHours     = "hours"
	SectionTools     = "tools"
	SectionVariables = "variables"
	SectionAdvanced  = "advanced"
)

// Section is one page of the editor.
type Section struct {
	ID    string
	Title string
}

// Sections lists the editor's sections in order.
var Sections = []Section{
	{SectionBasics, "Basics"},
	{SectionBrain, "Brain (LLM)"},
	{SectionVoice, "Voice"},
	{SectionListening, "Listening"},
	{SectionTurn, "Turn-taking"},
	{SectionGreeting, "Greeting & goodbye"},
	{SectionHours, "Calling hours"},
	{SectionTools, "Tools"},
	{SectionVariables, "Variables & webhooks"},
	{SectionAdvanced, "Advanced"},
}

// Kind is how a field is edited.
type Kind int

// Field kinds.
const (
	KindText Kind = iota
	KindLongText
	KindNumber
	KindInteger
	KindBool
	KindChoice
	KindList   // a list of short strings
	KindSecret // a value kept with the credentials
	KindItems  // a list of records edited item by item (tools, windows, …)
)

// FieldInfo describes one field of the model in plain words. Path has no
// indices: items of lists are described once (tools.name).
type FieldInfo struct {
	Path    string
	Section string
	Label   string
	Help    string // one line, plain words
	Kind    Kind
	// Min and Max are the neutral limits; a provider's FieldSpec narrows them.
	Min, Max *float64
}

// Fields is the catalogue of every field people can set.
var Fields = []FieldInfo{
	{"identity.name", SectionBasics, "Name", "What you and callers call this agent.", KindText, nil, nil},
	{"identity.description", SectionBasics, "Description", "A note for your team; callers never hear it.", KindText, nil, nil},
	{"identity.language", SectionBasics, "Language", "The main language, like en-US or de-DE.", KindChoice, nil, nil},
	{"identity.timezone", SectionBasics, "Time zone", "Where the agent's clock runs, like Europe/London.", KindChoice, nil, nil},
	{"identity.tags", SectionBasics, "Tags", "Labels to find the agent later, comma separated.", KindList, nil, nil},
	{"identity.enabled", SectionBasics, "Enabled", "Whether the agent takes calls at all.", KindBool, nil, nil},
	{"identity.channel", SectionBasics, "Channel", "Voice calls, chat or video.", KindChoice, nil, nil},

	{"llm.vendor", SectionBrain, "LLM vendor", "The company whose model writes the answers.", KindChoice, nil, nil},
	{"llm.model", SectionBrain, "Model", "Which language model writes the answers.", KindChoice, nil, nil},
	{"llm.prompt", SectionBrain, "Prompt", "Instructions: who the agent is and how it should behave.", KindLongText, nil, nil},
	{"llm.temperature", SectionBrain, "Temperature", "Lower is steadier, higher is more creative (0 to 2).", KindNumber, Num(0), Num(2)},
	{"llm.max_tokens", SectionBrain, "Max answer length", "Longest answer in tokens; leave empty for no cap.", KindInteger, nil, nil},
	{"llm.top_p", SectionBrain, "Top P", "Share of likely words the model picks from (0 to 1).", KindNumber, Num(0), Num(1)},
	{"llm.reasoning_effort", SectionBrain, "Reasoning effort", "How hard the model thinks before answering.", KindChoice, nil, nil},
	{"llm.thinking_budget", SectionBrain, "Thinking budget", "Tokens the model may spend thinking; 0 turns it off.", KindInteger, Num(0), nil},
	{"llm.endpoint", SectionBrain, "Custom LLM address", "Address of your own model server, if you use one.", KindText, nil, nil},
	{"llm.api_key", SectionBrain, "Custom LLM key", "Key for your own model server; kept with your credentials.", KindSecret, nil, nil},

	{"voice.vendor", SectionVoice, "Voice vendor", "The company whose voice speaks.", KindChoice, nil, nil},
	{"voice.voice_id", SectionVoice, "Voice", "Which voice speaks.", KindChoice, nil, nil},
	{"voice.name", SectionVoice, "Voice name", "A friendly name for the voice.", KindText, nil, nil},
	{"voice.model", SectionVoice, "Voice model", "The speech model; faster ones answer sooner.", KindChoice, nil, nil},
	{"voice.speed", SectionVoice, "Speed", "How fast the agent talks; 1 is normal.", KindNumber, Num(0), Num(4)},
	{"voice.stability", SectionVoice, "Stability", "Higher is calmer and more even (0 to 1).", KindNumber, Num(0), Num(1)},
	{"voice.similarity_boost", SectionVoice, "Similarity", "How closely to match the original voice (0 to 1).", KindNumber, Num(0), Num(1)},
	{"voice.style", SectionVoice, "Style", "How much expression to add (0 to 1).", KindNumber, Num(0), Num(1)},
	{"voice.speaker_boost", SectionVoice, "Speaker boost", "Makes the voice clearer, a little slower to start.", KindBool, nil, nil},
	{"voice.volume", SectionVoice, "Volume", "How loud the agent is; 1 is normal.", KindNumber, Num(0), Num(2)},
	{"voice.vendor_key", SectionVoice, "Voice vendor key", "Your own key for the voice vendor; kept with your credentials.", KindSecret, nil, nil},
	{"voice.background_sound", SectionVoice, "Background sound", "A soft sound behind the voice, like an office.", KindChoice, nil, nil},
	{"voice.background_level", SectionVoice, "Background level", "How loud the background sound is (0 to 1).", KindNumber, Num(0), Num(1)},

	{"speech.vendor", SectionListening, "Recogniser", "Which service turns the caller's speech into text.", KindChoice, nil, nil},
	{"speech.model", SectionListening, "Recogniser model", "The recognition model or quality.", KindChoice, nil, nil},
	{"speech.keywords", SectionListening, "Keywords", "Words to listen out for, like product names, comma separated.", KindList, nil, nil},
	{"speech.language_switching", SectionListening, "Switch languages", "Follow the caller if they change language.", KindBool, nil, nil},

	{"turn.mode", SectionTurn, "Turn detection", "How the agent decides the caller has finished.", KindChoice, nil, nil},
	{"turn.eagerness", SectionTurn, "Eagerness", "How quickly the agent jumps in after the caller stops.", KindChoice, nil, nil},
	{"turn.timeout", SectionTurn, "Wait for caller", "Seconds of silence before the agent speaks again.", KindNumber, Num(0), Num(300)},
	{"turn.initial_wait", SectionTurn, "First wait", "Seconds to wait for the caller at the start.", KindNumber, Num(0), Num(300)},
	{"turn.interrupt.enabled", SectionTurn, "Allow interruptions", "Let the caller talk over the agent.", KindBool, nil, nil},
	{"turn.interrupt.sensitivity", SectionTurn, "Interruption sensitivity", "How easily the caller interrupts (0 to 1).", KindNumber, Num(0), Num(1)},
	{"turn.interrupt.min_words", SectionTurn, "Words to interrupt", "Words the caller must say to interrupt.", KindInteger, Num(0), Num(100)},
	{"turn.interrupt.ignore_terms", SectionTurn, "Ignore while talking", "Words that never interrupt, like \"uh-huh\", comma separated.", KindList, nil, nil},
	{"turn.vad.threshold", SectionTurn, "Speech threshold", "How loud sound must be to count as speech (0 to 1).", KindNumber, Num(0), Num(1)},
	{"turn.vad.min_speech", SectionTurn, "Shortest speech", "Seconds of sound before it counts as speech.", KindNumber, Num(0), Num(10)},
	{"turn.vad.min_silence", SectionTurn, "Shortest pause", "Seconds of quiet before speech counts as ended.", KindNumber, Num(0), Num(10)},
	{"turn.vad.prefix_padding", SectionTurn, "Lead-in", "Seconds of audio kept before speech starts.", KindNumber, Num(0), Num(10)},
	{"turn.silence.enabled", SectionTurn, "Handle silence", "Remind a caller who has gone quiet.", KindBool, nil, nil},
	{"turn.silence.remind_after", SectionTurn, "Remind after", "Seconds of silence before a reminder.", KindNumber, Num(1), Num(300)},
	{"turn.silence.reminder_message", SectionTurn, "Reminder", "What the agent says to a quiet caller.", KindText, nil, nil},
	{"turn.silence.max_reminders", SectionTurn, "Reminders", "How many reminders before giving up.", KindInteger, Num(0), Num(10)},
	{"turn.silence.end_call", SectionTurn, "Hang up after reminders", "End the call when the reminders run out.", KindBool, nil, nil},
	{"turn.silence.end_call_after", SectionTurn, "Hang up after", "Seconds of silence before hanging up; -1 never.", KindNumber, Num(-1), Num(3600)},
	{"turn.fillers.enabled", SectionTurn, "Fillers", "Say a short phrase while thinking.", KindBool, nil, nil},
	{"turn.fillers.after_seconds", SectionTurn, "Filler after", "Seconds of thinking before a filler; -1 off.", KindNumber, Num(-1), Num(60)},
	{"turn.fillers.phrases", SectionTurn, "Filler phrases", "Phrases to use, like \"one moment\", comma separated.", KindList, nil, nil},
	{"turn.fillers.generated", SectionTurn, "Generated fillers", "Let the model word the fillers.", KindBool, nil, nil},
	{"turn.backchannel.enabled", SectionTurn, "Backchannel", "Say \"mm-hm\" while the caller talks.", KindBool, nil, nil},

	{"greeting.who", SectionGreeting, "Who speaks first", "The agent greets, or waits for the caller.", KindChoice, nil, nil},
	{"greeting.text", SectionGreeting, "Greeting", "The agent's first words.", KindText, nil, nil},
	{"greeting.generated", SectionGreeting, "Generated greeting", "Let the model word the greeting.", KindBool, nil, nil},
	{"greeting.delay", SectionGreeting, "Pause first", "Seconds to wait before the greeting.", KindNumber, Num(0), Num(60)},
	{"greeting.interruptible", SectionGreeting, "Greeting interruptible", "Let the caller talk over the greeting.", KindBool, nil, nil},
	{"greeting.voicemail_message", SectionGreeting, "Voicemail message", "What to leave on an answering machine.", KindText, nil, nil},
	{"goodbye.enabled", SectionGreeting, "Say goodbye", "Say a closing line before hanging up.", KindBool, nil, nil},
	{"goodbye.message", SectionGreeting, "Goodbye", "The closing line.", KindText, nil, nil},
	{"limits.max_duration", SectionGreeting, "Longest call", "Seconds a call may last.", KindInteger, Num(1), Num(86400)},
	{"limits.warning_message", SectionGreeting, "Time warning", "What the agent says as time runs out.", KindText, nil, nil},
	{"limits.end_message", SectionGreeting, "Time's up message", "What the agent says when time is up.", KindText, nil, nil},

	{"schedule.timezone", SectionHours, "Hours time zone", "The time zone the hours are in.", KindChoice, nil, nil},
	{"schedule", SectionHours, "Weekly hours", "When the agent may call out; two windows in a day make a split shift.", KindItems, nil, nil},
	{"callbacks.enabled", SectionHours, "Call back", "Try again when a call does not get through.", KindBool, nil, nil},
	{"callbacks.max_attempts", SectionHours, "Attempts", "How many times to try again.", KindInteger, Num(0), Num(100)},
	{"callbacks.gaps", SectionHours, "Gaps", "How long to wait before each attempt.", KindItems, nil, nil},

	{"tools", SectionTools, "Webhook tools", "Web services the agent can call during a conversation.", KindItems, nil, nil},
	{"builtins", SectionTools, "Built-in tools", "Things the provider can do for the agent, like ending the call.", KindItems, nil, nil},
	{"mcp", SectionTools, "MCP servers", "Servers that offer the agent more tools.", KindItems, nil, nil},

	{"variables", SectionVariables, "Variables", "Values the prompt can use as {{name}}.", KindItems, nil, nil},
	{"webhooks.pre_call", SectionVariables, "Before-call webhook", "Called when a call starts, to fetch data for it.", KindItems, nil, nil},
	{"webhooks.post_call", SectionVariables, "After-call webhook", "Called when a call ends, with its results.", KindItems, nil, nil},

	{"telephony.phone_number_ids", SectionAdvanced, "Phone numbers", "Ids of the phone numbers this agent answers, comma separated.", KindList, nil, nil},
	{"telephony.sip_trunk_ids", SectionAdvanced, "SIP trunks", "Ids of inbound SIP trunks, comma separated.", KindList, nil, nil},
	{"telephony.inbound_number", SectionAdvanced, "Inbound number", "The phone number callers dial.", KindText, nil, nil},
	{"telephony.outbound_sip", SectionAdvanced, "Outbound SIP", "The SIP account outbound calls go through.", KindItems, nil, nil},
	{"limits.concurrency", SectionAdvanced, "Calls at once", "Most calls the agent takes at the same time; empty for no limit.", KindInteger, Num(1), nil},
	{"limits.daily_calls", SectionAdvanced, "Calls per day", "Most calls the agent takes in one day.", KindInteger, Num(1), nil},
	{"telephony.machine_detection", SectionAdvanced, "Detect machines", "Notice answering machines and phone menus.", KindBool, nil, nil},
}

// FieldByPath returns the catalogue entry for path (indices ignored), or for
// its nearest listed parent.
func FieldByPath(path string) (FieldInfo, bool) {
	p := StripIndices(path)
	for {
		for _, f := range Fields {
			if f.Path == p {
				return f, true
			}
		}
		i := lastDot(p)
		if i < 0 {
			return FieldInfo{}, false
		}
		p = p[:i]
	}
}

// FieldsIn returns the catalogue entries of one section, in order.
func FieldsIn(section string) []FieldInfo {
	var out []FieldInfo
	for _, f := range Fields {
		if f.Section == section {
			out = append(out, f)
		}
	}
	return out
}
