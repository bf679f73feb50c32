package dasha

import (
	_ "embed"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Why the documented paths agentdeck does not edit stay read-only.
const (
	roVersion      = "a format marker Dasha sets; agentdeck keeps it as it is"
	roUndocumented = "Dasha does not document what it holds; agentdeck keeps it as it is"
)

// modelWires ties the documented request-body paths the neutral model
// edits to its draft paths; paths with [] are matched by their prefix
// (every schedule window of a day).
var modelWires = map[string]string{ //nolint:gosec // paths of the document, not credentials
	"name":                         "identity.name",
	"isEnabled":                    "identity.enabled",
	"description":                  "identity.description",
	"additionalData":               "variables.name",
	"inboundSipConfig.phoneNumber": "telephony.inbound_number",
	"schedule.timezone":            "schedule.timezone",
	"config.primaryLanguage":       "identity.language",

	tts + ".voiceId": "voice.voice_id", tts + ".vendor": "voice.vendor", tts + ".model": "voice.model", tts + ".speed": "voice.speed",
	tts + ".vendorSpecificOptions.stability":         "voice.stability",
	tts + ".vendorSpecificOptions.similarity_boost":  "voice.similarity_boost",
	tts + ".vendorSpecificOptions.style":             "voice.style",
	tts + ".vendorSpecificOptions.use_speaker_boost": "voice.speaker_boost",

	llm + ".model": "llm.model", llm + ".vendor": "llm.vendor", llm + ".prompt": "llm.prompt", llm + ".apiKey": "llm.api_key", llm + ".endpoint": "llm.endpoint",
	llmOptions + ".temperature": "llm.temperature", llmOptions + ".maxTokens": "llm.max_tokens", llmOptions + ".topP": "llm.top_p",
	llmOptions + ".reasoningEffort": "llm.reasoning_effort",
	"config.sttConfig.vendor":       "speech.vendor",

	"config.outboundSipConfig.server": "telephony.outbound_sip.server", "config.outboundSipConfig.authUser": "telephony.outbound_sip.auth_user",
	"config.outboundSipConfig.domain": "telephony.outbound_sip.domain", "config.outboundSipConfig.password": "telephony.outbound_sip.password",
	"config.outboundSipConfig.fromUser": "telephony.outbound_sip.from_user", "config.outboundSipConfig.transport": "telephony.outbound_sip.transport",
	"config.outboundSipConfig.displayName": "telephony.outbound_sip.display_name",

	"config.resultWebhook.url": "webhooks.post_call.url", "config.resultWebhook.headers": "webhooks.post_call.headers",
	"config.resultWebhook.customSettings.httpMethod":          "webhooks.post_call.method",
	"config.resultWebhook.customSettings.bodyFormat.template": "webhooks.post_call.body_template",
	startHook + ".webhook.url":                                "webhooks.pre_call.url", startHook + ".webhook.headers": "webhooks.pre_call.headers",
	startHook + ".webhook.customSettings.httpMethod":          "webhooks.pre_call.method",
	startHook + ".webhook.customSettings.bodyFormat.template": "webhooks.pre_call.body_template",
	startHook + ".timeout":                                    "webhooks.pre_call.timeout_seconds",

	features + ".talkFirst.delay": "greeting.delay", features + ".talkFirst.isEnabled": "greeting.who", features + ".talkFirst.interruptible": "greeting.interruptible",
	features + ".maxDuration.maxDurationSeconds": "limits.max_duration", features + ".maxDuration.isEnabled": "limits.max_duration",
	ivr + ".isEnabled":                   "telephony.machine_detection",
	features + ".ambientNoise.isEnabled": "voice.background_sound", features + ".ambientNoise.ambientNoiseLevel": "voice.background_level",
	features + ".languageSwitching.isEnabled": "speech.language_switching",
	features + ".fillers.isEnabled":           "turn.fillers.enabled", features + ".fillers.strategy.type": "turn.fillers.phrases",
	features + ".fillers.strategy.texts":    "turn.fillers.phrases",
	features + ".backchannel.isEnabled":     "turn.backchannel.enabled",
	features + "." + silence + ".isEnabled": "turn.silence.enabled", features + "." + silence + ".maxReminderAttempts": "turn.silence.max_reminders",
	features + "." + silence + ".reminderSilenceThresholdSeconds": "turn.silence.remind_after",
	features + "." + silence + ".endWhenReminderLimitExceeded":    "turn.silence.end_call",

	"config.mcpConnections[].name": "mcp.name", "config.mcpConnections[].serverUrl": "mcp.url",
	"config.mcpConnections[].authentication.apiKey":     "mcp.api_key",
	"config.mcpConnections[].authentication.headerName": "mcp.header_name",
	"config.mcpConnections[].customHeaders":             "mcp.headers", "config.mcpConnections[].isEnabled": "mcp.enabled",
	"config.mcpConnections[].description": "mcp.description", "config.mcpConnections[].transport": "mcp.transport",
	"config.mcpConnections[].blackListTools": "mcp.block_tools", "config.mcpConnections[].whiteListTools": "mcp.allow_tools",

	"config.tools[].name": "tools.name", "config.tools[].schema": "tools.params.name", "config.tools[].description": "tools.description",
	"config.tools[].fallBackResult": "tools.fallback_result", "config.tools[].timeoutSeconds": "tools.timeout_seconds",
	"config.tools[].retryCount": "tools.retries", "config.tools[].webhook.url": "tools.url", "config.tools[].webhook.headers": "tools.headers",
	"config.tools[].webhook.customSettings.httpMethod":          "tools.method",
	"config.tools[].webhook.customSettings.bodyFormat.template": "tools.body_template",
	"config.builtInTools[].name":                                "builtins.kind", "config.builtInTools[].additionalInstructions": "builtins.instructions",
}

// readOnlyWires are the documented paths kept but not edited, with why.
var readOnlyWires = map[string]string{
	tts + ".speedAdjustment.version":         roVersion,
	tts + ".responsiveness":                  roUndocumented,
	llm + ".vendorSpecificOptions":           roUndocumented,
	llm + ".toolScopes":                      roUndocumented,
	"config.sttConfig.version":               roVersion,
	"config.sttConfig.vendorSpecificOptions": roUndocumented,
}

// wirePath is where agentdeck edits the documented path p, or why it does
// not.
func wirePath(p string) agent.WireField {
	if path, ok := modelWires[p]; ok {
		return agent.WireField{Wire: p, Path: path}
	}
	if strings.HasPrefix(p, "schedule.") {
		day, _, _ := strings.Cut(strings.TrimPrefix(p, "schedule."), "[")
		return agent.WireField{Wire: p, Path: "schedule." + day}
	}
	if why, ok := readOnlyWires[p]; ok {
		return agent.WireField{Wire: p, ReadOnly: why}
	}
	if strings.HasPrefix(p, features+".") && strings.HasSuffix(p, ".version") {
		return agent.WireField{Wire: p, ReadOnly: roVersion}
	}
	plain := strings.ReplaceAll(p, "[]", "")
	for _, s := range settingTable {
		if s.Wire == plain {
			return agent.WireField{Wire: p, Path: agent.SettingPath(ProviderID, s.Key)}
		}
		if s.Kind == agent.KindItems && strings.HasPrefix(plain, s.Wire+".") {
			for _, f := range s.Items {
				if s.Wire+"."+f.Wire == plain {
					return agent.WireField{Wire: p, Path: agent.SettingPath(ProviderID, s.Key) + "." + f.Key}
				}
			}
		}
	}
	return agent.WireField{Wire: p}
}

// dashaWires lists every request-body path seed 004 documents (and the
// transfer feature from Dasha's transfer pages), in the seed's order.
func dashaWires() []agent.WireField {
	out := make([]agent.WireField, 0, len(documentedPaths))
	for _, p := range documentedPaths {
		out = append(out, wirePath(p))
	}
	return out
}

// seedPaths is the inventory of seed 004's request body, one path a line,
// list items as [] (see the coverage test).
//
//go:embed testdata/seed_paths.txt
var seedPaths string

var documentedPaths = strings.Fields(seedPaths)
