package httpx

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

func redirectTo(status int, target func() string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", target())
		w.WriteHeader(status)
	}
}

func redirectClient(t *testing.T, base string, hc *http.Client) *Client {
	t.Helper()
	c := mustNew(t, Config{
		Provider: "fake", BaseURL: base, HTTPClient: hc,
		Auth:       func(h http.Header) { h.Set("X-Key", testKey) },
		Secrets:    []string{testKey},
		Timeout:    2 * time.Second,
		MaxRetries: -1,
	})
	return c
}

// TestRedirectElsewhereSendsNothing: a redirect to another host, another
// port or plain http:// is not followed, so the other address never sees
// the key or the body, and the error names where it wanted to go.
func TestRedirectElsewhereSendsNothing(t *testing.T) {
	t.Parallel()
	for _, status := range []int{307, 308, 302} {
		for _, where := range []string{"another port", "another host, same port", "plain http"} {
			t.Run(http.StatusText(status)+" to "+where, func(t *testing.T) {
				t.Parallel()
				other := newRecorder(t, false, func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(`{}`)) })
				var origin *recorder
				var target func() string
				useTLS := where == "plain http"
				switch where {
				case "another port":
					target = func() string { return other.srv.URL + "/steal" }
				case "another host, same port":
					// localhost and 127.0.0.1 are the same server but not the
					// same host: following would hit origin a second time.
					target = func() string {
						return strings.Replace(origin.srv.URL, "127.0.0.1", "localhost", 1) + "/steal"
					}
				case "plain http":
					target = func() string { return other.srv.URL + "/steal" }
				}
				origin = newRecorder(t, useTLS, redirectTo(status, func() string { return target() }))
				var hc *http.Client
				if useTLS {
					hc = origin.srv.Client() // follows every redirect on its own
				}
				c := redirectClient(t, origin.srv.URL, hc)
				_, err := c.Do(context.Background(), Call{Op: "update", Method: http.MethodPut, Path: "/agents/a1", Body: []byte(`{"secret":"filled in"}`)})
				if !errors.Is(err, agent.ErrRedirected) {
					t.Fatalf("error %v, want a refused redirect", err)
				}
				if n := other.hits.Load(); n != 0 {
					t.Errorf("the other address got %d requests", n)
				}
				if n := origin.hits.Load(); n != 1 {
					t.Errorf("the origin got %d requests, want 1", n)
				}
				var pe *agent.ProviderError
				errors.As(err, &pe)
				host := strings.TrimPrefix(strings.TrimPrefix(target(), "http://"), "https://")
				host = strings.TrimSuffix(host, "/steal")
				if !strings.Contains(pe.Message, host) || strings.Contains(pe.Message, testKey) || strings.Contains(pe.Message, "\n") {
					t.Errorf("message %q should name %s in one line without the key", pe.Message, host)
				}
			})
		}
	}
}

// TestRedirectRuleCannotBeBypassed: a client given through WithHTTPClient
// with its own CheckRedirect still follows agentdeck's rule.
func TestRedirectRuleCannotBeBypassed(t *testing.T) {
	t.Parallel()
	other := newRecorder(t, false, func(w http.ResponseWriter, _ *http.Request) {})
	origin := newRecorder(t, false, redirectTo(307, func() string { return other.srv.URL }))
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return nil }}
	c := redirectClient(t, origin.srv.URL, hc)
	if _, err := c.Do(context.Background(), Call{Op: "get", Method: http.MethodGet, Path: "/agents"}); !errors.Is(err, agent.ErrRedirected) {
		t.Fatalf("error %v, want a refused redirect", err)
	}
	if other.hits.Load() != 0 {
		t.Error("the given client's CheckRedirect was used")
	}
	if hc.CheckRedirect == nil {
		t.Error("the given client was changed")
	}
}

// TestSameOriginRedirectIsFollowed: a redirect within the same address
// (a moved path) still works, with the key and the body.
func TestSameOriginRedirectIsFollowed(t *testing.T) {
	t.Parallel()
	var origin *recorder
	origin = newRecorder(t, false, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v2/agents/a1" {
			_, _ = w.Write([]byte(`{"ok":true}`))
			return
		}
		redirectTo(308, func() string { return origin.srv.URL + "/v2/agents/a1" })(w, r)
	})
	c := redirectClient(t, origin.srv.URL, nil)
	body, err := c.Do(context.Background(), Call{Op: "update", Method: http.MethodPut, Path: "/agents/a1", Body: []byte(`{"n":1}`)})
	if err != nil || string(body) != `{"ok":true}` {
		t.Fatalf("got %q, %v", body, err)
	}
	if origin.hits.Load() != 2 || origin.key.Load() != testKey || origin.body.Load() != `{"n":1}` {
		t.Errorf("hits %d, key %v, body %v", origin.hits.Load(), origin.key.Load(), origin.body.Load())
	}
}

// TestRedirectedCreate: a create redirected by 303 may have happened, so it
// is ambiguous; one redirected by 307 was not acted on.
func TestRedirectedCreate(t *testing.T) {
	t.Parallel()
	other := newRecorder(t, false, func(w http.ResponseWriter, _ *http.Request) {})
	for status, want := range map[int]error{303: agent.ErrAmbiguous, 307: agent.ErrRedirected} {
		origin := newRecorder(t, false, redirectTo(status, func() string { return other.srv.URL }))
		c := redirectClient(t, origin.srv.URL, nil)
		_, err := c.Do(context.Background(), Call{Op: "create", Method: http.MethodPost, Path: "/agents", Body: []byte(`{}`), Create: true})
		if !errors.Is(err, want) {
			t.Errorf("create answered %d: %v, want %v", status, err, want)
		}
	}
	if other.hits.Load() != 0 {
		t.Error("a redirected create reached the other address")
	}
}

func TestSameOriginRule(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from, to string
		ok       bool
	}{
		{"https://api.example.com/v1/a", "https://api.example.com/v2/a", true},
		{"https://api.example.com/v1/a", "https://API.example.com:443/v2/a", true},
		{"https://api.example.com/v1/a", "http://api.example.com:443/v1/a", false},
		{"https://api.example.com/v1/a", "http://api.example.com/v1/a", false},
		{"https://api.example.com/v1/a", "https://api.example.com:8443/v1/a", false},
		{"https://api.example.com/v1/a", "https://evil.example/v1/a", false},
		{"http://127.0.0.1:8080/a", "http://localhost:8080/a", false},
		{"http://[::1]:8080/a", "http://[::1]:8080/b", true},
	}
	for _, tt := range tests {
		from := httptest.NewRequestWithContext(t.Context(), http.MethodGet, tt.from, nil)
		to := httptest.NewRequestWithContext(t.Context(), http.MethodGet, tt.to, nil)
		if err := sameOrigin(to, []*http.Request{from}); (err == nil) != tt.ok {
			t.Errorf("%s → %s: %v, want allowed %v", tt.from, tt.to, err, tt.ok)
		}
	}
}
