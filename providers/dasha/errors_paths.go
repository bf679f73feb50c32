package dasha

// errorPaths maps Dasha field locations (lower case, "[]" for a list index)
// to agent field paths ("%d" takes the indices in order). A location is
// matched by its longest listed prefix, so "config.ttsconfig.foo" still
// lands on the voice section.
var errorPaths = buildErrorPaths()

func buildErrorPaths() map[string]string {
	m := map[string]string{ //nolint:gosec // G101: field paths (one is apikey), no key values
		"name":                         "identity.name",
		"description":                  "identity.description",
		"isenabled":                    "identity.enabled",
		"additionaldata":               "variables",
		"inboundsipconfig":             "telephony.inbound_number",
		"schedule":                     "schedule",
		"schedule.timezone":            "schedule.timezone",
		"config.primarylanguage":       "identity.language",
		"config.ttsconfig":             "voice",
		"config.ttsconfig.vendor":      "voice.vendor",
		"config.ttsconfig.voiceid":     "voice.voice_id",
		"config.ttsconfig.model":       "voice.model",
		"config.ttsconfig.speed":       "voice.speed",
		"config.llmconfig":             "llm",
		"config.llmconfig.vendor":      "llm.vendor",
		"config.llmconfig.model":       "llm.model",
		"config.llmconfig.prompt":      "llm.prompt",
		"config.llmconfig.apikey":      "llm.api_key",
		"config.llmconfig.endpoint":    "llm.endpoint",
		"config.sttconfig":             "speech.vendor",
		"config.features.talkfirst":    "greeting.who",
		"config.features.maxduration":  "limits.max_duration",
		"config.features.ivrdetection": "telephony.machine_detection",
		"config.features.ambientnoise": "voice.background_sound",
		"config.features.fillers":      "turn.fillers.enabled",
		"config.features.backchannel":  "turn.backchannel.enabled",

		"config.features.languageswitching":                                 "speech.language_switching",
		"config.features.talkfirst.delay":                                   "greeting.delay",
		"config.features.talkfirst.interruptible":                           "greeting.interruptible",
		"config.features.ambientnoise.ambientnoiselevel":                    "voice.background_level",
		"config.features.fillers.strategy":                                  "turn.fillers.phrases",
		"config.features.silencemanagement":                                 "turn.silence.enabled",
		"config.features.silencemanagement.maxreminderattempts":             "turn.silence.max_reminders",
		"config.features.silencemanagement.remindersilencethresholdseconds": "turn.silence.remind_after",
		"config.features.silencemanagement.endwhenreminderlimitexceeded":    "turn.silence.end_call",

		"config.tools":                                      "tools",
		"config.tools[]":                                    "tools[%d]",
		"config.tools[].name":                               "tools[%d].name",
		"config.tools[].description":                        "tools[%d].description",
		"config.tools[].schema":                             "tools[%d].params",
		"config.tools[].webhook":                            "tools[%d].url",
		"config.tools[].webhook.headers":                    "tools[%d].headers",
		"config.tools[].webhook.customsettings.httpmethod":  "tools[%d].method",
		"config.tools[].webhook.customsettings.bodyformat":  "tools[%d].body_template",
		"config.tools[].timeoutseconds":                     "tools[%d].timeout_seconds",
		"config.tools[].retrycount":                         "tools[%d].retries",
		"config.tools[].fallbackresult":                     "tools[%d].fallback_result",
		"config.builtintools":                               "builtins",
		"config.mcpconnections":                             "mcp",
		"config.mcpconnections[]":                           "mcp[%d]",
		"config.mcpconnections[].name":                      "mcp[%d].name",
		"config.mcpconnections[].serverurl":                 "mcp[%d].url",
		"config.mcpconnections[].description":               "mcp[%d].description",
		"config.mcpconnections[].transport":                 "mcp[%d].transport",
		"config.mcpconnections[].authentication":            "mcp[%d].api_key",
		"config.mcpconnections[].authentication.headername": "mcp[%d].header_name",
		"config.mcpconnections[].customheaders":             "mcp[%d].headers",
		"config.mcpconnections[].isenabled":                 "mcp[%d].enabled",
		"config.mcpconnections[].whitelisttools":            "mcp[%d].allow_tools",
		"config.mcpconnections[].blacklisttools":            "mcp[%d].block_tools",
		"config.outboundsipconfig":                          "telephony.outbound_sip",
		"config.outboundsipconfig.server":                   "telephony.outbound_sip.server",
		"config.outboundsipconfig.authuser":                 "telephony.outbound_sip.auth_user",
		"config.outboundsipconfig.password":                 "telephony.outbound_sip.password",
		"config.outboundsipconfig.domain":                   "telephony.outbound_sip.domain",
		"config.outboundsipconfig.fromuser":                 "telephony.outbound_sip.from_user",
		"config.outboundsipconfig.displayname":              "telephony.outbound_sip.display_name",
		"config.outboundsipconfig.transport":                "telephony.outbound_sip.transport",
	}
	opts := map[string]string{ //nolint:gosec // G101: field paths, no key values
		"config.ttsconfig.vendorspecificoptions.stability":         "voice.stability",
		"config.ttsconfig.vendorspecificoptions.similarity_boost":  "voice.similarity_boost",
		"config.ttsconfig.vendorspecificoptions.style":             "voice.style",
		"config.ttsconfig.vendorspecificoptions.use_speaker_boost": "voice.speaker_boost",
		"config.llmconfig.options.temperature":                     "llm.temperature",
		"config.llmconfig.options.maxtokens":                       "llm.max_tokens",
		"config.llmconfig.options.topp":                            "llm.top_p",
		"config.llmconfig.options.reasoningeffort":                 "llm.reasoning_effort",
	}
	for k, v := range opts {
		m[k] = v
	}
	// .NET may spell snake_case keys in PascalCase: SimilarityBoost.
	m["config.ttsconfig.vendorspecificoptions.similarityboost"] = "voice.similarity_boost"
	m["config.ttsconfig.vendorspecificoptions.usespeakerboost"] = "voice.speaker_boost"
	for _, hook := range []struct{ dasha, model string }{
		{"config.resultwebhook", "webhooks.post_call"},
		{"config.startwebhook.webhook", "webhooks.pre_call"},
	} {
		m[hook.dasha] = hook.model + ".url"
		m[hook.dasha+".url"] = hook.model + ".url"
		m[hook.dasha+".headers"] = hook.model + ".headers"
		m[hook.dasha+".customsettings.httpmethod"] = hook.model + ".method"
		m[hook.dasha+".customsettings.bodyformat"] = hook.model + ".body_template"
	}
	m["config.startwebhook"] = "webhooks.pre_call"
	m["config.startwebhook.timeout"] = "webhooks.pre_call.timeout_seconds"
	for _, day := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		m["schedule."+day] = "schedule." + day
		m["schedule."+day+"[]"] = "schedule." + day + "[%d]"
		m["schedule."+day+"[].start"] = "schedule." + day + "[%d].start"
		m["schedule."+day+"[].end"] = "schedule." + day + "[%d].end"
	}
	addSettingErrorPaths(m)
	return m
}
