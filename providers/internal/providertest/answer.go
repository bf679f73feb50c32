package providertest

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// AnswerServer starts a server that answers every request with status 200
// and the JSON body, for tests of how a client reads an answer's shape. It
// returns the server's address and a count of the requests it received.
func AnswerServer(t testing.TB, body string) (url string, requests func() int) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n.Add(1)
		fakeapi.WriteJSON(w, http.StatusOK, body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() int { return int(n.Load()) }
}
