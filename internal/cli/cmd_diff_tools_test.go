package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// diff tells what a push would do to the workspace tools, which are no
// part of the agent's document: nothing when the tool is as pushed, the
// tool and its changed setting after an edit.
func TestDiffShowsAWorkspaceToolsChange(t *testing.T) {
	t.Parallel()
	c, _, id := supportDraft(t)
	remote := c.mustRun("push", id)
	code, stdout, stderr := c.run("diff", id)
	if code != exitOK || stdout != "" || !strings.Contains(stderr, "are the same") {
		t.Fatalf("diff of a draft just pushed: exit %d\n%s\n%s", code, stdout, stderr)
	}
	old := c.load(id).Agent.Tools[0].URL
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].URL = "https://example.com/api/v2/orders" })
	code, stdout, stderr = c.run("diff", id)
	want := "Tools › lookup_order › Address: " + old + " → https://example.com/api/v2/orders\n"
	if code != exitOK || stdout != want || strings.Contains(stderr, "are the same") {
		t.Fatalf("diff after the tool's address changed: exit %d\n%s\n%s\nwant %s", code, stdout, stderr, want)
	}
	if strings.Contains(stdout, remote) {
		t.Fatalf("diff names the agent's id as a change:\n%s", stdout)
	}
}

// The TUI's review lists the workspace tool's change with the agent's,
// from the same data as diff.
func TestTUIReviewShowsAWorkspaceToolsChange(t *testing.T) {
	t.Parallel()
	c, _, id := supportDraft(t)
	c.mustRun("push", id)
	c.edit(id, func(d *agent.Draft) { d.Agent.Tools[0].URL = "https://example.com/api/v2/orders" })
	j := startTUI(t, c)
	j.openDraft("Support")
	scr := j.review()
	for _, want := range []string{"Tools › lookup_order › Address", "v2/orders"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("the review does not say %q:\n%s", want, scr)
		}
	}
}

// A tool whose key is not on this machine cannot be compared; diff still
// prints the agent's own changes, then says what stopped it (exit 1).
func TestDiffPrintsTheAgentsChangesWhenAToolsKeyIsMissing(t *testing.T) {
	t.Parallel()
	c, _, id := supportDraft(t)
	c.mustRun("push", id)
	c.edit(id, func(d *agent.Draft) {
		d.Agent.Greeting.Text = "Hello from the diff test."
		d.Agent.Tools[0].Headers = append(d.Agent.Tools[0].Headers,
			agent.Header{Name: "Authorization", Secret: agent.NewSecretRef("tools[0].headers.Authorization")})
	})
	code, stdout, stderr := c.run("diff", id)
	if code != exitFailure || !strings.Contains(stdout, "Hello from the diff test.") || stderr == "" {
		t.Fatalf("diff with a tool's key missing: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if strings.Contains(stderr, "secret:") {
		t.Fatalf("diff shows a secret reference:\n%s", stderr)
	}
}
