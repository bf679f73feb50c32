package forms

// greetingPages: how a call opens, how it closes, and how long it may last.
func greetingPages() []page {
	return []page{
		{title: "Opening the call", paths: []string{
			"greeting.who", "greeting.text", "greeting.generated", "greeting.delay",
			"greeting.interruptible", "greeting.voicemail_message",
		}},
		{title: "Closing the call", paths: []string{"goodbye.enabled"}},
		{title: "Closing the call", when: "goodbye.enabled", paths: []string{"goodbye.message"}},
		{title: "Call length", paths: []string{"limits.max_duration", "limits.warning_message", "limits.end_message"}},
	}
}
