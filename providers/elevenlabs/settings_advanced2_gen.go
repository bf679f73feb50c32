package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced2 = []agent.Setting{
	// Web widget
	{
		Key: "widget_language", Wire: "platform_settings.widget.language_presets", Kind: agent.KindItems, Label: "Language presets",
		Help:    "Language presets for the widget.",
		KeyedBy: "name",
		Items: []agent.Setting{
			{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
			{
				Key: "text_contents_main_label", Wire: "text_contents.main_label", Kind: agent.KindText, Label: "Main label",
				Help: "Call to action displayed inside the compact and full variants.",
			},
			{
				Key: "text_contents_start_call", Wire: "text_contents.start_call", Kind: agent.KindText, Label: "Start call",
				Help: "Text and ARIA label for the start call button.",
			},
			{
				Key: "text_contents_start_chat", Wire: "text_contents.start_chat", Kind: agent.KindText, Label: "Start chat",
				Help: "Text and ARIA label for the start chat button (text only).",
			},
			{
				Key: "text_contents_new_call", Wire: "text_contents.new_call", Kind: agent.KindText, Label: "New call",
				Help: "Text and ARIA label for the new call button. Displayed when the caller already finished at least one call in order ot start the next one.",
			},
			{
				Key: "text_contents_end_call", Wire: "text_contents.end_call", Kind: agent.KindText, Label: "End call",
				Help: "Text and ARIA label for the end call button.",
			},
			{
				Key: "text_contents_mute_microphone", Wire: "text_contents.mute_microphone", Kind: agent.KindText, Label: "Mute microphone",
				Help: "ARIA label for the mute microphone button.",
			},
			{
				Key: "text_contents_change_language", Wire: "text_contents.change_language", Kind: agent.KindText, Label: "Change language",
				Help: "ARIA label for the change language dropdown.",
			},
			{
				Key: "text_contents_collapse", Wire: "text_contents.collapse", Kind: agent.KindText, Label: "Collapse",
				Help: "ARIA label for the collapse button.",
			},
			{
				Key: "text_contents_expand", Wire: "text_contents.expand", Kind: agent.KindText, Label: "Expand",
				Help: "ARIA label for the expand button.",
			},
			{
				Key: "text_contents_copied", Wire: "text_contents.copied", Kind: agent.KindText, Label: "Copied",
				Help: "Text displayed when the user copies a value using the copy button.",
			},
			{
				Key: "text_contents_accept_terms", Wire: "text_contents.accept_terms", Kind: agent.KindText, Label: "Accept terms",
				Help: "Text and ARIA label for the accept terms button.",
			},
			{
				Key: "text_contents_dismiss_terms", Wire: "text_contents.dismiss_terms", Kind: agent.KindText, Label: "Dismiss terms",
				Help: "Text and ARIA label for the cancel terms button.",
			},
			{
				Key: "text_contents_listening_status", Wire: "text_contents.listening_status", Kind: agent.KindText, Label: "Listening status",
				Help: "Status displayed when the agent is listening.",
			},
			{
				Key: "text_contents_speaking_status", Wire: "text_contents.speaking_status", Kind: agent.KindText, Label: "Speaking status",
				Help: "Status displayed when the agent is speaking.",
			},
			{
				Key: "text_contents_connecting_status", Wire: "text_contents.connecting_status", Kind: agent.KindText, Label: "Connecting status",
				Help: "Status displayed when the agent is connecting.",
			},
			{
				Key: "text_contents_chatting_status", Wire: "text_contents.chatting_status", Kind: agent.KindText, Label: "Chatting status",
				Help: "Status displayed when the agent is chatting (text only).",
			},
			{
				Key: "text_contents_input_label", Wire: "text_contents.input_label", Kind: agent.KindText, Label: "Input label",
				Help: "ARIA label for the text message input.",
			},
			{
				Key: "text_contents_input_placeholder", Wire: "text_contents.input_placeholder", Kind: agent.KindText, Label: "Input placeholder",
				Help: "Placeholder text for the text message input.",
			},
			{
				Key: "text_contents_input_placeholder_text_only", Wire: "text_contents.input_placeholder_text_only", Kind: agent.KindText, Label: "Input placeholder text only",
				Help: "Placeholder text for the text message input (text only).",
			},
			{
				Key: "text_contents_input_placeholder_new_conversation", Wire: "text_contents.input_placeholder_new_conversation", Kind: agent.KindText, Label: "Input placeholder new conversation",
				Help: "Placeholder text for the text message input when starting a new conversation (text only).",
			},
			{
				Key: "text_contents_user_ended_conversation", Wire: "text_contents.user_ended_conversation", Kind: agent.KindText, Label: "User ended conversation",
				Help: "Information message displayed when the user ends the conversation.",
			},
			{
				Key: "text_contents_agent_ended_conversation", Wire: "text_contents.agent_ended_conversation", Kind: agent.KindText, Label: "Agent ended conversation",
				Help: "Information message displayed when the agent ends the conversation.",
			},
			{
				Key: "text_contents_conversation_id", Wire: "text_contents.conversation_id", Kind: agent.KindText, Label: "Conversation ID",
				Help: "Text label used next to the conversation ID.",
			},
			{
				Key: "text_contents_error_occurred", Wire: "text_contents.error_occurred", Kind: agent.KindText, Label: "Error occurred",
				Help: "Text label used when an error occurs.",
			},
			{
				Key: "text_contents_copy_id", Wire: "text_contents.copy_id", Kind: agent.KindText, Label: "Copy ID",
				Help: "Text and ARIA label used for the copy ID button.",
			},
			{
				Key: "text_contents_initiate_feedback", Wire: "text_contents.initiate_feedback", Kind: agent.KindText, Label: "Initiate feedback",
				Help: "Text displayed to prompt the user for feedback.",
			},
			{
				Key: "text_contents_request_follow_up_feedback", Wire: "text_contents.request_follow_up_feedback", Kind: agent.KindText, Label: "Request follow up feedback",
				Help: "Text displayed to request additional feedback details.",
			},
			{
				Key: "text_contents_thanks_for_feedback", Wire: "text_contents.thanks_for_feedback", Kind: agent.KindText, Label: "Thanks for feedback",
				Help: "Text displayed to thank the user for providing feedback.",
			},
			{
				Key: "text_contents_thanks_for_feedback_details", Wire: "text_contents.thanks_for_feedback_details", Kind: agent.KindText, Label: "Thanks for feedback details",
				Help: "Additional text displayed explaining the value of user feedback.",
			},
			{
				Key: "text_contents_follow_up_feedback_placeholder", Wire: "text_contents.follow_up_feedback_placeholder", Kind: agent.KindText, Label: "Follow up feedback placeholder",
				Help: "Placeholder text for the follow-up feedback input field.",
			},
			{
				Key: "text_contents_submit", Wire: "text_contents.submit", Kind: agent.KindText, Label: "Submit",
				Help: "Text and ARIA label for the submit button.",
			},
			{
				Key: "text_contents_go_back", Wire: "text_contents.go_back", Kind: agent.KindText, Label: "Go back",
				Help: "Text and ARIA label for the go back button.",
			},
			{
				Key: "text_contents_send_message", Wire: "text_contents.send_message", Kind: agent.KindText, Label: "Send message",
				Help: "Text and ARIA label for the send message button.",
			},
			{
				Key: "text_contents_text_mode", Wire: "text_contents.text_mode", Kind: agent.KindText, Label: "Text mode",
				Help: "Text and ARIA label for the switch to text mode button.",
			},
			{
				Key: "text_contents_voice_mode", Wire: "text_contents.voice_mode", Kind: agent.KindText, Label: "Voice mode",
				Help: "Text and ARIA label for the switch to voice mode button.",
			},
			{
				Key: "text_contents_switched_to_text_mode", Wire: "text_contents.switched_to_text_mode", Kind: agent.KindText, Label: "Switched to text mode",
				Help: "Toast notification displayed when switching to text mode.",
			},
			{
				Key: "text_contents_switched_to_voice_mode", Wire: "text_contents.switched_to_voice_mode", Kind: agent.KindText, Label: "Switched to voice mode",
				Help: "Toast notification displayed when switching to voice mode.",
			},
			{
				Key: "text_contents_copy", Wire: "text_contents.copy", Kind: agent.KindText, Label: "Copy",
				Help: "Text and ARIA label for the copy button.",
			},
			{
				Key: "text_contents_download", Wire: "text_contents.download", Kind: agent.KindText, Label: "Download",
				Help: "Text and ARIA label for the download button.",
			},
			{
				Key: "text_contents_wrap", Wire: "text_contents.wrap", Kind: agent.KindText, Label: "Wrap",
				Help: "Text and ARIA label for the wrap toggle button.",
			},
			{
				Key: "text_contents_agent_working", Wire: "text_contents.agent_working", Kind: agent.KindText, Label: "Agent working",
				Help: "Status text displayed when the agent is processing a tool call.",
			},
			{
				Key: "text_contents_agent_done", Wire: "text_contents.agent_done", Kind: agent.KindText, Label: "Agent done",
				Help: "Status text displayed when the agent finishes processing a tool call.",
			},
			{
				Key: "text_contents_agent_error", Wire: "text_contents.agent_error", Kind: agent.KindText, Label: "Agent error",
				Help: "Status text displayed when the agent encounters an error during a tool call.",
			},
			{
				Key: "text_contents_attach_file", Wire: "text_contents.attach_file", Kind: agent.KindText, Label: "Attach file",
				Help: "Text and ARIA label for the attach file button.",
			},
			{
				Key: "text_contents_remove_file", Wire: "text_contents.remove_file", Kind: agent.KindText, Label: "Remove file",
				Help: "ARIA label for the remove file button.",
			},
			{
				Key: "text_contents_file_upload_error", Wire: "text_contents.file_upload_error", Kind: agent.KindText, Label: "File upload error",
				Help: "Error message displayed when a file fails to upload.",
			},
			{
				Key: "text_contents_file_type_unsupported", Wire: "text_contents.file_type_unsupported", Kind: agent.KindText, Label: "File type unsupported",
				Help: "Error message displayed when an unsupported file type is selected. Followed by the list of accepted types.",
			},
			{
				Key: "text_contents_file_too_large", Wire: "text_contents.file_too_large", Kind: agent.KindText, Label: "File too large",
				Help: "Error message displayed when a file exceeds the maximum size limit.",
			},
			{
				Key: "text_contents_file_limit_reached", Wire: "text_contents.file_limit_reached", Kind: agent.KindText, Label: "File limit reached",
				Help: "Error message displayed when the maximum number of files for a conversation is reached.",
			},
			{
				Key: "text_contents_typing_indicator", Wire: "text_contents.typing_indicator", Kind: agent.KindText, Label: "Typing indicator",
				Help: "Status text displayed while the agent is typing.",
			},
			{
				Key: "text_contents_translation_source", Wire: "text_contents_translation.source", Kind: agent.KindText, Label: "Text contents translation source", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
				Help: "The source text each translated field was derived from.",
			},
			{
				Key: "text_contents_translation_text", Wire: "text_contents_translation.text", Kind: agent.KindText, Label: "Text contents translation text", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
				Help: "The last auto-translated output for each translated field.",
			},
			{
				Key: "terms_text", Wire: "terms_text", Kind: agent.KindText, Label: "Terms text",
				Help: "The text to display for terms and conditions in this language.",
			},
			{
				Key: "terms_html", Wire: "terms_html", Kind: agent.KindText, Label: "Terms HTML",
				Help: "The HTML to display for terms and conditions in this language.",
			},
			{
				Key: "terms_key", Wire: "terms_key", Kind: agent.KindText, Label: "Terms key",
				Help: "The key to display for terms and conditions in this language.",
			},
			{
				Key: "terms_translation_source_hash", Wire: "terms_translation.source_hash", Kind: agent.KindText, Label: "Source hash",
				Help: "The source hash, as ElevenLabs names it.",
			},
			{
				Key: "terms_translation_text", Wire: "terms_translation.text", Kind: agent.KindText, Label: "Terms translation text",
				Help: "The terms translation text, as ElevenLabs names it.",
			},
		},
	},
	// Web widget texts
	{
		Key: "widget_text_main_label", Wire: "platform_settings.widget.text_contents.main_label", Kind: agent.KindText, Label: "Main label",
		Help: "Call to action displayed inside the compact and full variants.",
	},
	{
		Key: "widget_text_start_call", Wire: "platform_settings.widget.text_contents.start_call", Kind: agent.KindText, Label: "Start call",
		Help: "Text and ARIA label for the start call button.",
	},
	{
		Key: "widget_text_start_chat", Wire: "platform_settings.widget.text_contents.start_chat", Kind: agent.KindText, Label: "Start chat",
		Help: "Text and ARIA label for the start chat button (text only).",
	},
	{
		Key: "widget_text_new_call", Wire: "platform_settings.widget.text_contents.new_call", Kind: agent.KindText, Label: "New call",
		Help: "Text and ARIA label for the new call button. Displayed when the caller already finished at least one call in order ot start the next one.",
	},
	{
		Key: "widget_text_end_call", Wire: "platform_settings.widget.text_contents.end_call", Kind: agent.KindText, Label: "End call",
		Help: "Text and ARIA label for the end call button.",
	},
	{
		Key: "widget_text_mute_microphone", Wire: "platform_settings.widget.text_contents.mute_microphone", Kind: agent.KindText, Label: "Mute microphone",
		Help: "ARIA label for the mute microphone button.",
	},
	{
		Key: "widget_text_change_language", Wire: "platform_settings.widget.text_contents.change_language", Kind: agent.KindText, Label: "Change language",
		Help: "ARIA label for the change language dropdown.",
	},
	{
		Key: "widget_text_collapse", Wire: "platform_settings.widget.text_contents.collapse", Kind: agent.KindText, Label: "Collapse",
		Help: "ARIA label for the collapse button.",
	},
	{
		Key: "widget_text_expand", Wire: "platform_settings.widget.text_contents.expand", Kind: agent.KindText, Label: "Expand",
		Help: "ARIA label for the expand button.",
	},
	{
		Key: "widget_text_copied", Wire: "platform_settings.widget.text_contents.copied", Kind: agent.KindText, Label: "Copied",
		Help: "Text displayed when the user copies a value using the copy button.",
	},
	{
		Key: "widget_text_accept_terms", Wire: "platform_settings.widget.text_contents.accept_terms", Kind: agent.KindText, Label: "Accept terms",
		Help: "Text and ARIA label for the accept terms button.",
	},
	{
		Key: "widget_text_dismiss_terms", Wire: "platform_settings.widget.text_contents.dismiss_terms", Kind: agent.KindText, Label: "Dismiss terms",
		Help: "Text and ARIA label for the cancel terms button.",
	},
	{
		Key: "widget_text_listening_status", Wire: "platform_settings.widget.text_contents.listening_status", Kind: agent.KindText, Label: "Listening status",
		Help: "Status displayed when the agent is listening.",
	},
	{
		Key: "widget_text_speaking_status", Wire: "platform_settings.widget.text_contents.speaking_status", Kind: agent.KindText, Label: "Speaking status",
		Help: "Status displayed when the agent is speaking.",
	},
	{
		Key: "widget_text_connecting_status", Wire: "platform_settings.widget.text_contents.connecting_status", Kind: agent.KindText, Label: "Connecting status",
		Help: "Status displayed when the agent is connecting.",
	},
	{
		Key: "widget_text_chatting_status", Wire: "platform_settings.widget.text_contents.chatting_status", Kind: agent.KindText, Label: "Chatting status",
		Help: "Status displayed when the agent is chatting (text only).",
	},
	{
		Key: "widget_text_input_label", Wire: "platform_settings.widget.text_contents.input_label", Kind: agent.KindText, Label: "Input label",
		Help: "ARIA label for the text message input.",
	},
	{
		Key: "widget_text_input_placeholder", Wire: "platform_settings.widget.text_contents.input_placeholder", Kind: agent.KindText, Label: "Input placeholder",
		Help: "Placeholder text for the text message input.",
	},
	{
		Key: "widget_text_input_placeholder_text_only", Wire: "platform_settings.widget.text_contents.input_placeholder_text_only", Kind: agent.KindText, Label: "Input placeholder text only",
		Help: "Placeholder text for the text message input (text only).",
	},
	{
		Key: "widget_text_input_placeholder_new_conversation", Wire: "platform_settings.widget.text_contents.input_placeholder_new_conversation", Kind: agent.KindText, Label: "Input placeholder new conversation",
		Help: "Placeholder text for the text message input when starting a new conversation (text only).",
	},
	{
		Key: "widget_text_user_ended_conversation", Wire: "platform_settings.widget.text_contents.user_ended_conversation", Kind: agent.KindText, Label: "User ended conversation",
		Help: "Information message displayed when the user ends the conversation.",
	},
	{
		Key: "widget_text_agent_ended_conversation", Wire: "platform_settings.widget.text_contents.agent_ended_conversation", Kind: agent.KindText, Label: "Agent ended conversation",
		Help: "Information message displayed when the agent ends the conversation.",
	},
	{
		Key: "widget_text_conversation_id", Wire: "platform_settings.widget.text_contents.conversation_id", Kind: agent.KindText, Label: "Conversation ID",
		Help: "Text label used next to the conversation ID.",
	},
	{
		Key: "widget_text_error_occurred", Wire: "platform_settings.widget.text_contents.error_occurred", Kind: agent.KindText, Label: "Error occurred",
		Help: "Text label used when an error occurs.",
	},
	{
		Key: "widget_text_copy_id", Wire: "platform_settings.widget.text_contents.copy_id", Kind: agent.KindText, Label: "Copy ID",
		Help: "Text and ARIA label used for the copy ID button.",
	},
	{
		Key: "widget_text_initiate_feedback", Wire: "platform_settings.widget.text_contents.initiate_feedback", Kind: agent.KindText, Label: "Initiate feedback",
		Help: "Text displayed to prompt the user for feedback.",
	},
	{
		Key: "widget_text_request_follow_up_feedback", Wire: "platform_settings.widget.text_contents.request_follow_up_feedback", Kind: agent.KindText, Label: "Request follow up feedback",
		Help: "Text displayed to request additional feedback details.",
	},
	{
		Key: "widget_text_thanks_for_feedback", Wire: "platform_settings.widget.text_contents.thanks_for_feedback", Kind: agent.KindText, Label: "Thanks for feedback",
		Help: "Text displayed to thank the user for providing feedback.",
	},
	{
		Key: "widget_text_thanks_for_feedback_details", Wire: "platform_settings.widget.text_contents.thanks_for_feedback_details", Kind: agent.KindText, Label: "Thanks for feedback details",
		Help: "Additional text displayed explaining the value of user feedback.",
	},
	{
		Key: "widget_text_follow_up_feedback_placeholder", Wire: "platform_settings.widget.text_contents.follow_up_feedback_placeholder", Kind: agent.KindText, Label: "Follow up feedback placeholder",
		Help: "Placeholder text for the follow-up feedback input field.",
	},
	{
		Key: "widget_text_submit", Wire: "platform_settings.widget.text_contents.submit", Kind: agent.KindText, Label: "Submit",
		Help: "Text and ARIA label for the submit button.",
	},
	{
		Key: "widget_text_go_back", Wire: "platform_settings.widget.text_contents.go_back", Kind: agent.KindText, Label: "Go back",
		Help: "Text and ARIA label for the go back button.",
	},
	{
		Key: "widget_text_send_message", Wire: "platform_settings.widget.text_contents.send_message", Kind: agent.KindText, Label: "Send message",
		Help: "Text and ARIA label for the send message button.",
	},
}
