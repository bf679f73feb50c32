package elevenlabs

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestWorkspaceToolUsersAndDeletion: the agents using a workspace tool are
// named; deleting a tool in use is refused unless forced, and a forced
// delete takes it off those agents.
func TestWorkspaceToolUsersAndDeletion(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.Lenient() // the refused delete is on purpose
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Uses the tool")
	a.Settings = agent.Settings{ProviderID: {toolIDsKey: []map[string]any{{"id": "tool_1"}}}}
	res := pushNew(t, c, a)
	ctx := context.Background()

	users, err := c.ToolUsers(ctx, "tool_1")
	if err != nil || len(users) != 1 || users[0].ID != res.RemoteID || users[0].Name != "Uses the tool" {
		t.Fatalf("users = %v, %v", users, err)
	}
	if err := c.DeleteTool(ctx, "tool_1", false); err == nil {
		t.Fatal("a tool in use was deleted without force")
	}
	if err := c.DeleteTool(ctx, "tool_1", true); err != nil {
		t.Fatal(err)
	}
	got, _ := fake.Agent(res.RemoteID)
	if ids, _ := at(got, "conversation_config", "agent", "prompt", "tool_ids").([]any); len(ids) != 0 {
		t.Fatalf("the agent still names the deleted tool: %v", ids)
	}
	if _, err := c.ToolUsers(ctx, "tool_1"); err == nil {
		t.Fatal("a deleted tool still answers")
	}
}
