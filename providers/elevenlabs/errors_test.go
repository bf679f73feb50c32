package elevenlabs

import (
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestDecodeErrorBodies(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		body       string
		wantMsg    string
		wantCode   string
		wantReq    string
		wantFields []agent.FieldError
	}{
		{
			name:       "422 with a voice setting",
			body:       `{"detail":[{"loc":["body","conversation_config","tts","speed"],"msg":"Input should be less than or equal to 1.2","type":"less_than_equal"}]}`,
			wantMsg:    "ElevenLabs refused a setting",
			wantCode:   "validation_error",
			wantFields: []agent.FieldError{{Path: "voice.speed", Loc: "conversation_config.tts.speed", Message: "Input should be less than or equal to 1.2"}},
		},
		{
			name:     "422 inside a webhook tool, with pydantic's union tag",
			body:     `{"detail":[{"loc":["body","conversation_config","agent","prompt","tools",1,"webhook","api_schema","url"],"msg":"Field required","type":"missing"},{"loc":["body","name"],"msg":"Input should be a valid string","type":"string_type"}]}`,
			wantMsg:  "ElevenLabs refused 2 setting(s)",
			wantCode: "validation_error",
			wantFields: []agent.FieldError{
				{Path: "tools[1].url", Loc: "conversation_config.agent.prompt.tools.1.api_schema.url", Message: "Field required"},
				{Path: "identity.name", Loc: "name", Message: "Input should be a valid string"},
			},
		},
		{
			name:       "422 in a built-in tool's params lands on the list",
			body:       `{"detail":[{"loc":["body","conversation_config","agent","prompt","built_in_tools","transfer_to_number","params","transfer_to_number","transfers",0,"condition"],"msg":"Field required","type":"missing"}]}`,
			wantMsg:    "ElevenLabs refused a setting",
			wantCode:   "validation_error",
			wantFields: []agent.FieldError{{Path: "builtins", Loc: "conversation_config.agent.prompt.built_in_tools.transfer_to_number.params.transfers.0.condition", Message: "Field required"}},
		},
		{
			name:       "422 on the voicemail message",
			body:       `{"detail":[{"loc":["body","conversation_config","agent","prompt","built_in_tools","voicemail_detection","params","voicemail_detection","voicemail_message"],"msg":"Input should be a valid string","type":"string_type"}]}`,
			wantMsg:    "ElevenLabs refused a setting",
			wantCode:   "validation_error",
			wantFields: []agent.FieldError{{Path: "greeting.voicemail_message", Loc: "conversation_config.agent.prompt.built_in_tools.voicemail_detection.params.voicemail_message", Message: "Input should be a valid string"}},
		},
		{
			name:       "422 somewhere unmodelled lands on its section",
			body:       `{"detail":[{"loc":["body","conversation_config","tts","supported_voices",0,"label"],"msg":"Field required","type":"missing"}]}`,
			wantMsg:    "ElevenLabs refused a setting",
			wantCode:   "validation_error",
			wantFields: []agent.FieldError{{Path: "voice", Loc: "conversation_config.tts.supported_voices.0.label", Message: "Field required"}},
		},
		{
			name:       "422 outside any field",
			body:       `{"detail":[{"loc":["body","workflow","nodes","a","label"],"msg":"Field required","type":"missing"}]}`,
			wantMsg:    "ElevenLabs refused a setting",
			wantCode:   "validation_error",
			wantFields: []agent.FieldError{{Path: "", Loc: "workflow.nodes.a.label", Message: "Field required"}},
		},
		{
			name:     "legacy status and message",
			body:     `{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}`,
			wantMsg:  "Invalid API key",
			wantCode: "invalid_api_key",
		},
		{
			name:       "current error object with request id and param",
			body:       `{"detail":{"type":"validation_error","code":"invalid_parameters","message":"Voice not found","request_id":"req_123","param":"conversation_config.tts.voice_id"}}`,
			wantMsg:    "Voice not found",
			wantCode:   "invalid_parameters",
			wantReq:    "req_123",
			wantFields: []agent.FieldError{{Path: "voice.voice_id", Loc: "conversation_config.tts.voice_id", Message: "Voice not found"}},
		},
		{name: "plain text detail", body: `{"detail":"Not Found"}`, wantMsg: "Not Found"},
		{name: "not ElevenLabs' shape", body: `<html>Bad gateway</html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var e agent.ProviderError
			decodeError(&e, []byte(tt.body))
			if e.Message != tt.wantMsg || e.Code != tt.wantCode || e.RequestID != tt.wantReq {
				t.Errorf("message, code, request id = %q, %q, %q; want %q, %q, %q", e.Message, e.Code, e.RequestID, tt.wantMsg, tt.wantCode, tt.wantReq)
			}
			if !reflect.DeepEqual(e.Fields, tt.wantFields) {
				t.Errorf("fields = %+v\nwant %+v", e.Fields, tt.wantFields)
			}
		})
	}
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
