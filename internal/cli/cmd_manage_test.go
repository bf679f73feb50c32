package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// runOnTerminal runs agentdeck as if its stdout were a terminal.
func (c *cli) runOnTerminal(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	a := newApp(devVersion, &out, &errOut, func(k string) string { return c.env[k] })
	a.stdoutIsTerminal = func() bool { return true }
	code = a.execute(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestRmMovesToTheTrashAndRestoreBringsItBack(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	code, stdout, stderr := c.run("rm", "Front desk")
	if code != exitOK || stdout != "" || !strings.Contains(stderr, "agentdeck restore "+id) {
		t.Fatalf("rm: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, list, _ := c.run("list"); code != exitOK || list != "" {
		t.Fatalf("list after rm: exit %d, %q", code, list)
	}
	trash := c.mustRun("list", "--trash")
	if !strings.HasPrefix(trash, id+" ") || !strings.Contains(trash, "nova") || !strings.HasSuffix(trash, "Front desk") {
		t.Fatalf("list --trash = %q", trash)
	}
	var listed []map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("list", "--trash", "--json")), &listed); err != nil || len(listed) != 1 ||
		listed[0]["key"] != id || listed[0]["id"] != id || listed[0]["name"] != "Front desk" || listed[0]["deleted"] == nil {
		t.Fatalf("list --trash --json = %v (%v)", listed, err)
	}

	code, stdout, stderr = c.run("restore", "Front desk")
	if code != exitOK || strings.TrimSpace(stdout) != id || !strings.Contains(stderr, "Restored") {
		t.Fatalf("restore: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if d := c.load(id); d.Name != "Front desk" {
		t.Errorf("restored %q", d.Name)
	}
	if code, _, stderr := c.run("list", "--trash"); code != exitOK || !strings.Contains(stderr, "trash is empty") {
		t.Errorf("list --trash after restore: exit %d, %q", code, stderr)
	}
}

func TestRestoreRefusesWhenTheIDIsTaken(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	kept, _ := os.ReadFile(c.path("drafts", id+".yaml"))
	c.mustRun("rm", id)
	// The same draft is put back by hand, then restore is asked for.
	c.writeFile("drafts/"+id+".yaml", string(kept))
	code, _, stderr := c.run("restore", id)
	if code != exitFailure || !strings.Contains(stderr, "Could not restore the draft") || !strings.Contains(stderr, "in the drafts folder already") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(c.mustRun("list", "--trash"), id) {
		t.Error("the trash lost the deleted version")
	}
}

func TestRenameNamesTheDraftAndItsAgent(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	code, stdout, stderr := c.run("rename", "Front desk", "Night line")
	if code != exitOK || stdout != "" || !strings.Contains(stderr, `Renamed "Front desk" to "Night line"`) {
		t.Fatalf("rename: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if d := c.load(id); d.Name != "Night line" || d.Agent.Identity.Name != "Night line" {
		t.Fatalf("draft %q, agent %q", d.Name, d.Agent.Identity.Name)
	}
}

func TestCopyIsNeverLinkedToTheOriginalsAgent(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	c.edit(id, func(d *agent.Draft) {
		d.SetRemote(agent.Remote{ID: "agent-1", AgentHash: agent.ContentHash(&d.Agent), PushedAt: time.Now()})
		d.SetRemoteFor("dasha", agent.DefaultEnv, agent.Remote{ID: "agent-2"})
	})
	code, stdout, stderr := c.run("copy", id, "Front desk copy")
	copyID := strings.TrimSpace(stdout)
	if code != exitOK || copyID == "" || copyID == id {
		t.Fatalf("copy: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	cp, orig := c.load(copyID), c.load(id)
	if cp.Name != "Front desk copy" || cp.Agent.Identity.Name != "Front desk copy" || len(cp.LinkedIDs()) != 0 || cp.Status() != agent.StatusNew {
		t.Errorf("copy %q (agent %q) linked to %v, status %s", cp.Name, cp.Agent.Identity.Name, cp.LinkedIDs(), cp.Status())
	}
	if orig.Name != "Front desk" || orig.Remote().ID != "agent-1" || orig.Status() != agent.StatusPushed {
		t.Errorf("the original changed: %q linked to %q, %s", orig.Name, orig.Remote().ID, orig.Status())
	}
}

func TestManageExitCodes(t *testing.T) {
	t.Parallel()
	checkExits(t, []exitCase{
		{"rm without a draft", []string{"rm"}, exitUsage, "rm needs DRAFT"},
		{"rm of no such draft", []string{"rm", "nosuch"}, exitFailure, "Could not find the draft to delete"},
		{"restore of nothing deleted", []string{"restore", "nosuch"}, exitFailure, "the trash holds no draft"},
		{"rename without a new name", []string{"rename", "nosuch"}, exitUsage, "rename needs NEW_NAME"},
		{"rename to a blank name", []string{"rename", "nosuch", " "}, exitUsage, "give the draft a new name"},
		{"rename of no such draft", []string{"rename", "nosuch", "x"}, exitFailure, "Could not find the draft to rename"},
		{"copy of no such draft", []string{"copy", "nosuch", "x"}, exitFailure, "Could not find the draft to copy"},
		{"copy with three arguments", []string{"copy", "a", "b", "c"}, exitUsage, "put a name with spaces in quotes"},
	})
}

func TestRmMovesADamagedDraft(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.writeFile("drafts/broken.yaml", "schema_version: 9\n")
	if code, _, stderr := c.run("rm", "broken"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if trash := c.mustRun("list", "--trash"); !strings.Contains(trash, "broken") || !strings.Contains(trash, "cannot be read") {
		t.Errorf("list --trash = %q", trash)
	}
}

// TestListHasAHeaderOnlyOnATerminal: a person reading the list gets column
// names; a script reading it through a pipe gets the rows alone.
func TestListHasAHeaderOnlyOnATerminal(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "nova")
	_, onTerm, _ := c.runOnTerminal("list")
	lines := strings.Split(strings.TrimSpace(onTerm), "\n")
	if len(lines) != 2 || strings.Join(strings.Fields(lines[0]), " ") != "ID STATUS PROVIDER LAST CHANGE NAME" || !strings.HasPrefix(lines[1], id) {
		t.Fatalf("on a terminal:\n%s", onTerm)
	}
	if piped := c.mustRun("list"); strings.Contains(piped, "STATUS") || !strings.HasPrefix(piped, id) {
		t.Fatalf("piped:\n%s", piped)
	}
	c.mustRun("rm", id)
	if _, trash, _ := c.runOnTerminal("list", "--trash"); !strings.HasPrefix(trash, "KEY") {
		t.Fatalf("the trash on a terminal:\n%s", trash)
	}
	if _, js, _ := c.runOnTerminal("list", "--json"); strings.TrimSpace(js) != "[]" {
		t.Fatalf("JSON on a terminal has no header: %q", js)
	}
}

// TestListShowsAPulledDraftAsPulled guards issue 16: a pulled draft that was
// never pushed was listed as "pushed".
func TestListShowsAPulledDraftAsPulled(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	remote := addFakeAgent(t, fake.AddAgent, "platform_workflow.json")
	id := c.mustRun("pull", "--provider", "elevenlabs", remote)
	var listed []map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("list", "--json")), &listed); err != nil || len(listed) != 1 {
		t.Fatalf("list --json: %v, %v", listed, err)
	}
	if listed[0]["id"] != id || listed[0]["status"] != "pulled" || listed[0]["remote_id"] != remote {
		t.Errorf("listed %v", listed[0])
	}
	if line := c.mustRun("list"); !strings.Contains(line, " pulled ") {
		t.Errorf("list = %q", line)
	}
}
