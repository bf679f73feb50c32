package forms

// listeningPages: how the agent hears the caller.
func listeningPages() []page {
	return []page{{paths: []string{
		"speech.vendor", "speech.model", "speech.keywords", "speech.language_switching",
	}}}
}
