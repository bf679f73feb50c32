package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// pull --all reads every page of the list: agents whose drafts were
// removed come back as new drafts, linked drafts are refreshed in place
// (never doubled), and a provider that pages says nothing of an
// incomplete list.
func TestPullAllFollowsEveryPage(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	fake.SetPageSize(2)
	var ids []string
	for _, name := range []string{"One", "Two", "Three", "Four", "Five"} {
		ids = append(ids, c.mustRun("new", name, "--provider", "nova", "--template", "receptionist"))
	}
	c.mustRun("apply", "--all", "--yes")
	c.mustRun("rm", ids[0])
	c.mustRun("rm", ids[1])
	code, stdout, stderr := c.run("pull", "--provider", "nova", "--all")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "Pulled 5 agents from Nova: 2 new drafts, 3 refreshed, 0 failed.") || strings.Contains(stderr, "incomplete") {
		t.Errorf("stderr:\n%s", stderr)
	}
	if n := strings.Count(stdout, "refreshed "); n != 3 {
		t.Errorf("%d refreshed lines:\n%s", n, stdout)
	}
	entries, err := c.store().List()
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]int{}
	for _, e := range entries {
		linked[e.RemoteID]++
	}
	if len(entries) != 5 || len(linked) != 5 {
		t.Errorf("%d drafts linked to %d agents, want 5 and 5: %v", len(entries), len(linked), linked)
	}
	if d := c.load(ids[2]); d.Status() != agent.StatusPushed {
		t.Errorf("a refreshed draft is %s", d.Status())
	}
}

// Trillet documents no paging: pull --all says the list may be incomplete.
func TestPullAllSaysAnUnpagedListMayBeIncomplete(t *testing.T) {
	t.Parallel()
	c, _ := trilletCLI(t)
	c.mustRun("new", "Desk", "--provider", "trillet")
	c.mustRun("apply", "--all", "--yes")
	code, _, stderr := c.run("pull", "--provider", "trillet", "--all")
	if code != exitOK || !strings.Contains(stderr, "The list may be incomplete: Trillet documents no paging") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
}
