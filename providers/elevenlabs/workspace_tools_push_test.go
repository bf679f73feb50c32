package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// In a draft that keeps its tools in the workspace, the agent names its
// linked tools by id after the picked ones, once each; a tool whose create
// is still unclear is not named, and no tool is written in.
func TestEncodeNamesWorkspaceToolsByID(t *testing.T) {
	t.Parallel()
	a := agent.Agent{Identity: agent.Identity{Name: "Desk", Language: "en"}}
	a.Tools = []agent.Tool{
		{Name: "a", Description: "A", URL: "https://example.com/a", RemoteID: "tool_a"},
		{Name: "b", Description: "B", URL: "https://example.com/b", RemoteID: "pending:00"},
		{Name: "c", Description: "C", URL: "https://example.com/c", RemoteID: "tool_picked"},
	}
	a.Settings = agent.Settings{ProviderID: {
		workspaceToolsKey: true,
		toolIDsKey:        []map[string]any{{"id": "tool_picked"}},
	}}
	doc, err := encodeDocument(&a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(doc)), "")
	if !strings.Contains(got, `"tool_ids":["tool_picked","tool_a"]`) || strings.Contains(got, `"webhook"`) || strings.Contains(got, "pending") {
		t.Fatalf("the agent document: %s", got)
	}
	a.Settings = a.Settings.With(ProviderID, workspaceToolsKey, nil)
	if doc, _ := encodeDocument(&a, nil, nil); !strings.Contains(string(doc), `"webhook"`) {
		t.Fatalf("without the setting the tools are not written in: %s", doc)
	}
}
