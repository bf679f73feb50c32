package trillet

import (
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestErrorBodiesAreRead(t *testing.T) {
	t.Parallel()
	tests := []providertest.ErrorBody{
		{Name: "documented shape", Body: `{"error":{"code":"insufficient_credits","message":"Not enough credits"}}`, Msg: "Not enough credits", Code: "insufficient_credits", Field: ""},
		{
			Name: "a message naming the key lands on it", Body: `{"error":{"code":"invalid_request","message":"ttsModel.elevenLabsApiKey is required when provider is 11labs_byo"}}`,
			Msg: "ttsModel.elevenLabsApiKey is required when provider is 11labs_byo", Code: "invalid_request", Field: "voice.vendor_key",
		},
		{Name: "a camel-case key alone is enough", Body: `{"error":{"code":"invalid_request","message":"llmModel must be one of: gpt-4o"}}`, Msg: "llmModel must be one of: gpt-4o", Code: "invalid_request", Field: "llm.model"},
		{Name: "the longest name wins", Body: `{"error":{"message":"maxAttemptsForSmartCallback must be a number"}}`, Msg: "maxAttemptsForSmartCallback must be a number", Code: "", Field: "callbacks.max_attempts"},
		{Name: "error as text", Body: `{"error":"Agent not found"}`, Msg: "Agent not found", Code: "", Field: ""},
		{Name: "message only", Body: `{"success":false,"message":"Workspace not found"}`, Msg: "Workspace not found", Code: "", Field: ""},
		{Name: "not JSON", Body: `<html>502</html>`, Msg: "", Code: "", Field: ""},
	}
	providertest.RunErrorBodies(t, errorDecoder(mappedFields()), tests)
}

func TestRetryAfterReadsResetAt(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	tests := map[string]time.Duration{
		`{"error":{"code":"rate_limit_exceeded","reset_at":"2026-11-01T12:01:00Z"}}`:    time.Minute,
		`{"error":{"code":"rate_limit_exceeded","reset_at":"2026-11-01T12:00:00.5Z"}}`:  500 * time.Millisecond,
		`{"error":{"code":"rate_limit_exceeded","reset_at":"2026-11-01T11:59:00Z"}}`:    0,
		`{"error":{"code":"rate_limit_exceeded","reset_at":"in a minute"}}`:             0,
		`{"error":{"code":"rate_limit_exceeded","message":"try again in 60 seconds."}}`: 0,
	}
	for body, want := range tests {
		if got := retryAfter([]byte(body), now); got != want {
			t.Errorf("%s: %v, want %v", body, got, want)
		}
	}
}
