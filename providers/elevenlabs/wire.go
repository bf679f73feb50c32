package elevenlabs

// Where things live in ElevenLabs' agent document, and the typed shapes of
// the API's other answers.
// Schema: ../shared/reference/elevenlabs-openapi.json,
// Body_Create_Agent_v1_convai_agents_create_post and GetAgentResponseModel.

// path builds a path in the agent document from a base and more keys, never
// sharing the base's backing array.
func path(base []string, keys ...string) []string {
	out := make([]string, 0, len(base)+len(keys))
	return append(append(out, base...), keys...)
}

var (
	pCC           = []string{"conversation_config"}
	pAgent        = path(pCC, "agent")
	pPrompt       = path(pAgent, "prompt")
	pTTS          = path(pCC, "tts")
	pASR          = path(pCC, "asr")
	pTurn         = path(pCC, "turn")
	pSoft         = path(pTurn, "soft_timeout_config")
	pConversation = path(pCC, "conversation")
	pBackground   = path(pConversation, "background_sound")
	pBuiltins     = path(pPrompt, "built_in_tools")
	pTools        = path(pPrompt, "tools")
	pPlaceholders = path(pAgent, "dynamic_variables", "dynamic_variable_placeholders")
	pPlatform     = []string{"platform_settings"}
	pCallLimits   = path(pPlatform, "call_limits")
	pOverrides    = path(pPlatform, "workspace_overrides")
	pPreCall      = path(pOverrides, "conversation_initiation_client_data_webhook")
	pPostCallID   = path(pOverrides, "webhooks", "post_call_webhook_id")
	pPreCallOn    = path(pPlatform, "overrides", "enable_conversation_initiation_client_data_from_webhook")
	pCustomLLM    = path(pPrompt, "custom_llm")
)

// responseOnly are the top-level fields of a GET answer that a create or
// update body does not take (GetAgentResponseModel minus the request body).
// procedures comes back as references with names and triggers, a different
// shape from the version references an update takes, so it is left out too:
// an update without it leaves the agent's procedures as they are.
var responseOnly = []string{
	"agent_id", "metadata", "phone_numbers", "whatsapp_accounts", "access_info",
	"version_id", "branch_id", "main_branch_id", "procedures", "default_hold_audio_url",
}

// createResponse is the answer to POST /agents/create.
type createResponse struct {
	AgentID string `json:"agent_id"`
}

// agentsPage is one page of GET /agents (GetAgentsPageResponseModel).
type agentsPage struct {
	Agents     []agentSummary `json:"agents"`
	NextCursor *string        `json:"next_cursor"`
	HasMore    bool           `json:"has_more"`
}

// agentSummary is one entry of the agent list (AgentSummaryResponseModel).
type agentSummary struct {
	AgentID          string `json:"agent_id"`
	Name             string `json:"name"`
	CreatedAtUnix    int64  `json:"created_at_unix_secs"`
	LastCallTimeUnix *int64 `json:"last_call_time_unix_secs"`
	Archived         bool   `json:"archived"`
}

// llmList is the answer to GET /llm/list (LLMListResponseModel).
type llmList struct {
	LLMs []llmInfo `json:"llms"`
}

// llmInfo is one model of the LLM catalogue (LLMInfoModel).
type llmInfo struct {
	LLM             string `json:"llm"`
	IsCheckpoint    bool   `json:"is_checkpoint"`
	MaxTokensLimit  int    `json:"max_tokens_limit"`
	DeprecationInfo *struct {
		IsDeprecated     bool    `json:"is_deprecated"`
		ReplacementModel *string `json:"replacement_model"`
	} `json:"deprecation_info"`
}
