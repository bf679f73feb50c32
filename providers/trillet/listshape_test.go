package trillet

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestListReadsOlderShapes: list items whose id sits under "id" (beside or
// instead of "_id"), or whose "_id" is an extended-JSON object, keep their
// id, so a push's check finds the agent instead of making a second one,
// and the list never reads as unreachable.
func TestListReadsOlderShapes(t *testing.T) {
	t.Parallel()
	for _, body := range []string{
		`[{"_id":"a1","name":"Desk"}]`,
		`[{"id":"a1","name":"Desk"}]`,
		`[{"_id":{"$oid":"a1"},"id":"a1","name":"Desk"}]`,
		`{"data":[{"id":"a1","name":"Desk"}]}`,
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(body)) }))
		c, err := New("k", WithBaseURL(srv.URL), WithWorkspaceID("ws"))
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.List(context.Background())
		srv.Close()
		if err != nil || len(got) != 1 || got[0].ID != "a1" || got[0].Name != "Desk" {
			t.Errorf("%s: %+v, %v", body, got, err)
		}
	}
}
