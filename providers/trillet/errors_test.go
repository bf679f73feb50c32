package trillet

import (
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

func TestErrorBodiesAreRead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, wantMsg, wantCode, wantField string
	}{
		{"documented shape", `{"error":{"code":"insufficient_credits","message":"Not enough credits"}}`, "Not enough credits", "insufficient_credits", ""},
		{
			"a message naming the key lands on it", `{"error":{"code":"invalid_request","message":"ttsModel.elevenLabsApiKey is required when provider is 11labs_byo"}}`,
			"ttsModel.elevenLabsApiKey is required when provider is 11labs_byo", "invalid_request", "voice.vendor_key",
		},
		{"a camel-case key alone is enough", `{"error":{"code":"invalid_request","message":"llmModel must be one of: gpt-4o"}}`, "llmModel must be one of: gpt-4o", "invalid_request", "llm.model"},
		{"the longest name wins", `{"error":{"message":"maxAttemptsForSmartCallback must be a number"}}`, "maxAttemptsForSmartCallback must be a number", "", "callbacks.max_attempts"},
		{"error as text", `{"error":"Agent not found"}`, "Agent not found", "", ""},
		{"message only", `{"success":false,"message":"Workspace not found"}`, "Workspace not found", "", ""},
		{"not JSON", `<html>502</html>`, "", "", ""},
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
			if (tt.wantField == "") != (len(e.Fields) == 0) || (tt.wantField != "" && e.Fields[0].Path != tt.wantField) {
				t.Errorf("fields = %+v, want %q", e.Fields, tt.wantField)
			}
		})
	}
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
