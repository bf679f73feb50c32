package dasha

import "net/http"

// Faults.

func answer(status int, retryAfter string) fault {
	return func(w http.ResponseWriter, r *http.Request, store func()) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		problem(w, status, http.StatusText(status), "injected", nil)
	}
}

// answerAfterStoring makes the change, then fails: the worst case for a
// create, which must not be repeated.
func answerAfterStoring(status int) fault {
	return func(w http.ResponseWriter, r *http.Request, store func()) {
		store()
		problem(w, status, http.StatusText(status), "injected after storing", nil)
	}
}

func dropBeforeStoring(w http.ResponseWriter, r *http.Request, store func()) { hijackClose(w) }

func dropAfterStoring(w http.ResponseWriter, r *http.Request, store func()) {
	store()
	hijackClose(w)
}

// hangAfterStoring makes the change and never answers; the client's
// timeout ends the request.
func hangAfterStoring(w http.ResponseWriter, r *http.Request, store func()) {
	store()
	<-r.Context().Done()
}

func hijackClose(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		_ = conn.Close()
	}
}
