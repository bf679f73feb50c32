package forms

// greetingPages: how a call opens, how it closes, and how long it may last.
func greetingPages() []page {
	return []page{
		{title: "Greeting", paths: []string{
			"greeting.who", "greeting.text", "greeting.generated", "greeting.delay",
			"greeting.interruptible", "greeting.voicemail_message",
		}},
		{title: "Goodbye", paths: []string{"goodbye.enabled"}},
		{title: "Goodbye", when: "goodbye.enabled", paths: []string{"goodbye.message"}},
		{title: "Call length", paths: []string{"limits.max_duration", "limits.warning_message", "limits.end_message"}},
	}
}
