package httpx

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// TestOversizedAnswers guards a duplicate-agent bug found by the proof
// tests: a create whose 2xx answer was too large to read was reported as a
// clear failure, so the draft forgot the create and the next push made a
// second agent.
func TestOversizedAnswers(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("x", jsondoc.MaxSize+1)
	tests := []struct {
		name     string
		create   bool
		status   int
		wantKind error
	}{
		{name: "a create answered yes with too much is ambiguous", create: true, status: 200, wantKind: agent.ErrAmbiguous},
		{name: "a get answered with too much is unreadable, not unreachable", status: 200, wantKind: agent.ErrUnreadable},
		{name: "a huge error body is read in part and decoded as the status says", create: true, status: 422, wantKind: agent.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := newRecorder(t, false, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				_, _ = w.Write([]byte(huge))
			})
			// A generous timeout: reading 16 MB under -race on a busy machine
			// must not turn into a timeout and a retry.
			c := mustNew(t, Config{
				Provider: "fake", BaseURL: rec.srv.URL, Timeout: time.Minute,
				Sleep: noSleep,
			})
			_, err := c.Do(context.Background(), Call{Op: "create", Method: "POST", Path: "/agents", Body: []byte(`{}`), Create: tt.create})
			if !errors.Is(err, tt.wantKind) {
				t.Fatalf("error %v, want kind %v", err, tt.wantKind)
			}
			if rec.hits.Load() != 1 {
				t.Errorf("%d calls, want 1 (never repeated)", rec.hits.Load())
			}
			if len(err.Error()) > 500 {
				t.Errorf("the error carries the body: %d characters", len(err.Error()))
			}
		})
	}
}

// TestDeepAnswers: an answer nested past the one depth limit is refused
// before anything parses it, the same way as one too large to read.
func TestDeepAnswers(t *testing.T) {
	t.Parallel()
	deep := `{"agent_id":"a1","x":` + strings.Repeat("[", jsondoc.MaxDepth) + strings.Repeat("]", jsondoc.MaxDepth) + "}"
	ok := `{"agent_id":"a1","x":` + strings.Repeat("[", jsondoc.MaxDepth-1) + strings.Repeat("]", jsondoc.MaxDepth-1) + "}"
	tests := []struct {
		name     string
		body     string
		create   bool
		wantKind error // nil: the body comes back
	}{
		{"a create answered too deep is ambiguous", deep, true, agent.ErrAmbiguous},
		{"a get answered too deep is refused", deep, false, agent.ErrUnreadable},
		{"an answer at the limit is read", ok, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := newRecorder(t, false, func(w http.ResponseWriter, r *http.Request) {
				_, _ = w.Write([]byte(tt.body))
			})
			c := mustNew(t, Config{
				Provider: "fake", BaseURL: rec.srv.URL,
				Sleep: noSleep,
			})
			body, err := c.Do(context.Background(), Call{Op: "get", Method: "GET", Path: "/agents", Create: tt.create})
			if tt.wantKind == nil {
				if err != nil || string(body) != tt.body {
					t.Fatalf("error %v, body %d bytes", err, len(body))
				}
				return
			}
			if !errors.Is(err, tt.wantKind) || !strings.Contains(err.Error(), "nested too deeply") {
				t.Fatalf("error %v, want kind %v saying it was nested too deeply", err, tt.wantKind)
			}
		})
	}
}
