package elevenlabstest

import (
	"io"
	"net/http"
	"strconv"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Fault is a misbehaviour the fake shows on one request of one operation
// (create, get, update, list, llms), in the order they were injected.
type Fault struct {
	// Status, when set, is answered instead of handling the request (or
	// after it, with AfterHandling), with Body and Header.
	Status int
	Body   string
	Header http.Header
	// Drop closes the connection without an answer.
	Drop bool
	// Hang holds the request until the client gives up.
	Hang bool
	// AfterHandling applies the fault after the request has had its effect
	// (the agent is created or changed), as when an answer is lost on the way.
	AfterHandling bool
}

// RateLimited is ElevenLabs' 429 with a Retry-After of the given seconds.
func RateLimited(retryAfterSecs int) Fault {
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(retryAfterSecs))
	return Fault{
		Status: http.StatusTooManyRequests, Header: h,
		Body: `{"detail":{"type":"rate_limit_error","code":"rate_limit_exceeded","status":"rate_limit_exceeded","message":"You have exceeded the rate limit. Please slow down your requests."}}`,
	}
}

// ServerError is a 5xx answer before the request had any effect.
func ServerError(status int) Fault {
	return Fault{Status: status, Body: `{"detail":{"status":"internal_error","message":"An internal error occurred."}}`}
}

// Unprocessable is a 422 naming one bad field, as FastAPI words it.
func Unprocessable(msg, errType string, loc ...any) Fault {
	return Fault{Status: http.StatusUnprocessableEntity, Body: mustJSON(map[string]any{
		"detail": []any{map[string]any{"loc": append([]any{"body"}, loc...), "msg": msg, "type": errType}},
	})}
}

// DropBeforeHandling closes the connection before the request has any effect.
func DropBeforeHandling() Fault { return Fault{Drop: true} }

// DropAfterHandling lets the request take effect, then closes the connection.
func DropAfterHandling() Fault { return Fault{Drop: true, AfterHandling: true} }

// FailAfterHandling lets the request take effect, then answers with status.
func FailAfterHandling(status int) Fault {
	f := ServerError(status)
	f.AfterHandling = true
	return f
}

// HangAfterHandling lets the request take effect and never answers.
func HangAfterHandling() Fault { return Fault{Hang: true, AfterHandling: true} }

// apply carries the fault out; it reports false when the handler should
// go on to answer normally (never, for a fault).
func (f Fault) apply(w http.ResponseWriter, r *http.Request) {
	switch {
	case f.Hang:
		// The server notices a client that gives up only once the body is
		// read; unread, the request would be held for ever.
		_, _ = io.Copy(io.Discard, r.Body)
		<-r.Context().Done()
	case f.Drop:
		fakeapi.HijackClose(w)
	default:
		for k, vs := range f.Header {
			for _, v := range vs {
				w.Header().Add(k, v)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(f.Status)
		_, _ = w.Write([]byte(f.Body))
	}
}
