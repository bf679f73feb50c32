// Package fakeapi holds what the in-process fakes of provider APIs
// (novatest, trillettest, dashatest, elevenlabstest) share: the faults they
// act out on demand, the record of the requests they received, and writing
// a JSON answer. Each fake keeps its own routes, checks and error bodies.
package fakeapi

import (
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"
)

// Fault is a misbehaviour for one request.
type Fault struct {
	Status int    // answer with this status and Body, doing nothing
	Body   string // the fake's own error body
	Header map[string]string
	// DropBefore closes the connection without reading the request;
	// DropAfter and HangAfter do the work, then close the connection or
	// never answer (the client's timeout ends the request).
	DropBefore, DropAfter, HangAfter bool
}

func (f Fault) isZero() bool {
	return f.Status == 0 && f.Body == "" && f.Header == nil && !f.DropBefore && !f.DropAfter && !f.HangAfter
}

// RetryAfter is a 429 with a Retry-After header (whole seconds, rounded up)
// for the moment reset, and body as the fake's error body.
func RetryAfter(reset time.Time, body string) Fault {
	secs := int(math.Ceil(time.Until(reset).Seconds()))
	return Fault{Status: http.StatusTooManyRequests, Body: body, Header: map[string]string{"Retry-After": strconv.Itoa(max(secs, 0))}}
}

// actOut answers r as f says, calling handle when the request is to take
// effect; the zero Fault just calls handle.
func (f Fault) actOut(w http.ResponseWriter, r *http.Request, handle http.HandlerFunc) {
	switch {
	case f.DropBefore:
		HijackClose(w)
	case f.Status != 0:
		_, _ = io.Copy(io.Discard, r.Body)
		for k, v := range f.Header {
			w.Header().Set(k, v)
		}
		WriteJSON(w, f.Status, f.Body)
	case f.DropAfter:
		handle(httptest.NewRecorder(), r)
		HijackClose(w)
	case f.HangAfter:
		handle(httptest.NewRecorder(), r)
		<-r.Context().Done()
	default:
		handle(w, r)
	}
}

// HijackClose closes the connection under w without answering, as a network
// that drops the request does.
func HijackClose(w http.ResponseWriter) {
	if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
		_ = conn.Close()
	}
}

// WriteJSON answers with status and a JSON body.
func WriteJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}
