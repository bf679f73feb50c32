package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// A three-way merge on an ElevenLabs draft whose webhook tool is a
// workspace tool: the agent, changed in the dashboard, names the tool only
// by id, so the merge must neither lose the draft's change to the tool nor
// make the tool again.

// setFirstMessage changes the agent's first message on the fake, as
// someone in the ElevenLabs dashboard would.
func setFirstMessage(fake *elevenlabstest.Server, remote, msg string) {
	fake.Modify(remote, func(a map[string]any) {
		cc, _ := a["conversation_config"].(map[string]any)
		ag, _ := cc["agent"].(map[string]any)
		ag["first_message"] = msg
	})
}

// firstMessage is the agent's first message on the fake.
func firstMessage(fake *elevenlabstest.Server, remote string) any {
	a, _ := fake.Agent(remote)
	cc, _ := a["conversation_config"].(map[string]any)
	ag, _ := cc["agent"].(map[string]any)
	return ag["first_message"]
}

// workspaceToolURL is the address the one workspace tool calls.
func workspaceToolURL(t *testing.T, fake *elevenlabstest.Server) string {
	t.Helper()
	tools := madeTools(fake)
	if len(tools) != 1 {
		t.Fatalf("%d workspace tools named lookup_order, want 1", len(tools))
	}
	cfg, _ := tools[0]["tool_config"].(map[string]any)
	schema, _ := cfg["api_schema"].(map[string]any)
	u, _ := schema["url"].(string)
	return u
}

// A change made in the dashboard and a change to the tool's address made
// in the draft both survive the push; the workspace tool is updated once,
// in place, and no second one is made.
func TestPushMergeKeepsAWorkspaceToolChange(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	remote := c.mustRun("push", id)
	toolID := c.load(id).Agent.Tools[0].RemoteID

	setFirstMessage(fake, remote, "Hello from the dashboard.")
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].URL = "https://orders.example.com/v2/lookup" })
	code, _, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("the merging push exited %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "Kept 1 setting changed on") {
		t.Errorf("push does not say it kept the dashboard's change:\n%s", stderr)
	}
	d := c.load(id)
	if d.Agent.Greeting.Text != "Hello from the dashboard." || d.Agent.Tools[0].URL != "https://orders.example.com/v2/lookup" {
		t.Errorf("the merged draft: first message %q, tool address %q", d.Agent.Greeting.Text, d.Agent.Tools[0].URL)
	}
	if d.Agent.Tools[0].RemoteID != toolID {
		t.Errorf("the merge relinked the tool to %q, want %q", d.Agent.Tools[0].RemoteID, toolID)
	}
	if creates, updates := len(fake.Calls("create tool")), len(fake.Calls("update tool")); creates != 1 || updates != 1 {
		t.Errorf("%d tool creates and %d tool updates, want 1 and 1", creates, updates)
	}
	if u := workspaceToolURL(t, fake); u != "https://orders.example.com/v2/lookup" {
		t.Errorf("the workspace tool calls %q", u)
	}
	p := promptOf(t, fake, remote)
	if ids := toolIDsOf(p); len(ids) != 1 || ids[0] != toolID || inlineWebhooks(p) != 0 {
		t.Errorf("the agent names tools %v, with %d written in", ids, inlineWebhooks(p))
	}
	if m := firstMessage(fake, remote); m != "Hello from the dashboard." {
		t.Errorf("the push sent the first message %q over the dashboard's", m)
	}
	inStep(t, c, id)
}

// The same setting changed differently on both sides stops the push with
// the setting named, sending nothing (the tool included); --theirs and
// --ours settle it, the tool change going out once either way.
func TestPushMergeConflictWithAWorkspaceTool(t *testing.T) {
	t.Parallel()
	c, fake, id := supportDraft(t)
	remote := c.mustRun("push", id)

	setFirstMessage(fake, remote, "Theirs.")
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Greeting.Text = "Mine."
		d.Agent.Tools[0].URL = "https://orders.example.com/v2/lookup"
	})
	code, stdout, stderr := c.run("push", id)
	if code != exitFailure || stdout != "" {
		t.Fatalf("the conflicting push exited %d, printed %q:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"nothing was sent", "Greeting: yours Mine., theirs Theirs.", "--ours", "--theirs"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the refusal lacks %q:\n%s", want, stderr)
		}
	}
	if n := len(fake.Calls("update tool")); n != 0 {
		t.Errorf("a refused push updated the workspace tool %d times", n)
	}

	c.mustRun("push", id, "--theirs")
	d := c.load(id)
	if d.Agent.Greeting.Text != "Theirs." || d.Agent.Tools[0].URL != "https://orders.example.com/v2/lookup" {
		t.Errorf("after --theirs: first message %q, tool address %q", d.Agent.Greeting.Text, d.Agent.Tools[0].URL)
	}
	if creates, updates := len(fake.Calls("create tool")), len(fake.Calls("update tool")); creates != 1 || updates != 1 {
		t.Errorf("after --theirs: %d tool creates and %d tool updates, want 1 and 1", creates, updates)
	}
	if u := workspaceToolURL(t, fake); u != "https://orders.example.com/v2/lookup" {
		t.Errorf("after --theirs the workspace tool calls %q", u)
	}
	inStep(t, c, id)

	setFirstMessage(fake, remote, "Theirs again.")
	c.edit(id, func(d *agent.Draft) { d.Agent.Greeting.Text = "Mine again." })
	if code, _, stderr := c.run("push", id); code != exitFailure || !strings.Contains(stderr, "Greeting: yours Mine again., theirs Theirs again.") {
		t.Fatalf("the second conflicting push exited %d:\n%s", code, stderr)
	}
	c.mustRun("push", id, "--ours")
	if m := firstMessage(fake, remote); m != "Mine again." {
		t.Errorf("--ours sent the first message %q", m)
	}
	if creates, updates := len(fake.Calls("create tool")), len(fake.Calls("update tool")); creates != 1 || updates != 1 {
		t.Errorf("after --ours: %d tool creates and %d tool updates, want 1 and 1", creates, updates)
	}
	inStep(t, c, id)
}
