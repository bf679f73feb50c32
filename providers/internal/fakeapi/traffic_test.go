package fakeapi

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// TestTrafficActsOutFaultsInOrder queues faults for POST and checks each
// request meets the next one, the handler runs only when the request is to
// take effect, and the record counts every request.
func TestTrafficActsOutFaultsInOrder(t *testing.T) {
	t.Parallel()
	var tr Traffic
	var handled atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tr.Serve(w, r, func(w http.ResponseWriter, r *http.Request) {
			handled.Add(1)
			body, _ := io.ReadAll(r.Body)
			tr.KeepBody(r.Method, body)
			WriteJSON(w, http.StatusCreated, `{"ok":true}`)
		})
	}))
	t.Cleanup(srv.Close)
	tr.Inject(http.MethodPost,
		Fault{Status: http.StatusTooManyRequests, Body: `{"slow":"down"}`, Header: map[string]string{"Retry-After": "3"}},
		Fault{DropBefore: true},
		Fault{DropAfter: true})

	post := func(body string) (*http.Response, error) {
		req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL+"/agents", strings.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		return srv.Client().Do(req)
	}
	resp, err := post(`{"n":1}`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close() // read to the end already
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "3" || string(got) != `{"slow":"down"}` {
		t.Errorf("first request: %d %q %q, want the injected 429", resp.StatusCode, resp.Header.Get("Retry-After"), got)
	}
	if handled.Load() != 0 {
		t.Errorf("an answered fault still ran the handler %d times", handled.Load())
	}
	for i, want := range []int32{0, 1} { // DropBefore does nothing, DropAfter does the work
		if resp, err := post(`{"n":2}`); err == nil {
			_ = resp.Body.Close()
			t.Errorf("dropped request %d got an answer", i)
		}
		if n := handled.Load(); n != want {
			t.Errorf("after dropped request %d the handler ran %d times, want %d", i, n, want)
		}
	}
	resp, err = post(`{"n":3}`)
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close() // only the status and headers matter here
	if resp.StatusCode != http.StatusCreated || resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("with the faults used up: %d %q, want 201 application/json", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if n := tr.CallsOf(http.MethodPost); n != 4 {
		t.Errorf("CallsOf(POST) = %d, want 4 (every request, faulted or not)", n)
	}
	if n := tr.CallsOf(http.MethodGet); n != 0 {
		t.Errorf("CallsOf(GET) = %d, want 0", n)
	}
	if b := string(tr.LastBody(http.MethodPost)); b != `{"n":3}` {
		t.Errorf("LastBody(POST) = %q", b)
	}
	if c := tr.Calls(); len(c) != 4 || c[0] != "POST /agents" {
		t.Errorf("Calls() = %q", c)
	}
}
