package httpx

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestUnknownErrorShapesStillShowTheProvidersWords: an error body the
// provider's decoder does not know still gives the provider's message, on
// one bounded line without control characters.
func TestUnknownErrorShapesStillShowTheProvidersWords(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("very ", 500) + "long"
	tests := []struct {
		body, want string
	}{
		{`{"status":"fail","data":{"reason":"quota exceeded for this month"}}`, "quota exceeded for this month"},
		{`{"errors":[{"description":"Name too long"}]}`, "Name too long"},
		{`{"fault":{"faultstring":"x"},"message":"Voice not available"}`, "Voice not available"},
		{`["Workspace suspended"]`, "Workspace suspended"},
		{"upstream rejected the voice\ngoroutine 1 [running]", "upstream rejected the voice"},
		{"\x1b]0;pwned\x07\x1b[2Jbad\tvoice", "]0;pwned [2Jbad voice"},
		{`{"message":"` + long + `"}`, "bounded"},
		{`<html><body><h1>502 Bad Gateway</h1></body></html>`, "the provider rejected the request"},
	}
	for _, tt := range tests {
		c := newTestClient(t, func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(tt.body))
		}, nil)
		_, err := c.Do(context.Background(), Call{Op: "get", Method: http.MethodGet, Path: "/a"})
		pe := asProviderError(t, err)
		if tt.want == "bounded" {
			if n := len([]rune(pe.Message)); n > maxMessageRunes+2 || !strings.HasPrefix(pe.Message, "very very") || !strings.HasSuffix(pe.Message, "…") {
				t.Errorf("a long message came out %d characters long: %.40q…", n, pe.Message)
			}
			continue
		}
		if pe.Message != tt.want {
			t.Errorf("body %.60q: message %q, want %q", tt.body, pe.Message, tt.want)
		}
	}
}

func asProviderError(t *testing.T, err error) *agent.ProviderError {
	t.Helper()
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		t.Fatalf("%T is not a ProviderError: %v", err, err)
	}
	return pe
}
