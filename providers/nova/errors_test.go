package nova

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestErrorBodiesAreRead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body      string
		wantMsg         string
		wantCode        string
		wantField, want string // first field's path and provider location
	}{
		{name: "detail text", body: `{"detail":"Agent not found"}`, wantMsg: "Agent not found"},
		{
			name: "detail list with body locations", body: `{"detail":[{"loc":["body","voice_config","speed"],"msg":"ensure this value is less than 2"}]}`,
			wantMsg: "Nova refused some settings", wantField: "voice.speed", want: "voice_config.speed",
		},
		{name: "error text", body: `{"error":"invalid org"}`, wantMsg: "invalid org"},
		{name: "error object", body: `{"error":{"code":"quota_exceeded","message":"Agent quota reached"}}`, wantMsg: "Agent quota reached", wantCode: "quota_exceeded"},
		{name: "message and code", body: `{"message":"Bad type","code":400}`, wantMsg: "Bad type", wantCode: "400"},
		{
			name: "errors list", body: `{"errors":[{"field":"greeting_config.greeting","message":"too long"}]}`,
			wantMsg: "Nova refused some settings", wantField: "greeting.text", want: "greeting_config.greeting",
		},
		{
			name: "errors by field", body: `{"errors":{"room_duration_config.max_duration_min":["must be at most 120"]}}`,
			wantMsg: "Nova refused some settings", wantField: "limits.max_duration", want: "room_duration_config.max_duration_min",
		},
		{
			name: "a message naming a setting lands on it", body: `{"message":"llm_config.provider must be openai or anthropic"}`,
			wantMsg: "llm_config.provider must be openai or anthropic", wantField: "llm.vendor", want: "llm_config.provider",
		},
		{
			name: "a whole settings object maps to its section", body: `{"detail":[{"loc":["body","vad_config"],"msg":"value is not a valid dict"}]}`,
			wantMsg: "Nova refused some settings", wantField: "turn", want: "vad_config",
		},
		{name: "not JSON leaves the status text", body: `<html>bad gateway</html>`},
	}
	decode := errorDecoder(mappedFields())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := &agent.ProviderError{}
			decode(e, []byte(tt.body))
			if e.Message != tt.wantMsg || e.Code != tt.wantCode {
				t.Errorf("message %q code %q, want %q %q", e.Message, e.Code, tt.wantMsg, tt.wantCode)
			}
			switch {
			case tt.wantField == "" && len(e.Fields) > 0:
				t.Errorf("unexpected fields %+v", e.Fields)
			case tt.wantField != "" && (len(e.Fields) == 0 || e.Fields[0].Path != tt.wantField || e.Fields[0].Loc != tt.want):
				t.Errorf("fields = %+v, want %s at %s", e.Fields, tt.wantField, tt.want)
			}
		})
	}
}
