package httpx

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

const testKey = "sk-test-SECRET-0123456789"

func newTestClient(t *testing.T, h http.HandlerFunc, waits *[]time.Duration) *Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return mustNew(t, Config{
		Provider: "fake",
		BaseURL:  srv.URL + "/v1/prefix",
		Auth:     func(h http.Header) { h.Set("X-Key", testKey) },
		Secrets:  []string{testKey},
		Timeout:  2 * time.Second,
		Sleep: func(ctx context.Context, d time.Duration) error {
			if waits != nil {
				*waits = append(*waits, d)
			}
			return ctx.Err()
		},
		Jitter: func(time.Duration) time.Duration { return 0 },
		DecodeError: func(e *agent.ProviderError, body []byte) {
			if strings.Contains(string(body), "bad name") {
				e.Message = "bad name " + testKey
				e.Fields = []agent.FieldError{{Path: "identity.name", Message: "too long"}}
			}
		},
	})
}

// hijackClose drops the connection after the request has been read, which is
// what a proxy timing out or a server crashing looks like to the client.
func hijackClose(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		_ = conn.Close() // the test wants the connection gone, not a clean close
	}
}

func TestDoRetries(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		create    bool
		answers   []func(w http.ResponseWriter)
		wantCalls int32
		wantKind  error
		wantWaits []time.Duration
	}{
		{
			name:      "429 honours Retry-After then succeeds",
			answers:   []func(http.ResponseWriter){status429("3"), ok},
			wantCalls: 2, wantWaits: []time.Duration{3 * time.Second},
		},
		{
			name:      "create is retried after 429 because nothing was made",
			create:    true,
			answers:   []func(http.ResponseWriter){status429("1"), ok},
			wantCalls: 2, wantWaits: []time.Duration{time.Second},
		},
		{
			name:      "get retries 5xx with backoff then succeeds",
			answers:   []func(http.ResponseWriter){statusN(502), statusN(500), ok},
			wantCalls: 3, wantWaits: []time.Duration{250 * time.Millisecond, 500 * time.Millisecond},
		},
		{
			name:      "retries are bounded",
			answers:   []func(http.ResponseWriter){statusN(503), statusN(503), statusN(503), ok},
			wantCalls: 3, wantKind: agent.ErrUnavailable,
		},
		{
			name:      "create is not repeated after a 5xx and is reported ambiguous",
			create:    true,
			answers:   []func(http.ResponseWriter){statusN(500), ok},
			wantCalls: 1, wantKind: agent.ErrAmbiguous,
		},
		{
			name:      "create is not repeated after a dropped connection",
			create:    true,
			answers:   []func(http.ResponseWriter){hijackClose, ok},
			wantCalls: 1, wantKind: agent.ErrAmbiguous,
		},
		{
			name:      "get is repeated after a dropped connection",
			answers:   []func(http.ResponseWriter){hijackClose, ok},
			wantCalls: 2,
		},
		{
			name:      "4xx is never retried",
			answers:   []func(http.ResponseWriter){statusN(422), ok},
			wantCalls: 1, wantKind: agent.ErrInvalid,
		},
		{
			name:      "401 is never retried",
			answers:   []func(http.ResponseWriter){statusN(401), ok},
			wantCalls: 1, wantKind: agent.ErrUnauthorized,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			var waits []time.Duration
			c := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
				n := calls.Add(1)
				tt.answers[n-1](w)
			}, &waits)
			_, err := c.Do(context.Background(), Call{Op: "create", Method: "POST", Path: "/agents", Body: []byte(`{}`), Create: tt.create})
			if got := calls.Load(); got != tt.wantCalls {
				t.Errorf("calls = %d, want %d", got, tt.wantCalls)
			}
			switch {
			case tt.wantKind == nil && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.wantKind != nil && !errors.Is(err, tt.wantKind):
				t.Fatalf("error %v is not %v", err, tt.wantKind)
			}
			if tt.wantWaits != nil && !slices.Equal(waits, tt.wantWaits) {
				t.Errorf("waits = %v, want %v", waits, tt.wantWaits)
			}
		})
	}
}

func TestErrorsNeverCarryTheKey(t *testing.T) {
	t.Parallel()
	c := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Key") != testKey {
			t.Errorf("auth header missing")
		}
		if r.URL.Path != "/v1/prefix/agents" {
			t.Errorf("path = %s, want the base path prefix kept", r.URL.Path)
		}
		w.WriteHeader(422)
		_, _ = w.Write([]byte(`{"detail":"bad name"}`))
	}, nil)
	_, err := c.Do(context.Background(), Call{Op: "create", Method: "POST", Path: "/agents", Body: []byte(`{}`)})
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		t.Fatalf("want *agent.ProviderError, got %T", err)
	}
	if strings.Contains(err.Error(), testKey) {
		t.Fatalf("error leaks the key: %v", err)
	}
	if len(pe.Fields) != 1 || pe.Fields[0].Path != "identity.name" || pe.Status != 422 {
		t.Fatalf("fields not decoded: %+v", pe)
	}
}

func TestCheckBaseURL(t *testing.T) {
	t.Parallel()
	for raw, ok := range map[string]bool{
		"https://api.example.com/v1/convai": true,
		"http://127.0.0.1:8080":             true,
		"http://localhost:1234/api":         true,
		"http://[::1]:99":                   true,
		"http://api.example.com":            false,
		"ftp://api.example.com":             false,
		"api.example.com":                   false,
	} {
		if _, err := CheckBaseURL(raw); (err == nil) != ok {
			t.Errorf("CheckBaseURL(%q) error = %v, want ok=%v", raw, err, ok)
		}
	}
}

func TestTimeoutIsReported(t *testing.T) {
	t.Parallel()
	// The handler never reads the body, so the server may never notice the
	// client hanging up; release it at the end, or srv.Close waits forever.
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	// The timeout must outlast writing the request even on a loaded machine,
	// or the call never reaches the server and is not ambiguous at all.
	c := mustNew(t, Config{Provider: "fake", BaseURL: srv.URL, Timeout: 500 * time.Millisecond, MaxRetries: -1})
	_, err := c.Do(context.Background(), Call{Op: "create", Method: "POST", Path: "/a", Body: []byte(`{}`), Create: true})
	if !errors.Is(err, agent.ErrAmbiguous) || !strings.Contains(err.Error(), "did not answer in time") {
		t.Fatalf("want an ambiguous timeout, got %v", err)
	}
}

func ok(w http.ResponseWriter) { _, _ = w.Write([]byte(`{"ok":true}`)) }

func status429(after string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Retry-After", after)
		w.WriteHeader(429)
	}
}

func statusN(code int) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) { w.WriteHeader(code) }
}
