package elevenlabstest

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
)

var loadSpec = sync.OnceValues(FindAndLoadSpec)

func needSpec(t *testing.T) *Spec {
	t.Helper()
	spec, err := loadSpec()
	if err != nil {
		t.Skipf("skipped: the schema checker is tested against ElevenLabs' OpenAPI file: %v", err)
	}
	return spec
}

// TestCheckerCatchesWhatTheAPIRefuses shows the checker is not a rubber
// stamp: each body breaks the official schema in one known way.
func TestCheckerCatchesWhatTheAPIRefuses(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	tests := []struct {
		name, body, loc, typ string
	}{
		{"conversation_config is required", `{"name": "x"}`, "body.conversation_config", "missing"},
		{"speed above 1.2", `{"conversation_config": {"tts": {"speed": 1.5}}}`, "body.conversation_config.tts.speed", "less_than_equal"},
		{"unknown TTS model", `{"conversation_config": {"tts": {"model_id": "eleven_v9"}}}`, "body.conversation_config.tts.model_id", "enum"},
		{"max_tokens must be whole", `{"conversation_config": {"agent": {"prompt": {"max_tokens": 1.5}}}}`, "body.conversation_config.agent.prompt.max_tokens", "integer_type"},
		{"name is a string or null", `{"name": 7, "conversation_config": {}}`, "body.name", "string_type"},
		{
			"tool names have a pattern", `{"conversation_config": {"agent": {"prompt": {"built_in_tools": {"end_call": {"name": "end call", "params": {"system_tool_type": "end_call"}}}}}}}`,
			"body.conversation_config.agent.prompt.built_in_tools.end_call.name", "string_pattern_mismatch",
		},
		{
			"system tool params need their type", `{"conversation_config": {"agent": {"prompt": {"built_in_tools": {"skip_turn": {"name": "skip_turn", "params": {}}}}}}}`,
			"body.conversation_config.agent.prompt.built_in_tools.skip_turn.params.system_tool_type", "union_tag_not_found",
		},
		{
			"transfers are required", `{"conversation_config": {"agent": {"prompt": {"built_in_tools": {"transfer_to_number": {"name": "t", "params": {"system_tool_type": "transfer_to_number"}}}}}}}`,
			"body.conversation_config.agent.prompt.built_in_tools.transfer_to_number.params.transfer_to_number.transfers", "missing",
		},
		{
			"query params allow no extra keys", `{"conversation_config": {"agent": {"prompt": {"tools": [{"type": "webhook", "name": "t", "description": "d", "api_schema": {"url": "https://x", "query_params_schema": {"properties": {"a": {"type": "string", "description": "d"}}, "extra": 1}}}]}}}}`,
			"body.conversation_config.agent.prompt.tools.0.webhook.api_schema.query_params_schema.extra", "extra_forbidden",
		},
		{
			"a misspelt setting is refused", `{"conversation_config": {"turn": {"turn_modle": "turn_v2"}}}`,
			"body.conversation_config.turn.turn_modle", "extra_forbidden",
		},
		{
			"a setting in the wrong place is refused", `{"conversation_config": {}, "platform_settings": {"record_voice": true}}`,
			"body.platform_settings.record_voice", "extra_forbidden",
		},
		{
			"a yes/no setting takes no text", `{"conversation_config": {"turn": {"speculative_turn": "yes"}}}`,
			"body.conversation_config.turn.speculative_turn", "boolean_type",
		},
		{
			"retention days are whole", `{"conversation_config": {}, "platform_settings": {"privacy": {"retention_days": 1.5}}}`,
			"body.platform_settings.privacy.retention_days", "integer_type",
		},
		{
			"soft timeout message length", fmt.Sprintf(`{"conversation_config": {"turn": {"soft_timeout_config": {"message": %q}}}}`, strings.Repeat("a", 201)),
			"body.conversation_config.turn.soft_timeout_config.message", "string_too_long",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			vs := spec.ValidateJSON(CreateBodySchema, []byte(tt.body))
			for _, v := range vs {
				if locText(v.Loc) == tt.loc && v.Type == tt.typ {
					return
				}
			}
			t.Errorf("want %s at %s, got %v", tt.typ, tt.loc, vs)
		})
	}
}

func TestCheckerAcceptsAValidBody(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	body := `{"name": "ok", "tags": null, "conversation_config": {"agent": {"language": "en", "prompt": {"temperature": null, "llm": "gpt-4.1",
		"built_in_tools": {"end_call": {"name": "end_call", "params": {"system_tool_type": "end_call"}}, "voicemail_detection": null}}},
		"tts": {"speed": 1.2, "stability": 0}, "turn": {"turn_timeout": 7.0}}}`
	if vs := spec.ValidateJSON(CreateBodySchema, []byte(body)); len(vs) > 0 {
		t.Errorf("a valid body was refused: %v", vs)
	}
}

// TestSeedExampleBreaksTheSchema records how seed 003's example body differs
// from today's schema, so nobody copies it as a fixture.
func TestSeedExampleBreaksTheSchema(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	raw, err := os.ReadFile("testdata/seed003_body.json")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, v := range spec.ValidateJSON(CreateBodySchema, raw) {
		got[locText(v.Loc)] = true
	}
	for _, loc := range []string{
		"body.conversation_config.tts.supported_voices.0.label",              // required now, absent in the seed
		"body.conversation_config.agent.prompt.rag.embedding_model",          // gemini-embedding-001 is in no spec version
		"body.conversation_config.agent.prompt.built_in_tools.end_call.name", // "<string>" placeholder
	} {
		if !got[loc] {
			t.Errorf("expected the seed body to break the schema at %s; got %v", loc, got)
		}
	}
}

func locText(loc []any) string {
	parts := make([]string, len(loc))
	for i, p := range loc {
		parts[i] = fmt.Sprint(p)
	}
	return strings.Join(parts, ".")
}
