package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
)

// Dasha's own settings: what seed 004 documents (and, for call transfers
// and post-call analysis, Dasha's feature pages) that the neutral model does
// not name. docSettings are read and written by settingsdoc, one value at
// one place; handSettings (mapping_settings.go) sit inside lists the model
// owns (tools, MCP connections) or in name → value maps, which a table
// cannot say, so the codec reads and writes them by hand.

// Groups of the settings pages.
const (
	groupVoice     = "Voice character"
	groupLLM       = "Language model"
	groupCalls     = "Calls"
	groupIVR       = "Phone menus and answering machines"
	groupTransfer  = "Call transfer"
	groupAnalysis  = "After the call"
	groupStart     = "Before-call webhook"
	groupWebhooks  = "Webhook details"
	groupOutbound  = "Outbound calling"
	groupMCP       = "MCP servers"
	groupTransfers = "Transfer destinations"
)

// Places of the settings in the document.
const (
	llmOptions = llm + ".options"
	ivr        = features + ".ivrDetection"
	startHook  = "config.startWebhook"
	transferAt = features + ".transfer"
)

// cartesiaEmotions are the emotion values Dasha's TTS page documents for
// Cartesia voices: a dimension and a level.
func cartesiaEmotions() []agent.Choice {
	var out []agent.Choice
	for _, dim := range []string{"anger", "positivity", "surprise", "sadness", "curiosity"} {
		for _, lvl := range []string{"lowest", "low", "high", "highest"} {
			out = append(out, agent.Choice{Value: dim + ":" + lvl})
		}
	}
	return out
}

var docSettings = []agent.Setting{
	// Voice character, per TTS vendor (Dasha's "TTS providers" page).
	{
		Key: "speed_strategy", Wire: tts + ".speedAdjustment.strategy", Section: agent.SectionVoice, Group: groupVoice, Label: "Speed strategy",
		Help: "How Dasha adjusts the speaking speed during the call. Dasha's example value is OnRequest.", Kind: agent.KindText,
		Spec: agent.FieldSpec{Default: "OnRequest"}, Advanced: true, Undocumented: true,
	},
	{
		Key: "emotions", Wire: tts + ".vendorSpecificOptions.emotions", Section: agent.SectionVoice, Group: groupVoice, Label: "Emotions (Cartesia)",
		Help: "Feelings a Cartesia voice speaks with, each a feeling and a strength, like positivity:high. Other voices ignore them.", Kind: agent.KindList,
		Spec: agent.FieldSpec{Choices: cartesiaEmotions(), Note: "Cartesia voices only; each a feeling and a strength"}, Advanced: true,
	},
	{
		Key: "voice_temperature", Wire: tts + ".vendorSpecificOptions.temperature", Section: agent.SectionVoice, Group: groupVoice, Label: "Voice variation (Inworld)",
		Help: "How much an Inworld voice varies its delivery; higher sounds livelier. Other voices ignore it.", Kind: agent.KindNumber,
		Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(2), Default: "0.8", Note: "Inworld voices only"}, Advanced: true,
	},
	{
		Key: "pitch", Wire: tts + ".vendorSpecificOptions.pitch", Section: agent.SectionVoice, Group: groupVoice, Label: "Pitch (Inworld)",
		Help: "Raises or lowers an Inworld voice; 0 keeps its natural pitch. Other voices ignore it.", Kind: agent.KindNumber,
		Spec: agent.FieldSpec{Default: "0", Note: "Inworld voices only"}, Advanced: true,
	},
	{
		Key: "streaming_latency", Wire: tts + ".vendorSpecificOptions.optimize_streaming_latency", Section: agent.SectionVoice, Group: groupVoice, Label: "Speed over quality (ElevenLabs)",
		Help: "How hard an ElevenLabs voice trades quality for a quicker start, from 0 (best quality) to 4 (fastest).", Kind: agent.KindInteger,
		Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(4), Default: "4", Note: "ElevenLabs voices only"}, Advanced: true,
	},
	{
		Key: "pronunciation_dictionary", Wire: tts + ".pronunciationDictionary.id", Section: agent.SectionVoice, Group: groupVoice, Label: "Pronunciation dictionary",
		Help: "The dictionary that tells the voice how to say brand names and unusual words. Create it in Dasha first.", Kind: agent.KindText, Advanced: true,
	},
	{
		Key: "pronunciation_version", Wire: tts + ".pronunciationDictionary.hash", Section: agent.SectionVoice, Group: groupVoice, Label: "Dictionary version",
		Help: "Which saved version of the pronunciation dictionary to use, as Dasha shows it.", Kind: agent.KindText, Advanced: true,
	},

	// Language model options (seed 004 llmConfig.options).
	{
		Key: "frequency_penalty", Wire: llmOptions + ".frequencyPenalty", Section: agent.SectionBrain, Group: groupLLM, Label: "Repetition penalty",
		Help: "Above 0 makes the model repeat the same words less often; below 0 more often.", Kind: agent.KindNumber,
		Spec: agent.FieldSpec{Min: agent.Num(-2), Max: agent.Num(2), Note: "empty uses the vendor's default"}, Advanced: true,
	},
	{
		Key: "presence_penalty", Wire: llmOptions + ".presencePenalty", Section: agent.SectionBrain, Group: groupLLM, Label: "New-topic push",
		Help: "Above 0 nudges the model towards new topics; below 0 keeps it on what was said.", Kind: agent.KindNumber,
		Spec: agent.FieldSpec{Min: agent.Num(-2), Max: agent.Num(2), Note: "empty uses the vendor's default"}, Advanced: true,
	},
	{
		Key: "stop", Wire: llmOptions + ".stop", Section: agent.SectionBrain, Group: groupLLM, Label: "Stop words",
		Help: "Words or marks at which the model stops writing its answer.", Kind: agent.KindList, Advanced: true,
	},
	{
		Key: "max_retries", Wire: llmOptions + ".maxRetries", Section: agent.SectionBrain, Group: groupLLM, Label: "Retries",
		Help: "How many times Dasha asks the model again when it fails to answer.", Kind: agent.KindInteger,
		Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(10)}, Advanced: true,
	},
	{
		Key: "reasoning_mode", Wire: llmOptions + ".reasoningMode", Section: agent.SectionBrain, Group: groupLLM, Label: "Reasoning mode",
		Help: "How a reasoning model thinks before it answers.", Kind: agent.KindText, Advanced: true, Undocumented: true,
	},
	{
		Key: "trailing_prompt", Wire: llmOptions + ".trailingPrompt", Section: agent.SectionBrain, Group: groupLLM, Label: "Closing instructions",
		Help: "Instructions added after the conversation each time the model answers, so they weigh most.", Kind: agent.KindLongText, Advanced: true,
	},

	// Call limits and phone-menu detection (seed 004 features).
	{
		Key: "max_duration_in_transfer", Wire: features + ".maxDuration.maxDurationInTransferSeconds", Section: agent.SectionTurn, Group: groupCalls, Label: "Time limit during a transfer",
		Help: "Longest a call may last, in seconds, once it is being transferred to a person.", Kind: agent.KindInteger,
		Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(86400), Default: "7200"}, Advanced: true,
	},
	{
		Key: "ivr_inbound", Wire: ivr + ".enabledForInbound", Section: agent.SectionTurn, Group: groupIVR, Label: "Detect on incoming calls",
		Help: "Listen for answering machines and phone menus on calls people make to the agent.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "no"}, Advanced: true,
	},
	{
		Key: "ivr_outbound", Wire: ivr + ".enabledForOutbound", Section: agent.SectionTurn, Group: groupIVR, Label: "Detect on outgoing calls",
		Help: "Listen for answering machines and phone menus on calls the agent makes.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "yes"}, Advanced: true,
	},
	{
		Key: "ivr_web_call", Wire: ivr + ".enabledForWebCall", Section: agent.SectionTurn, Group: groupIVR, Label: "Detect on web calls",
		Help: "Listen for answering machines and phone menus on calls from your website.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "no"}, Advanced: true,
	},
	{
		Key: "ivr_chat", Wire: ivr + ".enabledForChat", Section: agent.SectionTurn, Group: groupIVR, Label: "Detect in chats",
		Help: "Look for automated replies in text chats too.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "no"}, Advanced: true,
	},
	{
		Key: "ivr_navigation", Wire: ivr + ".ivrNavigation", Section: agent.SectionTurn, Group: groupIVR, Label: "Find a way through phone menus",
		Help: "When the agent reaches a phone menu, let it press keys and speak to get through it.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "no"}, Advanced: true,
	},

	// Call transfer (Dasha's cold, warm and HTTP transfer pages).
	{
		Key: "transfer_type", Wire: transferAt + ".type", Section: agent.SectionTools, Group: groupTransfer, Label: "Transfer kind",
		Help: "Cold hands the caller straight over; warm lets the agent brief the person first; HTTP asks your server where to send the call.", Kind: agent.KindChoice,
		Spec: agent.FieldSpec{Closed: true, Choices: []agent.Choice{{Value: "cold", Label: "Cold (straight over)"}, {Value: "warm", Label: "Warm (agent briefs first)"}, {Value: "http", Label: "HTTP (your server decides)"}}},
	},
	{
		Key: "transfer_description", Wire: transferAt + ".description", Section: agent.SectionTools, Group: groupTransfer, Label: "When to transfer",
		Help: "Tells the agent when a caller should be transferred.", Kind: agent.KindLongText,
	},
	{
		Key: "transfer_destination", Wire: transferAt + ".endpointDestination", Section: agent.SectionTools, Group: groupTransfer, Label: "Transfer to",
		Help: "The phone number (like +15550200) or SIP address calls are transferred to.", Kind: agent.KindText,
	},
	{
		Key: "transfer_routes", Wire: transferAt + ".transferRoutes", Section: agent.SectionTools, Group: groupTransfers, Label: "Transfer destinations",
		// Not advanced: the editor's sidebar shows this list even while empty.
		Help: "Named places the agent can transfer to, each with when to use it.", Kind: agent.KindItems,
		Items: []agent.Setting{
			{Key: "name", Wire: "name", Label: "Name", Help: "What the destination is called, like Sales.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
			{Key: "description", Wire: "description", Label: "When to use it", Help: "Tells the agent which callers go here.", Kind: agent.KindLongText},
			{Key: "destination", Wire: "endpointDestination", Label: "Phone number or SIP address", Help: "Where calls to this destination go, like +15550100.", Kind: agent.KindText},
		},
	},

	// Post-call analysis (seed 004 features.postCallAnalysis; fields from
	// Dasha's post-call analysis page). The labels of each form are a
	// setting of their own (post_call_labels), so each form is edited as
	// plain fields.
	{
		Key: "post_call_analysis", Wire: features + ".postCallAnalysis", Section: agent.SectionTools, Group: groupAnalysis, Label: "Post-call analysis",
		Help: "Forms Dasha fills in from each finished call, sent with the call's result.", Kind: agent.KindItems, Advanced: true,
		Items: []agent.Setting{
			{Key: "name", Wire: "name", Label: "Form name", Help: "What this analysis is called, like Lead qualification.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
			{Key: "enabled", Wire: "isEnabled", Label: "On", Help: "Whether Dasha fills in this form after each call.", Kind: agent.KindBool, Spec: agent.FieldSpec{Default: "yes"}},
		},
	},

	// The before-call webhook's switches and fallback (seed 004 startWebhook).
	{
		Key: "start_webhook_inbound", Wire: startHook + ".isEnabledForInbound", Section: agent.SectionTools, Group: groupStart, Label: "Call before incoming calls",
		Help: "Call the before-call webhook when someone calls the agent.", Kind: agent.KindBool, Advanced: true,
	},
	{
		Key: "start_webhook_outbound", Wire: startHook + ".isEnabledForOutbound", Section: agent.SectionTools, Group: groupStart, Label: "Call before outgoing calls",
		Help: "Call the before-call webhook when the agent makes a call.", Kind: agent.KindBool, Advanced: true,
	},
	{
		Key: "start_webhook_widget", Wire: startHook + ".isEnabledForWidget", Section: agent.SectionTools, Group: groupStart, Label: "Call before website calls",
		Help: "Call the before-call webhook when a call starts from your website.", Kind: agent.KindBool, Advanced: true,
	},
	{
		Key: "start_webhook_fallback_accept", Wire: startHook + ".fallbackResponse.accept", Section: agent.SectionTools, Group: groupStart, Label: "Take the call if the webhook fails",
		Help: "When the before-call webhook does not answer in time, go ahead with the call (yes) or turn it away (no).", Kind: agent.KindBool,
		Spec: agent.FieldSpec{Default: "no"}, Advanced: true,
	},
	{
		Key: "start_webhook_fallback_reason", Wire: startHook + ".fallbackResponse.reasonMessage", Section: agent.SectionTools, Group: groupStart, Label: "Reason when turned away",
		Help: "The reason recorded when a call is turned away because the before-call webhook failed.", Kind: agent.KindText,
		Spec: agent.FieldSpec{Default: "Webhook for started webhook failed"}, Advanced: true,
	},

	// Outbound pacing (seed 004 outboundSipConfig).
	{
		Key: "calls_per_second", Wire: "config.outboundSipConfig.cpsLimit", Section: agent.SectionAdvanced, Group: groupOutbound, Label: "Calls per second",
		Help: "The most new outgoing calls the agent starts each second through your phone line.", Kind: agent.KindNumber,
		Spec: agent.FieldSpec{Min: agent.Num(0), Note: "empty means no limit"}, Advanced: true,
	},
	{
		Key: "calls_per_second_group", Wire: "config.outboundSipConfig.cpsKey", Section: agent.SectionAdvanced, Group: groupOutbound, Label: "Shared pacing name",
		Help: "Agents given the same name here share one calls-per-second limit.", Kind: agent.KindText, Advanced: true,
	},
}

// Settings the codec maps by hand (mapping_settings.go).
const (
	keyResultQuery = "result_webhook_query"
	keyStartQuery  = "start_webhook_query"
	keyToolQuery   = "tool_query"
	keyMCPAuth     = "mcp_auth"
	keyPCALabels   = "post_call_labels"
)

// mcpAuthTypes are the sign-in kinds Dasha's MCP page names.
const (
	mcpAuthNone   = "none"
	mcpAuthAPIKey = "apiKey"
	mcpAuthBearer = "bearer"
)

func queryItems(at string) []agent.Setting {
	value := "" // keyed by name: the value is the entry itself
	if at != "" {
		value = at + ".<name>"
	}
	return []agent.Setting{
		{Key: "name", Wire: at, Label: "Name", Help: "The name of the value added to the address.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
		{Key: "value", Wire: value, Label: "Value", Help: "The value itself, when it is no key.", Kind: agent.KindText},
		{Key: "secret", Wire: value, Label: "Secret value", Help: "A key or token sent as the value; kept with your credentials, never in the draft. Its name must look like a key (with key, token or secret in it, or sig), as Dasha shows other values back.", Kind: agent.KindSecret},
	}
}

var handSettings = []agent.Setting{
	{
		Key: keyPCALabels, Wire: features + ".postCallAnalysis", Section: agent.SectionTools, Group: groupAnalysis, Label: "Post-call answers",
		Help: "The answers Dasha finds in each call, each for the post-call form you name.", Kind: agent.KindItems, Advanced: true,
		Items: []agent.Setting{
			{Key: "form", Wire: "name", Label: "Form", Help: "The name of the post-call form this answer belongs to.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
			{
				Key: "name", Wire: "labels[].name", Label: "Answer", Help: "The answer's name: letters, digits, - and _ only.", Kind: agent.KindText,
				Spec: agent.FieldSpec{Required: true, Pattern: `^[a-zA-Z0-9_-]+$`, PatternHint: "letters, digits, - and _ only"},
			},
			{Key: "description", Wire: "labels[].description", Label: "What to find", Help: "Tells Dasha what this answer is and how to decide it.", Kind: agent.KindLongText},
		},
	},
	{
		Key: keyResultQuery, Wire: "config.resultWebhook.customSettings.queryParams", Section: agent.SectionTools, Group: groupWebhooks, Label: "After-call address values",
		Help: "Values added to the after-call webhook's address, after the question mark.", Kind: agent.KindItems, Advanced: true, KeyedBy: "name", Items: queryItems(""),
	},
	{
		Key: keyStartQuery, Wire: startHook + ".webhook.customSettings.queryParams", Section: agent.SectionTools, Group: groupWebhooks, Label: "Before-call address values",
		Help: "Values added to the before-call webhook's address, after the question mark.", Kind: agent.KindItems, Advanced: true, KeyedBy: "name", Items: queryItems(""),
	},
	{
		Key: keyToolQuery, Wire: "config.tools", Section: agent.SectionTools, Group: groupWebhooks, Label: "Tool address values",
		Help: "Values added to a tool's web address, after the question mark, each for the tool you name.", Kind: agent.KindItems, Advanced: true,
		Items: append([]agent.Setting{{Key: "tool", Wire: "name", Label: "Tool", Help: "The name of the tool the value is for.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}}}, queryItems("webhook.customSettings.queryParams")...),
	},
	{
		Key: keyMCPAuth, Wire: "config.mcpConnections", Section: agent.SectionTools, Group: groupMCP, Label: "MCP sign-in",
		Help: "How agentdeck signs in to each MCP server: no sign-in, a key in a header you name, or a bearer token. The key or token is the server's saved key.", Kind: agent.KindItems, Advanced: true,
		Items: []agent.Setting{
			{Key: "server", Wire: "name", Label: "Server", Help: "The name of the MCP server.", Kind: agent.KindText, Spec: agent.FieldSpec{Required: true}},
			{
				Key: "type", Wire: "authentication.type", Label: "Sign-in", Help: "No sign-in, a key sent in a header, or a bearer token.", Kind: agent.KindChoice,
				Spec: agent.FieldSpec{Closed: true, Default: mcpAuthAPIKey, Choices: []agent.Choice{{Value: mcpAuthNone, Label: "No sign-in"}, {Value: mcpAuthAPIKey, Label: "Key in a header"}, {Value: mcpAuthBearer, Label: "Bearer token"}}},
			},
		},
	},
}

// settingTable is every Dasha setting in display order.
var settingTable = append(append([]agent.Setting{}, docSettings...), handSettings...)
