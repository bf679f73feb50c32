package trillet

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
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
		url, _ := providertest.AnswerServer(t, body)
		c := providertest.NewClient(t, New, "k", WithBaseURL(url), WithWorkspaceID("ws"))
		got, err := c.List(context.Background())
		if err != nil || len(got) != 1 || got[0].ID != "a1" || got[0].Name != "Desk" {
			t.Errorf("%s: %+v, %v", body, got, err)
		}
	}
}

// TestListReadsEveryShape: the documented bare array and the answers
// wrapped in "data" or "agents" give the same agents.
func TestListReadsEveryShape(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"bare array (documented)": `[{"_id":"a1","name":"One","updatedAt":"2026-10-01T00:00:00Z"},{"_id":"a2","name":"Two"}]`,
		"wrapped in data":         `{"data":[{"_id":"a1","name":"One","updatedAt":"2026-10-01T00:00:00Z"},{"_id":"a2","name":"Two"}]}`,
		"wrapped in agents":       `{"agents":[{"_id":"a1","name":"One","updatedAt":"2026-10-01T00:00:00Z"},{"_id":"a2","name":"Two"}]}`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			url, _ := providertest.AnswerServer(t, body)
			c := providertest.NewClient(t, New, testKey, WithBaseURL(url), WithWorkspaceID(testWorkspace))
			got, err := c.List(context.Background())
			if err != nil || len(got) != 2 || got[0].ID != "a1" || got[0].Updated == "" || got[1].Name != "Two" {
				t.Errorf("list = %+v, %v", got, err)
			}
		})
	}
}
