package nova

import "github.com/agentdeck/agentdeck/agent"

// Nova's own settings (agent.Setting), beyond the model's fields: the finer
// knobs of its config objects and the top-level fields the model does not
// name. Sources: seeds 000 and 001 for the top level and the five objects
// they spell out (extra_config, vad_config, …); the official SDK
// (reference/providers.md §1.4, CozmoXAI/python-sdk types) for the objects
// the seeds show only as "object": llm_config, voice_config,
// transcriber_config and background_sound. Neither gives ranges or
// defaults, so only ranges that follow from what a value is (a share from
// 0 to 1, a duration of at least 0) are set.

// Keys of Nova's settings that code refers to.
const (
	settingCopyFrom       = "copy_from"
	settingThinkingSounds = "thinking_sounds"
)

const (
	groupStart      = "Start from"
	groupRecogniser = "Recogniser"
	groupTurn       = "Turn detection"
	groupVAD        = "Voice activity"
	groupLLM        = "Language model"
	groupVoice      = "Voice"
	groupBackground = "Background sound"
	groupFunctions  = "Built-in functions"
)

// share is the range of a value that is a share or a confidence.
var share = agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)}

func atLeast(n float64, note string) agent.FieldSpec {
	return agent.FieldSpec{Min: agent.Num(n), Note: note}
}

// settingsTable is the table, in the order forms show it.
func settingsTable() []agent.Setting {
	adv := func(s agent.Setting) agent.Setting { s.Advanced = true; return s }
	rec := func(key, wire, label, help string, kind agent.Kind, spec agent.FieldSpec) agent.Setting {
		return adv(agent.Setting{Key: key, Wire: keyTranscribe + "." + wire, Section: agent.SectionListening, Group: groupRecogniser, Label: label, Help: help, Kind: kind, Spec: spec})
	}
	turn := func(key, wire, label, help string, kind agent.Kind, spec agent.FieldSpec) agent.Setting {
		return adv(agent.Setting{Key: key, Wire: wire, Section: agent.SectionTurn, Group: groupTurn, Label: label, Help: help, Kind: kind, Spec: spec})
	}
	llm := func(key, wire, label, help string, kind agent.Kind, spec agent.FieldSpec) agent.Setting {
		return adv(agent.Setting{Key: key, Wire: keyLLM + "." + wire, Section: agent.SectionBrain, Group: groupLLM, Label: label, Help: help, Kind: kind, Spec: spec})
	}
	bg := func(key, wire, label, help string, kind agent.Kind, spec agent.FieldSpec) agent.Setting {
		return adv(agent.Setting{Key: key, Wire: keyBackground + "." + wire, Section: agent.SectionVoice, Group: groupBackground, Label: label, Help: help, Kind: kind, Spec: spec})
	}
	const ms = "In milliseconds."
	return []agent.Setting{
		adv(agent.Setting{
			Key: settingCopyFrom, Wire: keyCopyFrom, Section: agent.SectionBasics, Group: groupStart,
			Label: "Start as a copy of", Kind: agent.KindText,
			Help: "Another Nova agent this one starts as a copy of, when it is first made in Nova. " +
				"Pick it by name from your organisation's agents; changing it later does nothing.",
			Spec: agent.FieldSpec{Live: true, Note: "Used only when the agent is created."},
		}),

		// The recogniser (transcriber_config). Which vendor reads which
		// knob is what the SDK's comments say.
		rec("sample_rate", "sample_rate", "Recogniser sample rate", "How many audio samples a second the recogniser listens at.", agent.KindInteger, atLeast(1, "In hertz, like 16000.")),
		rec("channels", "num_channels", "Audio channels", "How many audio channels the recogniser listens to.", agent.KindInteger, atLeast(1, "")),
		rec("interim_results", "interim_results", "Partial transcripts", "Whether the recogniser reports words while the caller is still speaking. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("punctuate", "punctuate", "Punctuation", "Whether the transcript gets punctuation. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("smart_format", "smart_format", "Smart formatting", "Whether numbers, dates and amounts are written the way people write them. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("filler_words", "filler_words", "Keep filler words", "Whether words like um and uh stay in the transcript. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("profanity_filter", "profanity_filter", "Hide swear words", "Whether swear words are masked in the transcript. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("no_delay", "no_delay", "No delay", "Whether the recogniser sends text at once instead of waiting to format it. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("vad_events", "vad_events", "Speech start events", "Whether the recogniser reports when it hears speech begin. Deepgram only.", agent.KindBool, agent.FieldSpec{}),
		rec("include_timestamps", "include_timestamps", "Word timings", "Whether the transcript carries when each word was said. ElevenLabs only.", agent.KindBool, agent.FieldSpec{}),
		rec("commit_strategy", "commit_strategy", "When text is final", "How the recogniser decides a piece of speech is finished. ElevenLabs only.", agent.KindChoice,
			agent.FieldSpec{Closed: true, Choices: []agent.Choice{{Value: "vad", Label: "When the caller pauses"}, {Value: "manual", Label: "When Nova says so"}}}),
		rec("detect_language", "detect_language", "Detect the language", "Whether the recogniser works out which language the caller speaks.", agent.KindBool, agent.FieldSpec{}),
		rec("include_language_detection", "include_language_detection", "Report the language", "Whether the transcript says which language was heard. ElevenLabs only.", agent.KindBool, agent.FieldSpec{}),
		rec("energy_filter", "energy_filter", "Ignore quiet noise", "Whether quiet background sound is filtered out before recognition.", agent.KindBool, agent.FieldSpec{}),
		rec("min_speech_ms", "min_speech_duration_ms", "Shortest speech", "How long a sound must last to count as speech. "+ms, agent.KindInteger, atLeast(0, "")),
		rec("enable_logging", "enable_logging", "Let the recogniser log", "Whether the recogniser's vendor may keep logs of the audio.", agent.KindBool, agent.FieldSpec{}),

		// Turn detection: the end-of-turn knobs sit in the recogniser's
		// object, the detector's own in extra_config.
		turn("multilingual_turns", keyExtra+".turn_detector_is_multilingual", "Turn detector for many languages", "Whether the turn detector that works across languages is used.", agent.KindBool, agent.FieldSpec{}),
		withUndocumented(turn("turn_detector_model", keyExtra+".turn_detector_model_type", "Turn detector model", "Which turn detector model Nova uses.", agent.KindText, agent.FieldSpec{})),
		turn("endpointing_ms", keyTranscribe+".endpointing_ms", "Pause that ends a turn", "How long a pause ends the caller's turn. "+ms, agent.KindInteger, atLeast(0, "")),
		turn("endpointing", keyTranscribe+".endpointing", "Pause that ends a turn (Deepgram)", "How long a pause Deepgram's own endpointing waits for, in milliseconds. Deepgram only.", agent.KindInteger, atLeast(0, "")),
		turn("eot_threshold", keyTranscribe+".eot_threshold", "End-of-turn confidence", "How sure the recogniser must be that the caller has finished before the agent answers. Higher waits longer. Deepgram Flux only.", agent.KindNumber, share),
		turn("eager_eot_threshold", keyTranscribe+".eager_eot_threshold", "Early end-of-turn confidence", "How sure the recogniser must be before it starts an answer early. Lower starts sooner. Deepgram Flux only.", agent.KindNumber, share),
		turn("eot_timeout_ms", keyTranscribe+".eot_timeout_ms", "Longest wait for the end of a turn", "After this long without speech the turn ends, however unsure the recogniser is. "+ms+" Deepgram Flux only.", agent.KindInteger, atLeast(0, "")),
		turn("preemptive_generation", keyTranscribe+".preemptive_generation", "Start answering early", "Whether the agent starts working out its answer before the caller has quite finished.", agent.KindBool, agent.FieldSpec{}),
		turn("preemptive_min_confidence", keyTranscribe+".preemptive_min_confidence", "Confidence to start early", "How sure the recogniser must be before an early answer is started.", agent.KindNumber, share),
		withUndocumented(turn("gender_plugin", keyExtra+".use_gender_plugin", "Gender plugin", "A Nova plugin setting whose docs show only the value none.", agent.KindText, agent.FieldSpec{Default: "none"})),

		adv(agent.Setting{Key: "vad_max_buffered", Wire: keyVAD + ".max_buffered_speech", Section: agent.SectionTurn, Group: groupVAD, Label: "Speech kept in the buffer", Help: "How much speech voice activity detection holds while it decides, in seconds.", Kind: agent.KindInteger, Spec: atLeast(0, "")}),
		adv(agent.Setting{Key: "vad_sample_rate", Wire: keyVAD + ".sample_rate", Section: agent.SectionTurn, Group: groupVAD, Label: "Voice activity sample rate", Help: "How many audio samples a second voice activity detection reads.", Kind: agent.KindInteger, Spec: atLeast(1, "In hertz; the docs' example is 28000.")}),

		llm("system_prompt", "system_prompt", "System prompt in the model settings", "A second prompt Nova keeps with the language model. Nova's docs do not say how it combines with the main prompt, so leave it empty unless you know.", agent.KindLongText, agent.FieldSpec{}),
		llm("frequency_penalty", "frequency_penalty", "Repetition penalty", "How much the model avoids repeating the same words. Higher repeats less.", agent.KindNumber, agent.FieldSpec{Min: agent.Num(-2), Max: agent.Num(2)}),
		llm("presence_penalty", "presence_penalty", "New topic penalty", "How much the model prefers to bring up new things. OpenAI models only.", agent.KindNumber, agent.FieldSpec{Min: agent.Num(-2), Max: agent.Num(2)}),
		llm("top_k", "top_k", "Top-k", "How many of the likeliest next words the model picks from. Anthropic models only.", agent.KindInteger, atLeast(1, "")),
		llm("parallel_tool_calls", "parallel_tool_calls", "Several tools at once", "Whether the model may call more than one tool in the same step.", agent.KindBool, agent.FieldSpec{}),

		adv(agent.Setting{Key: "voice_sample_rate", Wire: keyVoice + ".sample_rate", Section: agent.SectionVoice, Group: groupVoice, Label: "Voice sample rate", Help: "How many audio samples a second the voice is made at.", Kind: agent.KindInteger, Spec: atLeast(1, "In hertz, like 24000.")}),

		bg("background_enabled", "enabled", "Play the background sound", "Whether the background sound plays. Turn it off to keep the file chosen but silent.", agent.KindBool, agent.FieldSpec{}),
		bg("background_start_volume", "initial_volume", "Background volume at the start", "How loud the background sound is when the call begins, from 0 to 1.", agent.KindNumber, share),
		// A list people use: plain, so the editor's sidebar shows it even
		// while empty (advanced lists wait for an item or More settings).
		plainList(withItems(bg(settingThinkingSounds, "thinking_sound", "Thinking sounds", "Sounds played while the agent works out its answer, like typing. One is picked at random by its chance.", agent.KindItems, agent.FieldSpec{}), thinkingSoundFields())),

		adv(agent.Setting{
			Key: "default_functions", Wire: keyFunctions, Section: agent.SectionTools, Group: groupFunctions,
			Label: "Built-in functions", Kind: agent.KindList, Undocumented: true,
			Help: "Nova's own functions the agent may use, one name a line.",
		}),
		{
			Key: "plugins", Wire: keyPlugins, Section: agent.SectionTools, Group: groupFunctions,
			Label: "Plugins", Kind: agent.KindText,
			Help:     "Plugins Nova runs for this agent.",
			ReadOnly: "Nova's docs say neither what a plugin is nor how one is written, so agentdeck keeps them as they are",
		},
	}
}

// thinkingSoundFields are the fields of one thinking sound (SDK
// AgentsThinkingSoundParam: sound required, probability and volume).
func thinkingSoundFields() []agent.Setting {
	return []agent.Setting{
		{Key: "sound", Wire: "sound", Label: "Sound", Help: "The sound file to play.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
		{Key: "probability", Wire: "probability", Label: "Chance", Help: "How likely this sound is to be picked, from 0 to 1.", Kind: agent.KindNumber, Spec: share},
		{Key: "volume", Wire: "volume", Label: "Volume", Help: "How loud this sound plays, from 0 to 1.", Kind: agent.KindNumber, Spec: share},
	}
}

func withUndocumented(s agent.Setting) agent.Setting { s.Undocumented = true; return s }

func withItems(s agent.Setting, items []agent.Setting) agent.Setting { s.Items = items; return s }

func plainList(s agent.Setting) agent.Setting { s.Advanced = false; return s }
