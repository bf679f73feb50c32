// Package dasha is the Dasha BlackBox provider (seed 004): agents are
// created with POST {base}/api/v1/agents and replaced whole with
// PUT {base}/api/v1/agents/{id}, the API key sent as a Bearer token.
//
// How the agent model maps onto a Dasha agent:
//
//   - identity: name, description, isEnabled, config.primaryLanguage
//     (BCP-47). Dasha has no agent time zone; schedule.timezone is the one
//     it keeps.
//   - voice: config.ttsConfig vendor, voiceId, model, speed (range by
//     vendor), and for ElevenLabs vendorSpecificOptions stability,
//     similarity_boost, style, use_speaker_boost; background sound and level
//     are features.ambientNoise.
//   - llm: config.llmConfig vendor, model, prompt, endpoint, apiKey (a
//     secret) and options temperature, maxTokens, topP, reasoningEffort.
//   - speech: config.sttConfig.vendor (always Auto); language switching is
//     features.languageSwitching.
//   - greeting.who/delay/interruptible: features.talkFirst; limits.max_duration:
//     features.maxDuration (no limit = switched off); turn.fillers,
//     turn.backchannel, turn.silence: features.fillers, backchannel,
//     silenceManagement; telephony.machine_detection: features.ivrDetection.
//   - schedule: schedule {timezone, mon…sun: [{start, end: {hour, minute}}]};
//     "HH:MM" in the model, 00:00 to 23:59 (Dasha cannot store 24:00).
//   - tools: config.tools (JSON Schema parameters, webhook url, headers,
//     method, body template, timeoutSeconds, retryCount, fallBackResult);
//     builtins: config.builtInTools (endConversation = end_call,
//     transferCall = transfer_call; other names are kept as they are);
//     mcp: config.mcpConnections (SSE = sse, StreamableHTTP = streamable_http;
//     authentication.apiKey is a secret).
//   - webhooks.post_call: config.resultWebhook; webhooks.pre_call:
//     config.startWebhook (its webhook, and its timeout).
//   - variables: additionalData, at the top level; telephony.outbound_sip:
//     config.outboundSipConfig (password is a secret);
//     telephony.inbound_number: inboundSipConfig.phoneNumber.
//
// Round trips lose nothing: the draft keeps Dasha's document, and Encode
// writes into it only the fields whose value in the draft differs from what
// the document says. A value the person cleared becomes null where Dasha
// allows null and is removed otherwise; an empty required value (voice,
// LLM, language) means Dasha's default. Lists are matched item by item (by
// name, or by position after a rename) so unmodelled fields of each item
// stay. Every "version" field is kept, and added where agentdeck creates an
// object that carries one in the seed.
package dasha
