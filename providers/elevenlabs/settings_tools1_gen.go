package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsTools1 = []agent.Setting{
	// Workspace tools
	{
		Key: "tool_ids", Wire: "conversation_config.agent.prompt.tool_ids", Kind: agent.KindList, Label: "Workspace tools", Spec: agent.FieldSpec{Live: true},
		Help: "Tools saved in your ElevenLabs workspace that this agent may use, chosen by name. Removing one here only detaches it from this agent.",
	},
	{
		Key: "mcp_server_ids", Wire: "conversation_config.agent.prompt.mcp_server_ids", Kind: agent.KindList, Label: "MCP servers", Spec: agent.FieldSpec{MaxItems: 10},
		Help: "The IDs of MCP servers saved in your workspace that this agent may use.",
	},
	{
		Key: "native_mcp_server_ids", Wire: "conversation_config.agent.prompt.native_mcp_server_ids", Kind: agent.KindList, Label: "Native MCP servers", Spec: agent.FieldSpec{MaxItems: 10},
		Help: "The IDs of native MCP servers saved in your workspace that this agent may use.",
	},
	// Tools written into the agent
	{
		Key: "inline_tools", Wire: "conversation_config.agent.prompt.tools", Kind: agent.KindItems, Label: "Tools written into the agent",
		Help: "More settings of the tools written into the agent itself (the older way), one entry per tool, matched to it by name.",
		Items: joinRows(
			[]agent.Setting{
				{
					Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Tools type", Spec: agent.FieldSpec{Choices: ch("webhook", "Webhook", "client", "Client", "system", "System", "mcp", "MCP", "api_integration_webhook", "API integration webhook", "smb", "Smb"), Closed: true, Default: "webhook"},
					Help: "The type of tool.",
				},
			},
			rowsInlineTools,
			[]agent.Setting{
				{
					Key: "dynamic_variables_dynamic_variable_placeholders", Wire: "dynamic_variables.dynamic_variable_placeholders", Kind: agent.KindText, Label: "Dynamic variable placeholders", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
					Help: "A dictionary of dynamic variable placeholders and their values.",
				},
				{
					Key: "execution_mode", Wire: "execution_mode", Kind: agent.KindChoice, Label: "Execution mode", Spec: agent.FieldSpec{Choices: ch("immediate", "Immediate", "post_tool_speech", "Post tool speech", "async", "Async"), Closed: true, Default: "immediate"},
					Help: "Determines when and how the tool executes: 'immediate' executes the tool right away when requested by the LLM, 'post tool speech' waits for the agent to finish speaking before executing, 'async' runs the tool in the background without blocking - best for long-running operations.",
				},
				{
					Key: "api_schema_response_body_schema", Wire: "api_schema.response_body_schema", Kind: agent.KindText, Label: "Response body schema", ReadOnly: "it is a JSON schema of parameters, which agentdeck keeps as it is",
					Help: "Schema describing the expected response body structure. For documentation only; not surfaced to the LLM.",
				},
				{
					Key: "api_schema_response_filter_mode", Wire: "api_schema.response_filter.mode", Kind: agent.KindChoice, Label: "Response filter mode", Spec: agent.FieldSpec{Choices: ch("all", "All", "allow", "Allow", "hide_all", "Hide all"), Closed: true, Default: "all"},
					Help: "Controls how tool responses are filtered. 'all' returns entire response, 'allow' returns only specified paths, 'hide all' hides the entire response.",
				},
				{
					Key: "api_schema_response_filter_filters", Wire: "api_schema.response_filter.filters", Kind: agent.KindList, Label: "Filters",
					Help: "Dot notation paths to include when mode is 'allow' (for example ['ticket id', 'ticket status']).",
				},
				{
					Key: "api_schema_response_filter_content_type", Wire: "api_schema.response_filter.content_type", Kind: agent.KindChoice, Label: "Content type", Spec: agent.FieldSpec{Choices: ch("application/json", "application/json"), Closed: true, Default: "application/json"},
					Help: "Content type for response filtering. Only 'application/json' responses are filtered.",
				},
				{
					Key: "api_schema_content_type", Wire: "api_schema.content_type", Kind: agent.KindChoice, Label: "Content type", Spec: agent.FieldSpec{Choices: ch("application/json", "application/json", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded"), Closed: true, Default: "application/json"},
					Help: "Content type for the request body. Only applies to POST/PUT/PATCH requests.",
				},
				{
					Key: "api_schema_auth_resolved_params", Wire: "api_schema.auth_resolved_params", Kind: agent.KindList, Label: "Auth resolved params",
					Help: "URL placeholders resolved from the auth connection (for example secrets injected via UrlSecretAuthConnection) rather than from path params schema.",
				},
				{
					Key: "api_schema_auth_connection_auth_connection_id", Wire: "api_schema.auth_connection.auth_connection_id", Kind: agent.KindText, Label: "Auth connection ID",
					Help: "The ID of the auth connection to use, as ElevenLabs shows it.",
				},
				{
					Key: "api_schema_auth_connection_env_var_label", Wire: "api_schema.auth_connection.env_var_label", Kind: agent.KindText, Label: "Env var label",
					Help: "The env var label, as ElevenLabs names it.",
				},
				{
					Key: "follow_redirects", Wire: "follow_redirects", Kind: agent.KindBool, Label: "Follow redirects", Spec: agent.FieldSpec{Default: "no"},
					Help: "Whether to resolve a redirect from the endpoint and return the final response. One redirect is followed, as a GET without the request body; nothing configured on this tool (headers, authentication, client certificate) is sent to the redirect target. Both the endpoint and the redirect target must use HTTPS. Not supported for API integration tools.",
				},
				{
					Key: "follow_redirects_allowed_domains", Wire: "follow_redirects_allowed_domains", Kind: agent.KindList, Label: "Follow redirects allowed domains", Spec: agent.FieldSpec{MaxItems: 20},
					Help: "Domains a redirect may point at, for example 'test example com'. Required when following redirects, and a target outside the list is refused.",
				},
				{
					Key: "parameters", Wire: "parameters", Kind: agent.KindText, Label: "Parameters", ReadOnly: "it is a JSON schema of parameters, which agentdeck keeps as it is",
					Help: "Schema for any parameters to pass to the client.",
				},
				{
					Key: "expects_response", Wire: "expects_response", Kind: agent.KindBool, Label: "Expects response", Spec: agent.FieldSpec{Default: "no"},
					Help: "If true, calling this tool should block the conversation until the client responds with some response which is passed to the llm. If false then we will continue the conversation without waiting for the client to respond, this is useful to show content to a user but not block the conversation.",
				},
				{
					Key: "params_system_tool_type", Wire: "params.system_tool_type", Kind: agent.KindChoice, Label: "System tool type", Spec: agent.FieldSpec{Choices: ch("end_call", "End call", "language_detection", "Language detection", "transfer_to_agent", "Transfer to agent", "transfer_to_number", "Transfer to number", "skip_turn", "Skip turn", "play_keypad_touch_tone", "Play keypad touch tone", "voicemail_detection", "Voicemail detection", "knowledge_base_rag", "Knowledge base rag", "knowledge_base", "Knowledge base", "start_procedure", "Start procedure", "end_procedure", "End procedure"), Closed: true, Default: "end_call"},
					Help: "Which kind of system tool this is.",
				},
				{
					Key: "params_only_at_conversation_start", Wire: "params.only_at_conversation_start", Kind: agent.KindBool, Label: "Only at conversation start", Spec: agent.FieldSpec{Default: "no"},
					Help: "If no language switch happens in the first 2 user turns, later attempts fail and the conversation stays in the current language. If the language switches during those turns, later switching stays available. Enable to reduce the possibility of false switching.",
				},
				{
					Key: "params_transfers", Wire: "params.transfers", Kind: agent.KindItems, Label: "Transfers",
					Help: "The transfers, one entry each.",
					Items: joinRows(
						[]agent.Setting{
							{
								Key: "agent_id", Wire: "agent_id", Kind: agent.KindText, Label: "Agent ID",
								Help: "The ID of the agent to use, as ElevenLabs shows it.",
							},
							{
								Key: "node_id", Wire: "node_id", Kind: agent.KindText, Label: "Node ID",
								Help: "The ID of the node to use, as ElevenLabs shows it.",
							},
							{
								Key: "condition", Wire: "condition", Kind: agent.KindText, Label: "Condition",
								Help: "The condition, as ElevenLabs names it.",
							},
							{
								Key: "delay_ms", Wire: "delay_ms", Kind: agent.KindInteger, Label: "Delay milliseconds", Spec: agent.FieldSpec{Default: "0"},
								Help: "The delay milliseconds, as ElevenLabs names it.",
							},
							{
								Key: "transfer_message", Wire: "transfer_message", Kind: agent.KindText, Label: "Transfer message",
								Help: "The transfer message, as ElevenLabs names it.",
							},
							{
								Key: "enable_transferred_agent_first_message", Wire: "enable_transferred_agent_first_message", Kind: agent.KindBool, Label: "Enable transferred agent first message", Spec: agent.FieldSpec{Default: "no"},
								Help: "The enable transferred agent first message, as ElevenLabs names it.",
							},
							{
								Key: "is_workflow_node_transfer", Wire: "is_workflow_node_transfer", Kind: agent.KindBool, Label: "Is workflow node transfer", Spec: agent.FieldSpec{Default: "no"},
								Help: "The is workflow node transfer, as ElevenLabs names it.",
							},
							{
								Key: "preserve_client_tts_overrides", Wire: "preserve_client_tts_overrides", Kind: agent.KindBool, Label: "Preserve client voice overrides", Spec: agent.FieldSpec{Default: "no"},
								Help: "Defines whether TTS client overrides should be carried over to the transferred agent.",
							},
							{
								Key: "transfer_destination_type", Wire: "transfer_destination.type", Kind: agent.KindChoice, Label: "Transfer destination type", Spec: agent.FieldSpec{Choices: ch("phone", "Phone", "sip_uri", "SIP uri", "phone_dynamic_variable", "Phone dynamic variable", "sip_uri_dynamic_variable", "SIP uri dynamic variable"), Closed: true, Default: "phone"},
								Help: "Which kind of transfer destination this is.",
							},
							{
								Key: "transfer_destination_phone_number", Wire: "transfer_destination.phone_number", Kind: agent.KindText, Label: "Phone number",
								Help: "The phone number, as ElevenLabs names it.",
							},
							{
								Key: "transfer_destination_sip_uri", Wire: "transfer_destination.sip_uri", Kind: agent.KindText, Label: "SIP address",
								Help: "The sip address, as ElevenLabs names it.",
							},
							{
								Key: "transfer_type", Wire: "transfer_type", Kind: agent.KindChoice, Label: "Transfer type", Spec: agent.FieldSpec{Choices: ch("blind", "Blind", "conference", "Conference", "sip_refer", "SIP refer"), Closed: true, Default: "conference"},
								Help: "Which kind of transfer this is.",
							},
						},
						rowsTransferNumbers,
					),
				},
				{
					Key: "params_enable_client_message", Wire: "params.enable_client_message", Kind: agent.KindBool, Label: "Enable client message", Spec: agent.FieldSpec{Default: "yes"},
					Help: "Whether to play a message to the client while they wait for transfer. Defaults to true for backward compatibility.",
				},
				{
					Key: "params_use_out_of_band_dtmf", Wire: "params.use_out_of_band_dtmf", Kind: agent.KindBool, Label: "Use out of band keypad", Spec: agent.FieldSpec{Default: "yes"},
					Help: "Send DTMF tones as out-of-band RTP events (RFC 4733) instead of in-band audio. Only effective for SIP trunk imported numbers.",
				},
				{
					Key: "params_suppress_turn_after_dtmf", Wire: "params.suppress_turn_after_dtmf", Kind: agent.KindBool, Label: "Suppress turn after keypad", Spec: agent.FieldSpec{Default: "no"},
					Help: "If true, the agent will not generate further speech after playing DTMF tones. This prevents the agent's speech from interfering with IVR systems.",
				},
				{
					Key: "params_voicemail_message", Wire: "params.voicemail_message", Kind: agent.KindText, Label: "Voicemail message",
					Help: "Optional message to leave on voicemail when detected. If not provided, the call will end immediately when voicemail is detected. Supports dynamic variables (for example system__time, system__call_duration_secs, custom variable).",
				},
				{
					Key: "params_enabled_strategies", Wire: "params.enabled_strategies", Kind: agent.KindList, Label: "Enabled strategies", Spec: agent.FieldSpec{Choices: ch("cat", "Cat", "keyword", "Keyword", "semantic", "Semantic", "ls", "Ls"), Closed: true},
					Help: "The enabled strategies, as ElevenLabs names it.",
				},
				{
					Key: "params_procedures", Wire: "params.procedures", Kind: agent.KindItems, Label: "Procedures",
					Help:    "The procedures, one entry each.",
					KeyedBy: "name",
					Items: []agent.Setting{
						{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
						{
							Key: "procedure_id", Wire: "procedure_id", Kind: agent.KindText, Label: "Procedure ID",
							Help: "Procedure ID.",
						},
						{
							Key: "version_id", Wire: "version_id", Kind: agent.KindText, Label: "Version ID",
							Help: "Version ID of the procedure version.",
						},
					},
				},
				{
					Key: "integration_type", Wire: "integration_type", Kind: agent.KindChoice, Label: "Integration type", Spec: agent.FieldSpec{Choices: ch("mcp_server", "MCP server", "mcp_integration", "MCP integration"), Closed: true},
					Help: "The type of MCP tool.",
				},
				{
					Key: "approval_policy", Wire: "approval_policy", Kind: agent.KindChoice, Label: "Approval policy", Spec: agent.FieldSpec{Choices: ch("auto_approve_all", "Auto approve all", "require_approval_all", "Require approval all", "require_approval_per_tool", "Require approval per tool"), Closed: true, Default: "require_approval_all"},
					Help: "The approval policy for the MCP tool.",
				},
				{
					Key: "mcp_tool_name", Wire: "mcp_tool_name", Kind: agent.KindText, Label: "MCP tool name",
					Help: "The name of the MCP tool to call.",
				},
				{
					Key: "mcp_tool_description", Wire: "mcp_tool_description", Kind: agent.KindText, Label: "MCP tool description",
					Help: "The description of the MCP tool to call.",
				},
				{
					Key: "mcp_server_id", Wire: "mcp_server_id", Kind: agent.KindText, Label: "MCP server ID",
					Help: "The id of the MCP server to call.",
				},
				{
					Key: "mcp_server_name", Wire: "mcp_server_name", Kind: agent.KindText, Label: "MCP server name",
					Help: "The name of the MCP server to call.",
				},
				{
					Key: "mcp_input_schema", Wire: "mcp_input_schema", Kind: agent.KindText, Label: "MCP input schema", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
					Help: "Original inputSchema dict for consistent hashing.",
				},
				{
					Key: "input_overrides", Wire: "input_overrides", Kind: agent.KindItems, Label: "Input overrides",
					Help:    "Input parameter overrides for this tool.",
					KeyedBy: "name",
					Items: []agent.Setting{
						{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
						{
							Key: "source", Wire: "source", Kind: agent.KindChoice, Label: "Input overrides source", Spec: agent.FieldSpec{Choices: ch("constant", "Constant", "dynamic_variable", "Dynamic variable", "llm", "LLM", "omit", "Omit"), Closed: true, Default: "constant"},
							Help: "The input overrides source, as ElevenLabs names it.",
						},
						{
							Key: "constant_value", Wire: "constant_value", Kind: agent.KindText, Label: "Constant value", ReadOnly: "it takes values of several types, which agentdeck keeps as it is",
							Help: "The constant value to use.",
						},
						{
							Key: "dynamic_variable", Wire: "dynamic_variable", Kind: agent.KindText, Label: "Dynamic variable",
							Help: "The name of the dynamic variable to use.",
						},
						{
							Key: "prompt", Wire: "prompt", Kind: agent.KindText, Label: "Input overrides prompt",
							Help: "Prompt override for the LLM. If not provided, the original schema description is used.",
						},
					},
				},
				{
					Key: "tool_version", Wire: "tool_version", Kind: agent.KindText, Label: "Tool version", Spec: agent.FieldSpec{Default: "1.0.0"},
					Help: "The version of the API integration tool.",
				},
				{
					Key: "api_integration_id", Wire: "api_integration_id", Kind: agent.KindText, Label: "API integration ID",
					Help: "The ID of the api integration to use, as ElevenLabs shows it.",
				},
				{
					Key: "api_integration_connection_id", Wire: "api_integration_connection_id", Kind: agent.KindText, Label: "API integration connection ID",
					Help: "The ID of the api integration connection to use, as ElevenLabs shows it.",
				},
				{
					Key: "api_schema_overrides_schema_overrides", Wire: "api_schema_overrides.schema_overrides", Kind: agent.KindItems, Label: "Schema overrides",
					Help:    "The schema overrides, one entry each.",
					KeyedBy: "name",
					Items: []agent.Setting{
						{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
						{
							Key: "source", Wire: "source", Kind: agent.KindChoice, Label: "Schema overrides source", Spec: agent.FieldSpec{Choices: ch("constant", "Constant", "dynamic_variable", "Dynamic variable", "llm", "LLM", "omit", "Omit"), Closed: true, Default: "constant"},
							Help: "The schema overrides source, as ElevenLabs names it.",
						},
						{
							Key: "constant_value", Wire: "constant_value", Kind: agent.KindText, Label: "Constant value", ReadOnly: "it takes values of several types, which agentdeck keeps as it is",
							Help: "The constant value to use.",
						},
						{
							Key: "dynamic_variable", Wire: "dynamic_variable", Kind: agent.KindText, Label: "Dynamic variable",
							Help: "The name of the dynamic variable to use.",
						},
						{
							Key: "prompt", Wire: "prompt", Kind: agent.KindText, Label: "Schema overrides prompt",
							Help: "Prompt override for the LLM. If not provided, the original schema description is used.",
						},
					},
				},
				{
					Key: "api_schema_overrides_response_filter_mode", Wire: "api_schema_overrides.response_filter_mode", Kind: agent.KindChoice, Label: "Response filter mode", Spec: agent.FieldSpec{Choices: ch("all", "All", "allow", "Allow", "hide_all", "Hide all"), Closed: true},
					Help: "Controls how tool responses are filtered before being visible to the agent.",
				},
				{
					Key: "api_schema_overrides_response_filters", Wire: "api_schema_overrides.response_filters", Kind: agent.KindList, Label: "Response filters",
					Help: "The response filters, as ElevenLabs names it.",
				},
				{
					Key: "api_schema_overrides_request_headers", Wire: "api_schema_overrides.request_headers", Kind: agent.KindItems, Label: "Request headers",
					Help:    "The request headers, one entry each.",
					KeyedBy: "name",
					Items: []agent.Setting{
						{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
						{
							Key: "variable_name", Wire: "variable_name", Kind: agent.KindText, Label: "Variable name",
							Help: "The variable name, as ElevenLabs names it.",
						},
					},
				},
				{
					Key: "human_description", Wire: "human_description", Kind: agent.KindText, Label: "Human description",
					Help: "User-facing tooltip for the procedure reference picker. Not sent to the LLM.",
				},
				{
					Key: "enabled", Wire: "enabled", Kind: agent.KindBool, Label: "Tools enabled", Spec: agent.FieldSpec{Default: "yes"},
					Help: "Whether this tool is enabled for the agent.",
				},
				{
					Key: "params_smb_tool_type", Wire: "params.smb_tool_type", Kind: agent.KindChoice, Label: "Smb tool type", Spec: agent.FieldSpec{Choices: ch("search_clients", "Search clients", "send_custom_email", "Send custom email", "list_clients", "List clients", "get_client_by_phone", "Get client by phone", "create_client", "Create client", "update_client", "Update client", "delete_client", "Delete client", "list_staff", "List staff", "create_staff", "Create staff", "update_staff", "Update staff", "delete_staff", "Delete staff", "list_assets", "List assets", "create_asset", "Create asset", "update_asset", "Update asset", "delete_asset", "Delete asset", "list_services", "List services", "create_service", "Create service", "update_service", "Update service", "delete_service", "Delete service", "list_products", "List products", "create_product", "Create product", "update_product", "Update product", "delete_product", "Delete product", "check_service_availability", "Check service availability", "create_client_appointment", "Create client appointment", "get_client_appointments", "Get client appointments", "get_appointment_by_confirmation_number", "Get appointment by confirmation number", "create_order", "Create order", "get_order_by_confirmation_number", "Get order by confirmation number", "get_client_orders", "Get client orders", "update_order", "Update order", "cancel_order", "Cancel order", "list_group_sessions", "List group sessions", "schedule_group_session", "Schedule group session", "register_for_group_session", "Register for group session", "cancel_group_session_registration", "Cancel group session registration", "update_group_session_seats", "Update group session seats", "cancel_group_session_for_all", "Cancel group session for all", "delete_group_session", "Delete group session", "list_calendar_events", "List calendar events", "update_calendar_event", "Update calendar event", "cancel_calendar_event", "Cancel calendar event", "restore_calendar_event", "Restore calendar event", "delete_calendar_event", "Delete calendar event", "list_customer_facing_agents", "List customer facing agents", "list_agent_rules", "List agent rules", "create_agent_rule", "Create agent rule", "update_agent_rule", "Update agent rule", "delete_agent_rule", "Delete agent rule", "list_transfer_rules", "List transfer rules", "create_transfer_rule", "Create transfer rule", "update_transfer_rule", "Update transfer rule", "delete_transfer_rule", "Delete transfer rule", "list_agent_procedures", "List agent procedures", "list_agent_references", "List agent references", "create_agent_procedure", "Create agent procedure", "update_agent_procedure", "Update agent procedure", "delete_agent_procedure", "Delete agent procedure", "list_holidays", "List holidays", "create_holiday", "Create holiday", "update_holiday", "Update holiday", "delete_holiday", "Delete holiday", "get_schedule", "Get schedule", "submit_business_info", "Submit business info", "update_business_info", "Update business info", "update_customer_facing_config", "Update customer facing config", "get_analytics_summary", "Get analytics summary", "get_booking_page_settings", "Get booking page settings", "update_booking_page_settings", "Update booking page settings", "update_booking_page_appearance", "Update booking page appearance", "get_booking_slug_status", "Get booking slug status", "set_booking_slug", "Set booking slug", "list_client_interactions", "List client interactions", "create_client_interaction", "Create client interaction", "delete_client_interaction", "Delete client interaction", "list_locations", "List locations", "create_location", "Create location", "update_location", "Update location", "delete_location", "Delete location", "leave_message", "Leave message", "create_service_quote_request", "Create service quote request", "create_product_quote_request", "Create product quote request", "report_knowledge_gap", "Report knowledge gap", "opt_in_sms_reminder", "Opt in sms reminder", "opt_out_sms_reminder", "Opt out sms reminder", "trigger_user_verification", "Trigger user verification", "validate_user_verification_code", "Validate user verification code"), Closed: true, Default: "search_clients"},
					Help: "Which kind of smb tool this is.",
				},
				{
					Key: "params_list_kwargs", Wire: "params.list_kwargs", Kind: agent.KindText, Label: "List kwargs", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
					Help: "The list kwargs, as ElevenLabs names it.",
				},
				{
					Key: "params_include_cancelled", Wire: "params.include_cancelled", Kind: agent.KindBool, Label: "Include cancelled", Spec: agent.FieldSpec{Default: "no"},
					Help: "The include cancelled, as ElevenLabs names it.",
				},
				{
					Key: "params_post_dial_digits_enabled", Wire: "params.post_dial_digits_enabled", Kind: agent.KindBool, Label: "Post dial digits enabled", Spec: agent.FieldSpec{Default: "no"},
					Help: "Whether to offer the post dial digits parameter, set from the receptionists' enable play keypad touch tone tool config. Digits saved while that is off are dropped when the receptionist is built, so the parameter is hidden rather than accepted and ignored.",
				},
				{
					Key: "params_include_location_filter", Wire: "params.include_location_filter", Kind: agent.KindBool, Label: "Include location filter", Spec: agent.FieldSpec{Default: "no"},
					Help: "The include location filter, as ElevenLabs names it.",
				},
			},
		),
	},
}
