package dashatest

import (
	"net/http"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// Fault answers one request instead of the fake's normal handling. store
// performs the request's change (a create or an update) as the real server
// would have.
type Fault func(w http.ResponseWriter, r *http.Request, store func())

// Answer fails without changing anything, with a Retry-After header when
// retryAfter is not "".
func Answer(status int, retryAfter string) Fault {
	return func(w http.ResponseWriter, r *http.Request, store func()) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		Problem(w, status, http.StatusText(status), "injected", nil)
	}
}

// AnswerAfterStoring makes the change, then fails: the worst case for a
// create, which must not be repeated.
func AnswerAfterStoring(status int) Fault {
	return func(w http.ResponseWriter, r *http.Request, store func()) {
		store()
		Problem(w, status, http.StatusText(status), "injected after storing", nil)
	}
}

// DropBeforeStoring closes the connection after reading the request,
// changing nothing.
func DropBeforeStoring(w http.ResponseWriter, r *http.Request, store func()) { fakeapi.HijackClose(w) }

// DropAfterStoring makes the change, then closes the connection unanswered.
func DropAfterStoring(w http.ResponseWriter, r *http.Request, store func()) {
	store()
	fakeapi.HijackClose(w)
}

// HangAfterStoring makes the change and never answers; the client's timeout
// ends the request.
func HangAfterStoring(w http.ResponseWriter, r *http.Request, store func()) {
	store()
	<-r.Context().Done()
}
