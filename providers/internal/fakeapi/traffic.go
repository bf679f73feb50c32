package fakeapi

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

// Traffic is a fake's record of the requests it received and its queue of
// faults to come, each keyed by HTTP method. A fake embeds it, so its tests
// get Inject, Calls, CallsOf and LastBody; its zero value is ready to use
// and it is safe for concurrent use.
type Traffic struct {
	mu     sync.Mutex
	faults map[string][]Fault
	calls  []string
	bodies map[string][]byte
	limit  *rateLimit
}

// Inject queues faults for the next requests with method.
func (t *Traffic) Inject(method string, fs ...Fault) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.faults == nil {
		t.faults = map[string][]Fault{}
	}
	t.faults[method] = append(t.faults[method], fs...)
}

// Calls lists "METHOD path" of every request received.
func (t *Traffic) Calls() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.calls...)
}

// CallsOf counts the requests received with method.
func (t *Traffic) CallsOf(method string) int {
	n := 0
	for _, c := range t.Calls() {
		if strings.HasPrefix(c, method+" ") {
			n++
		}
	}
	return n
}

// LastBody is the last request body received with method.
func (t *Traffic) LastBody(method string) []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.bodies[method]
}

// KeepBody remembers body as the last one received with method; a fake
// calls it once it has checked the request is one that carries a body.
func (t *Traffic) KeepBody(method string, body []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.bodies == nil {
		t.bodies = map[string][]byte{}
	}
	t.bodies[method] = body
}

// Serve records r, takes the next fault queued for its method and acts it
// out, calling handle when the request is to take effect.
func (t *Traffic) Serve(w http.ResponseWriter, r *http.Request, handle http.HandlerFunc) {
	t.mu.Lock()
	t.calls = append(t.calls, r.Method+" "+r.URL.Path)
	var f Fault
	limit := t.limit
	if q := t.faults[r.Method]; len(q) > 0 {
		f, t.faults[r.Method] = q[0], q[1:]
	}
	t.mu.Unlock()
	if f.isZero() && limit != nil {
		f = limit.take()
	}
	f.actOut(w, r, handle)
}

// RateLimit makes the fake answer every request past n in one window of
// per with over (the provider's own 429: a Retry-After header or Trillet's
// reset_at body, made by the fake for the moment the window ends), as a
// provider's rate limit does; n <= 0 turns it off. Queued faults come first.
func (t *Traffic) RateLimit(n int, per time.Duration, over func(reset time.Time) Fault) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.limit = nil
	if n > 0 {
		t.limit = &rateLimit{n: n, per: per, over: over}
	}
}

// Limited counts the requests the rate limit turned away.
func (t *Traffic) Limited() int {
	t.mu.Lock()
	l := t.limit
	t.mu.Unlock()
	if l == nil {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.refused
}

// rateLimit is a fixed window: n requests, then refusals until it ends.
type rateLimit struct {
	mu      sync.Mutex
	n       int
	per     time.Duration
	over    func(reset time.Time) Fault
	start   time.Time
	used    int
	refused int
}

func (l *rateLimit) take() Fault {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	if now.Sub(l.start) >= l.per {
		l.start, l.used = now, 0
	}
	if l.used < l.n {
		l.used++
		return Fault{}
	}
	l.refused++
	return l.over(l.start.Add(l.per))
}
