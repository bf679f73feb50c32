package nova

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestListReadsTheBareArray: Nova's older docs answer the list with a bare
// array and no pages; it is read as one page, not as an unreachable Nova.
func TestListReadsTheBareArray(t *testing.T) {
	t.Parallel()
	url, requests := providertest.AnswerServer(t, `[{"id":"n1","name":"Desk","updated_at":"2026-01-01T00:00:00Z"},{"id":"n2","name":"Line"}]`)
	c := providertest.NewClient(t, New, "k", WithBaseURL(url), WithOrgID("o"))
	got, err := c.List(context.Background())
	if err != nil || len(got) != 2 || got[0].ID != "n1" || got[1].Name != "Line" {
		t.Fatalf("%+v, %v", got, err)
	}
	if requests() != 1 {
		t.Errorf("%d requests for a list with no pages", requests())
	}
}
