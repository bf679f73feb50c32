package httpx

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// TestOversizedAnswers guards a duplicate-agent bug found by the proof
// tests: a create whose 2xx answer was too large to read was reported as a
// clear failure, so the draft forgot the create and the next push made a
// second agent.
func TestOversizedAnswers(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("x", maxResponseBody+1)
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
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				w.WriteHeader(tt.status)
				_, _ = w.Write([]byte(huge))
			}))
			t.Cleanup(srv.Close)
			// A generous timeout: reading 16 MB under -race on a busy machine
			// must not turn into a timeout and a retry.
			c, err := New(Config{Provider: "fake", BaseURL: srv.URL, Timeout: time.Minute,
				Sleep: func(ctx context.Context, _ time.Duration) error { return ctx.Err() }})
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Do(context.Background(), Call{Op: "create", Method: "POST", Path: "/agents", Body: []byte(`{}`), Create: tt.create})
			if !errors.Is(err, tt.wantKind) {
				t.Fatalf("error %v, want kind %v", err, tt.wantKind)
			}
			if calls.Load() != 1 {
				t.Errorf("%d calls, want 1 (never repeated)", calls.Load())
			}
			if len(err.Error()) > 500 {
				t.Errorf("the error carries the body: %d characters", len(err.Error()))
			}
		})
	}
}
