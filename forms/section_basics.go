package forms

// basicsPages: who the agent is and where it talks.
func basicsPages() []page {
	return []page{{paths: []string{
		"identity.name", "identity.description", "identity.language", "identity.timezone",
		"identity.tags", "identity.enabled", "identity.channel",
	}}}
}
