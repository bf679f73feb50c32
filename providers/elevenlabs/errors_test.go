package elevenlabs

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestDecodeErrorBodies(t *testing.T) {
	t.Parallel()
	providertest.RunErrorBodies(t, decodeError, []providertest.ErrorBody{
		{
			Name:   "422 with a voice setting",
			Body:   `{"detail":[{"loc":["body","conversation_config","tts","speed"],"msg":"Input should be less than or equal to 1.2","type":"less_than_equal"}]}`,
			Msg:    "ElevenLabs refused a setting",
			Code:   "validation_error",
			Fields: []agent.FieldError{{Path: "voice.speed", Loc: "conversation_config.tts.speed", Message: "Input should be less than or equal to 1.2"}},
		},
		{
			Name: "422 inside a webhook tool, with pydantic's union tag",
			Body: `{"detail":[{"loc":["body","conversation_config","agent","prompt","tools",1,"webhook","api_schema","url"],"msg":"Field required","type":"missing"},{"loc":["body","name"],"msg":"Input should be a valid string","type":"string_type"}]}`,
			Msg:  "ElevenLabs refused 2 setting(s)",
			Code: "validation_error",
			Fields: []agent.FieldError{
				{Path: "tools[1].url", Loc: "conversation_config.agent.prompt.tools.1.api_schema.url", Message: "Field required"},
				{Path: "identity.name", Loc: "name", Message: "Input should be a valid string"},
			},
		},
		{
			Name:   "422 in a built-in tool's params lands on the list",
			Body:   `{"detail":[{"loc":["body","conversation_config","agent","prompt","built_in_tools","transfer_to_number","params","transfer_to_number","transfers",0,"condition"],"msg":"Field required","type":"missing"}]}`,
			Msg:    "ElevenLabs refused a setting",
			Code:   "validation_error",
			Fields: []agent.FieldError{{Path: "builtins", Loc: "conversation_config.agent.prompt.built_in_tools.transfer_to_number.params.transfers.0.condition", Message: "Field required"}},
		},
		{
			Name:   "422 on the voicemail message",
			Body:   `{"detail":[{"loc":["body","conversation_config","agent","prompt","built_in_tools","voicemail_detection","params","voicemail_detection","voicemail_message"],"msg":"Input should be a valid string","type":"string_type"}]}`,
			Msg:    "ElevenLabs refused a setting",
			Code:   "validation_error",
			Fields: []agent.FieldError{{Path: "greeting.voicemail_message", Loc: "conversation_config.agent.prompt.built_in_tools.voicemail_detection.params.voicemail_message", Message: "Input should be a valid string"}},
		},
		{
			Name:   "422 somewhere unmodelled lands on its section",
			Body:   `{"detail":[{"loc":["body","conversation_config","tts","supported_voices",0,"label"],"msg":"Field required","type":"missing"}]}`,
			Msg:    "ElevenLabs refused a setting",
			Code:   "validation_error",
			Fields: []agent.FieldError{{Path: "voice", Loc: "conversation_config.tts.supported_voices.0.label", Message: "Field required"}},
		},
		{
			Name:   "422 outside any field",
			Body:   `{"detail":[{"loc":["body","workflow","nodes","a","label"],"msg":"Field required","type":"missing"}]}`,
			Msg:    "ElevenLabs refused a setting",
			Code:   "validation_error",
			Fields: []agent.FieldError{{Path: "", Loc: "workflow.nodes.a.label", Message: "Field required"}},
		},
		{
			Name: "legacy status and message",
			Body: `{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}`,
			Msg:  "Invalid API key",
			Code: "invalid_api_key",
		},
		{
			Name:      "current error object with request id and param",
			Body:      `{"detail":{"type":"validation_error","code":"invalid_parameters","message":"Voice not found","request_id":"req_123","param":"conversation_config.tts.voice_id"}}`,
			Msg:       "Voice not found",
			Code:      "invalid_parameters",
			RequestID: "req_123",
			Fields:    []agent.FieldError{{Path: "voice.voice_id", Loc: "conversation_config.tts.voice_id", Message: "Voice not found"}},
		},
		{Name: "plain text detail", Body: `{"detail":"Not Found"}`, Msg: "Not Found"},
		{Name: "not ElevenLabs' shape", Body: `<html>Bad gateway</html>`},
	})
}

// TestEveryWireFieldMapsBack checks that an error on any field agentdeck
// writes lands on that field.
func TestEveryWireFieldMapsBack(t *testing.T) {
	t.Parallel()
	for _, f := range wireFields {
		if got := fieldFor(f.path); got != f.model {
			t.Errorf("an error at %v lands on %q, want %q", f.path, got, f.model)
		}
	}
}
