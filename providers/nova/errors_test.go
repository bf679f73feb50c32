package nova

import (
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestErrorBodiesAreRead(t *testing.T) {
	t.Parallel()
	tests := []providertest.ErrorBody{
		{Name: "detail text", Body: `{"detail":"Agent not found"}`, Msg: "Agent not found"},
		{
			Name: "detail list with body locations", Body: `{"detail":[{"loc":["body","voice_config","speed"],"msg":"ensure this value is less than 2"}]}`,
			Msg: "Nova refused some settings", Field: "voice.speed", Loc: "voice_config.speed",
		},
		{Name: "error text", Body: `{"error":"invalid org"}`, Msg: "invalid org"},
		{Name: "error object", Body: `{"error":{"code":"quota_exceeded","message":"Agent quota reached"}}`, Msg: "Agent quota reached", Code: "quota_exceeded"},
		{Name: "message and code", Body: `{"message":"Bad type","code":400}`, Msg: "Bad type", Code: "400"},
		{
			Name: "errors list", Body: `{"errors":[{"field":"greeting_config.greeting","message":"too long"}]}`,
			Msg: "Nova refused some settings", Field: "greeting.text", Loc: "greeting_config.greeting",
		},
		{
			Name: "errors by field", Body: `{"errors":{"room_duration_config.max_duration_min":["must be at most 120"]}}`,
			Msg: "Nova refused some settings", Field: "limits.max_duration", Loc: "room_duration_config.max_duration_min",
		},
		{
			Name: "a message naming a setting lands on it", Body: `{"message":"llm_config.provider must be openai or anthropic"}`,
			Msg: "llm_config.provider must be openai or anthropic", Field: "llm.vendor", Loc: "llm_config.provider",
		},
		{
			Name: "a whole settings object maps to its section", Body: `{"detail":[{"loc":["body","vad_config"],"msg":"value is not a valid dict"}]}`,
			Msg: "Nova refused some settings", Field: "turn", Loc: "vad_config",
		},
		{Name: "not JSON leaves the status text", Body: `<html>bad gateway</html>`},
	}
	providertest.RunErrorBodies(t, errorDecoder(mappedFields()), tests)
}
