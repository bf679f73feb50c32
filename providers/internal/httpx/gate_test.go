package httpx

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRateLimitPausesEveryClientOfTheProvider: one worker told to wait by a
// 429 holds back another client of the same provider and address, which
// has not met the limit itself; a client of another address is not held.
func TestRateLimitPausesEveryClientOfTheProvider(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) <= 2 {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		_, _ = w.Write([]byte(`{}`))
	}))
	t.Cleanup(srv.Close)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`{}`)) }))
	t.Cleanup(other.Close)
	var mu sync.Mutex
	waits := map[string][]time.Duration{}
	client := func(name, base string) *Client {
		return mustNew(t, Config{
			Provider: "gatefake", BaseURL: base, MaxRetries: 1,
			Sleep: func(ctx context.Context, d time.Duration) error {
				mu.Lock()
				waits[name] = append(waits[name], d)
				mu.Unlock()
				return ctx.Err()
			},
		})
	}
	first, second, elsewhere := client("first", srv.URL), client("second", srv.URL), client("elsewhere", other.URL)
	// One retry, and 429 both times: the first call fails and leaves the
	// pause for the others.
	if _, err := first.Do(context.Background(), Call{Op: "get", Method: "GET", Path: "/a"}); err == nil {
		t.Fatal("the 429 was not reported")
	}
	if _, err := second.Do(context.Background(), Call{Op: "get", Method: "GET", Path: "/a"}); err != nil {
		t.Fatal(err)
	}
	if _, err := elsewhere.Do(context.Background(), Call{Op: "get", Method: "GET", Path: "/a"}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if w := waits["second"]; len(w) != 1 || w[0] < 25*time.Second || w[0] > 30*time.Second {
		t.Errorf("the second client waited %v, want one wait of about 30s", w)
	}
	if w := waits["elsewhere"]; len(w) != 0 {
		t.Errorf("a client of another address waited %v", w)
	}
}

// A client told never to retry (a fail-fast check, the fuzz kit) holds no
// one back, and no pause outlasts the longest wait agentdeck takes.
func TestRateLimitPauseIsBounded(t *testing.T) {
	t.Parallel()
	g := &gate{}
	now := time.Now()
	until := g.pause(now, MaxRetryAfter)
	if until.Sub(now) != MaxRetryAfter || g.pause(now, time.Second) != until {
		t.Errorf("a shorter pause shortened the longer one: %v", g.until.Sub(now))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	t.Cleanup(srv.Close)
	c := mustNew(t, Config{Provider: "gatefake2", BaseURL: srv.URL, MaxRetries: -1})
	_, _ = c.Do(context.Background(), Call{Op: "get", Method: "GET", Path: "/a"})
	if !c.gate.until.IsZero() {
		t.Errorf("a client that never retries set a pause until %v", c.gate.until)
	}
}
