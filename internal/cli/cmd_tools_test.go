package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// promptOf is the prompt of the fake's agent id.
func promptOf(t *testing.T, fake *elevenlabstest.Server, id string) map[string]any {
	t.Helper()
	a, ok := fake.Agent(id)
	if !ok {
		t.Fatalf("no agent %s", id)
	}
	cc, _ := a["conversation_config"].(map[string]any)
	ag, _ := cc["agent"].(map[string]any)
	p, _ := ag["prompt"].(map[string]any)
	return p
}

// inlineWebhooks counts the webhook tools written into the agent.
func inlineWebhooks(p map[string]any) int {
	n := 0
	tools, _ := p["tools"].([]any)
	for _, tl := range tools {
		if m, _ := tl.(map[string]any); m["type"] == "webhook" {
			n++
		}
	}
	return n
}

// madeTools are the workspace tools the support template's tool became.
func madeTools(fake *elevenlabstest.Server) []map[string]any {
	var out []map[string]any
	for _, tl := range fake.Tools() {
		if cfg, _ := tl["tool_config"].(map[string]any); cfg["name"] == "lookup_order" {
			out = append(out, tl)
		}
	}
	return out
}

func toolIDsOf(p map[string]any) []any {
	ids, _ := p["tool_ids"].([]any)
	return ids
}

// supportDraft is a new ElevenLabs draft with one webhook tool.
func supportDraft(t *testing.T) (*cli, *elevenlabstest.Server, string) {
	t.Helper()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Support", "--provider", "elevenlabs", "--template", "support")
	if v, _ := c.load(id).Agent.Settings.Get("elevenlabs", "tools_as_workspace_tools"); v != true {
		t.Fatalf("a new ElevenLabs draft does not keep its tools in the workspace: %v", v)
	}
	return c, fake, id
}

// A webhook tool made in agentdeck becomes a workspace tool on push: made
// once, its id kept in the draft, the agent naming it by id with nothing
// written in; a changed tool is updated in place, an unchanged one left.
func TestPushMakesWebhookToolsWorkspaceTools(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	if code, _, stderr := c.run("push", id, "--dry-run"); code != exitOK || !strings.Contains(stderr, `saves the tool "lookup_order" in the workspace (POST `) || len(madeTools(fake)) != 0 {
		t.Fatalf("dry run: exit %d, %d tools made:\n%s", code, len(madeTools(fake)), stderr)
	}
	remote := c.mustRun("push", id)
	tools := madeTools(fake)
	if len(tools) != 1 || len(fake.Calls("create tool")) != 1 {
		t.Fatalf("workspace tools after the push: %v", tools)
	}
	toolID := tools[0]["id"].(string)
	if got := c.load(id).Agent.Tools[0].RemoteID; got != toolID {
		t.Fatalf("the draft links the tool to %q, want %q", got, toolID)
	}
	p := promptOf(t, fake, remote)
	if ids := toolIDsOf(p); len(ids) != 1 || ids[0] != toolID || inlineWebhooks(p) != 0 {
		t.Fatalf("the agent's prompt: tool ids %v, %d tools written in", ids, inlineWebhooks(p))
	}
	body := string(fake.Calls("create tool")[0].Body)
	if !strings.Contains(body, `"tool_config"`) || !strings.Contains(body, `"lookup_order"`) || !strings.Contains(body, `"api_schema"`) {
		t.Fatalf("the tool's create body: %s", body)
	}

	if code, _, stderr := c.run("push", id); code != exitOK || strings.Contains(stderr, "remote id") {
		t.Fatalf("second push: exit %d, a warning about the tool's link:\n%s", code, stderr)
	}
	if n := len(fake.Calls("update tool")); n != 0 {
		t.Fatalf("an unchanged tool was updated %d times", n)
	}
	if out := c.mustRun("plan", id); !strings.Contains(out, "1 unchanged") {
		t.Fatalf("plan before the tool changed:\n%s", out)
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].Description = "Finds an order and says where it is." })
	if out := c.mustRun("plan", id); !strings.Contains(out, "Tools › lookup_order") || !strings.Contains(out, "1 to update") {
		t.Fatalf("plan does not show the changed tool:\n%s", out)
	}
	c.mustRun("push", id)
	if len(fake.Calls("create tool")) != 1 || len(fake.Calls("update tool")) != 1 {
		t.Fatalf("after an edit: %d creates, %d updates", len(fake.Calls("create tool")), len(fake.Calls("update tool")))
	}
	if cfg := madeTools(fake)[0]["tool_config"].(map[string]any); cfg["description"] != "Finds an order and says where it is." {
		t.Fatalf("the workspace tool after the update: %v", cfg)
	}
}

// A lost answer to a tool create is recovered with proof (the one tool of
// that name and body no draft links) and never makes a second tool.
func TestPushAdoptsTheToolALostCreateMade(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	fake.Inject("create tool", elevenlabstest.DropAfterHandling())
	if code, _, stderr := c.run("push", id); code == exitOK || !strings.Contains(stderr, "saved a tool") {
		t.Fatalf("the push whose tool create got no answer: exit %d\n%s", code, stderr)
	}
	if got := c.load(id).Agent.Tools[0].RemoteID; !strings.HasPrefix(got, "pending:") {
		t.Fatalf("the draft did not record the create under way: %q", got)
	}
	remote := c.mustRun("push", id)
	tools := madeTools(fake)
	if len(tools) != 1 || len(fake.Calls("create tool")) != 1 {
		t.Fatalf("%d tools, %d creates: a second tool was made", len(tools), len(fake.Calls("create tool")))
	}
	if ids := toolIDsOf(promptOf(t, fake, remote)); len(ids) != 1 || ids[0] != tools[0]["id"] {
		t.Fatalf("the agent names %v, want the tool the lost create made", ids)
	}
}

// When two workspace tools could be the one a lost create made, neither
// is taken and no tool is made: the push stops and names them.
func TestPushRefusesAnUnprovenToolCreate(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	other := c.mustRun("new", "Twin", "--provider", "elevenlabs", "--template", "support")
	c.mustRun("push", other) // the same tool, made by another draft
	fake.Inject("create tool", elevenlabstest.DropAfterHandling())
	if code, _, _ := c.run("push", id); code == exitOK {
		t.Fatal("the push whose tool create got no answer succeeded")
	}
	// The other draft forgets its link: two unlinked tools of the same
	// name and body now exist, and either could be this draft's.
	c.edit(other, func(d *agent.Draft) { d.Agent.Tools[0].RemoteID = "" })
	code, _, stderr := c.run("push", id)
	if code == exitOK || len(fake.Calls("create tool")) != 2 {
		t.Fatalf("exit %d, %d creates; want a refusal and no third tool:\n%s", code, len(fake.Calls("create tool")), stderr)
	}
	for _, tl := range madeTools(fake) {
		if !strings.Contains(stderr, tl["id"].(string)) {
			t.Errorf("the refusal does not name the tool %v:\n%s", tl["id"], stderr)
		}
	}
}

// A tool another agent also uses is not changed unless the person says
// so with --shared-tools; the refusal names the other agent.
func TestPushLeavesASharedToolUnlessAllowed(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	c.mustRun("push", id)
	toolID := c.load(id).Agent.Tools[0].RemoteID
	fake.AddAgent(map[string]any{
		"name":                "Sales line",
		"conversation_config": map[string]any{"agent": map[string]any{"prompt": map[string]any{"tool_ids": []any{toolID}}}},
	})
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].URL = "https://example.com/api/v2/orders" })
	code, _, stderr := c.run("push", id)
	if code == exitOK || len(fake.Calls("update tool")) != 0 || !strings.Contains(stderr, "Sales line") || !strings.Contains(stderr, "--shared-tools") {
		t.Fatalf("exit %d, %d tool updates:\n%s", code, len(fake.Calls("update tool")), stderr)
	}
	c.mustRun("push", id, "--shared-tools")
	if len(fake.Calls("update tool")) != 1 {
		t.Fatalf("--shared-tools made %d updates", len(fake.Calls("update tool")))
	}
}

// Removing a tool from the agent detaches it; `tools rm` deletes it,
// refusing one agents use unless --force.
func TestToolsRmDeletesOnlyOnPurpose(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	remote := c.mustRun("push", id)
	toolID := c.load(id).Agent.Tools[0].RemoteID
	code, _, stderr := c.run("tools", "rm", toolID, "--provider", "elevenlabs")
	if code == exitOK || len(madeTools(fake)) != 1 || !strings.Contains(stderr, "Support") {
		t.Fatalf("rm of a used tool: exit %d, %d tools left:\n%s", code, len(madeTools(fake)), stderr)
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools = nil })
	c.mustRun("push", id)
	if ids := toolIDsOf(promptOf(t, fake, remote)); len(ids) != 0 || len(madeTools(fake)) != 1 {
		t.Fatalf("after removing the tool from the agent: ids %v, %d workspace tools", ids, len(madeTools(fake)))
	}
	c.mustRun("tools", "rm", toolID, "--provider", "elevenlabs")
	if len(madeTools(fake)) != 0 {
		t.Fatal("tools rm left the tool")
	}
}

func TestToolsRmForceTakesTheToolOffItsAgents(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	remote := c.mustRun("push", id)
	toolID := c.load(id).Agent.Tools[0].RemoteID
	c.mustRun("tools", "rm", toolID, "--provider", "elevenlabs", "--force")
	if len(madeTools(fake)) != 0 || len(toolIDsOf(promptOf(t, fake, remote))) != 0 {
		t.Fatal("--force did not delete the tool and take it off the agent")
	}
}

// Inline tools of a draft that does not keep tools in the workspace stay
// written in; convert switches the draft, and the next push makes them
// workspace tools.
func TestToolsConvertMakesInlineToolsWorkspaceTools(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Settings = d.Agent.Settings.With("elevenlabs", "tools_as_workspace_tools", nil)
	})
	remote := c.mustRun("push", id)
	if p := promptOf(t, fake, remote); inlineWebhooks(p) != 1 || len(fake.Calls("create tool")) != 0 {
		t.Fatalf("an unconverted draft: %d tools written in, %d tool creates", inlineWebhooks(p), len(fake.Calls("create tool")))
	}
	c.mustRun("tools", "convert", id)
	c.mustRun("push", id)
	p := promptOf(t, fake, remote)
	if inlineWebhooks(p) != 0 || len(madeTools(fake)) != 1 || len(toolIDsOf(p)) != 1 || toolIDsOf(p)[0] != madeTools(fake)[0]["id"] {
		t.Fatalf("after convert and push: %d written in, tool ids %v, workspace %v", inlineWebhooks(p), toolIDsOf(p), madeTools(fake))
	}
}

// Tools are saved by pushes to the main environment only: a push to
// another environment with a tool not saved yet stops, saving nothing.
func TestPushToAnotherEnvironmentSavesNoTool(t *testing.T) {
	t.Parallel()
	c, staging, _, id := elevenStagingProd(t)
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Tools = []agent.Tool{{Name: "lookup_order", Description: "Looks up an order.", URL: "https://example.com/orders"}}
	})
	code, _, stderr := c.run("push", id, "--env", "staging")
	if code == exitOK || len(staging.Calls("create tool")) != 0 || len(staging.AgentIDs()) != 0 || !strings.Contains(stderr, "main environment") {
		t.Fatalf("exit %d, %d tool creates, agents %v:\n%s", code, len(staging.Calls("create tool")), staging.AgentIDs(), stderr)
	}
}

// apply leaves a draft whose shared tool changed unsent, and says why.
func TestApplyLeavesASharedToolAlone(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	c.mustRun("push", id)
	fake.AddAgent(map[string]any{
		"name":                "Sales line",
		"conversation_config": map[string]any{"agent": map[string]any{"prompt": map[string]any{"tool_ids": []any{c.load(id).Agent.Tools[0].RemoteID}}}},
	})
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].URL = "https://example.com/api/v2/orders" })
	code, stdout, stderr := c.run("apply", "--all", "--yes")
	if code == exitOK || len(fake.Calls("update tool")) != 0 || !strings.Contains(stdout+stderr, "Sales line") {
		t.Fatalf("apply: exit %d, %d tool updates:\n%s\n%s", code, len(fake.Calls("update tool")), stdout, stderr)
	}
}

// A lost create that never reached ElevenLabs leaves no tool: a tool of
// the same name another draft links is not taken for it, and the next
// push saves the draft's own.
func TestPushAfterALostToolCreateLeavesAnotherDraftsToolAlone(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	other := c.mustRun("new", "Twin", "--provider", "elevenlabs", "--template", "support")
	c.mustRun("push", other)
	otherTool := c.load(other).Agent.Tools[0].RemoteID
	fake.Inject("create tool", elevenlabstest.DropBeforeHandling())
	if code, _, _ := c.run("push", id); code == exitOK {
		t.Fatal("the push whose tool create got no answer succeeded")
	}
	c.mustRun("push", id)
	mine := c.load(id).Agent.Tools[0].RemoteID
	if mine == otherTool || strings.HasPrefix(mine, "pending:") || len(madeTools(fake)) != 2 {
		t.Fatalf("this draft links %q (the other draft's is %q); workspace %v", mine, otherTool, madeTools(fake))
	}
}
