package proof

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// fault is one misbehaviour of the network between agentdeck and a
// provider, shown on one request. Before a fault with afterEffect, the
// request reaches the provider's fake and has its effect (the agent is
// made or changed); only the answer goes wrong.
type fault struct {
	name        string
	afterEffect bool
	status      int         // answer this status…
	header      http.Header // …with these headers…
	body        []byte      // …and this body
	drop        bool        // close the connection without an answer
	hang        bool        // never answer; the client must give up
	// slowChunks, when set, sends the real answer's body (or body) in
	// this many pieces, slowGap apart.
	slowChunks int
	slowGap    time.Duration
	// delay holds the request this long before it goes on to the fake,
	// as a slow network or a busy provider would.
	delay time.Duration
	// hold, when set, holds the request until it is closed.
	hold chan struct{}
}

// faultProxy stands between the binary and a provider's fake: it forwards
// every request, except that the next fault queued for the request's
// operation is acted out.
type faultProxy struct {
	t        testing.TB
	srv      *httptest.Server
	upstream string
	opOf     func(r *http.Request) string

	mu     sync.Mutex
	faults map[string][]fault
	seen   map[string]int // requests per operation
	done   chan struct{}  // closed when the test ends, to free hung requests
}

func newFaultProxy(t testing.TB, upstream string, opOf func(*http.Request) string) *faultProxy {
	p := &faultProxy{t: t, upstream: upstream, opOf: opOf, faults: map[string][]fault{}, seen: map[string]int{}, done: make(chan struct{})}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(func() {
		close(p.done)
		p.srv.CloseClientConnections()
		p.srv.Close()
	})
	return p
}

// inject queues faults for an operation (create, update, get, list).
func (p *faultProxy) inject(op string, faults ...fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults[op] = append(p.faults[op], faults...)
}

func (p *faultProxy) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = map[string][]fault{}
}

func (p *faultProxy) next(op string) (fault, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seen[op]++
	q := p.faults[op]
	if len(q) == 0 {
		return fault{}, false
	}
	p.faults[op] = q[1:]
	return q[0], true
}

func (p *faultProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	f, faulty := p.next(p.opOf(r))
	if !faulty {
		p.forwardAndCopy(w, r, body)
		return
	}
	if f.hold != nil {
		select {
		case <-f.hold:
		case <-r.Context().Done():
			return
		case <-p.done:
			return
		}
	}
	if f.delay > 0 && !pause(r.Context(), f.delay) {
		return
	}
	if f.delay > 0 || f.hold != nil {
		if f.onlyDelays() {
			p.forwardAndCopy(w, r, body)
			return
		}
	}
	var status int
	var header http.Header
	var answer []byte
	if f.afterEffect {
		status, header, answer = p.forward(r, body)
	}
	switch {
	case f.drop:
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			_ = conn.Close()
		}
		return
	case f.hang:
		select {
		case <-r.Context().Done():
		case <-p.done:
		}
		return
	}
	if f.status != 0 {
		status, header, answer = f.status, f.header, f.body
	}
	for k, vs := range header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	if f.slowChunks == 0 {
		w.Header().Set("Content-Length", strconv.Itoa(len(answer)))
		w.WriteHeader(status)
		_, _ = w.Write(answer)
		return
	}
	w.WriteHeader(status)
	size := max(1, len(answer)/f.slowChunks)
	for len(answer) > 0 {
		n := min(size, len(answer))
		if _, err := w.Write(answer[:n]); err != nil {
			return
		}
		w.(http.Flusher).Flush()
		answer = answer[n:]
		if !pause(r.Context(), f.slowGap) {
			return
		}
	}
}

// pause waits d, or less if ctx ends first (the client gave up); it reports
// whether the whole of d passed.
func pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// forward sends the request on to the fake and returns its answer.
func (p *faultProxy) forward(r *http.Request, body []byte) (int, http.Header, []byte) {
	// WithoutCancel: the fake finishes what it got even when the client
	// gave up, as a real provider does (the faults depend on that).
	req, err := http.NewRequestWithContext(context.WithoutCancel(r.Context()), r.Method, p.upstream+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		p.t.Errorf("fault proxy: %v", err)
		return http.StatusBadGateway, nil, nil
	}
	req.Header = r.Header.Clone()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Errorf("fault proxy: the fake did not answer: %v", err)
		return http.StatusBadGateway, nil, nil
	}
	defer func() { _ = resp.Body.Close() }() // read to the end below
	answer, _ := io.ReadAll(resp.Body)
	h := resp.Header.Clone()
	h.Del("Content-Length")
	return resp.StatusCode, h, answer
}

func (p *faultProxy) forwardAndCopy(w http.ResponseWriter, r *http.Request, body []byte) {
	status, header, answer := p.forward(r, body)
	for k, vs := range header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(status)
	_, _ = w.Write(answer)
}

// onlyDelays reports whether the fault does nothing but hold the request.
func (f fault) onlyDelays() bool {
	return f.status == 0 && !f.drop && !f.hang && !f.afterEffect && f.slowChunks == 0
}
