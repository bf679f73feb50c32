package httpx

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// Servers and clients the httpx tests share.

// recorder is a server that counts every request reaching it and keeps the
// last key and body it saw.
type recorder struct {
	srv  *httptest.Server
	hits atomic.Int32
	key  atomic.Value
	body atomic.Value
}

func newRecorder(t *testing.T, tls bool, answer func(w http.ResponseWriter, r *http.Request)) *recorder {
	t.Helper()
	rec := &recorder{}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.hits.Add(1)
		b, _ := io.ReadAll(r.Body)
		rec.key.Store(r.Header.Get("X-Key"))
		rec.body.Store(string(b))
		answer(w, r)
	})
	if tls {
		rec.srv = httptest.NewTLSServer(h)
	} else {
		rec.srv = httptest.NewServer(h)
	}
	t.Cleanup(rec.srv.Close)
	return rec
}

// mustNew is New(cfg); an error fails the test.
func mustNew(t *testing.T, cfg Config) *Client {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// noSleep is a wait between retries that passes at once (unless the
// context is done).
func noSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }
