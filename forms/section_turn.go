package forms

// turnPages: turn-taking is the biggest section, so it is split into short
// pages, and the details of interruptions, silence handling and fillers are
// hidden while they are switched off. Short pages also keep each keystroke
// cheap: huh updates every field of the current group on every key.
func turnPages() []page {
	return []page{
		{title: "When the caller has finished", paths: []string{
			"turn.mode", "turn.eagerness", "turn.timeout", "turn.initial_wait",
		}},
		{title: "Interruptions", paths: []string{"turn.interrupt.enabled"}},
		{title: "Interruptions", when: "turn.interrupt.enabled", paths: []string{
			"turn.interrupt.sensitivity", "turn.interrupt.min_words", "turn.interrupt.ignore_terms",
		}},
		{title: "Hearing speech", paths: []string{
			"turn.vad.threshold", "turn.vad.min_speech", "turn.vad.min_silence", "turn.vad.prefix_padding",
		}},
		{title: "A quiet caller", paths: []string{"turn.silence.enabled"}},
		{title: "A quiet caller", when: "turn.silence.enabled", paths: []string{
			"turn.silence.remind_after", "turn.silence.reminder_message", "turn.silence.max_reminders",
			"turn.silence.end_call", "turn.silence.end_call_after",
		}},
		{title: "Fillers and backchannel", paths: []string{"turn.fillers.enabled", "turn.backchannel.enabled"}},
		{title: "Fillers", when: "turn.fillers.enabled", paths: []string{
			"turn.fillers.after_seconds", "turn.fillers.phrases", "turn.fillers.generated",
		}},
	}
}
