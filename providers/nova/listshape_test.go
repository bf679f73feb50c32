package nova

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestListReadsTheBareArray: Nova's older docs answer the list with a bare
// array and no pages; it is read as one page, not as an unreachable Nova.
func TestListReadsTheBareArray(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		calls.Add(1)
		_, _ = w.Write([]byte(`[{"id":"n1","name":"Desk","updated_at":"2026-01-01T00:00:00Z"},{"id":"n2","name":"Line"}]`))
	}))
	t.Cleanup(srv.Close)
	c, err := New("k", WithBaseURL(srv.URL), WithOrgID("o"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.List(context.Background())
	if err != nil || len(got) != 2 || got[0].ID != "n1" || got[1].Name != "Line" {
		t.Fatalf("%+v, %v", got, err)
	}
	if calls.Load() != 1 {
		t.Errorf("%d requests for a list with no pages", calls.Load())
	}
}
