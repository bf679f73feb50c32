package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
)

// historyFiles reads every file of a draft's history.
func historyFiles(t *testing.T, c *cli, id string) []string {
	t.Helper()
	paths, _ := filepath.Glob(c.path("drafts", ".history", id, "*"))
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		out = append(out, readFile(t, p))
	}
	return out
}

// twoPushes pulls a Dasha agent whose webhook carries keys, pushes it,
// changes its prompt and pushes again.
func twoPushes(t *testing.T) (c *cli, fake *dashatest.Fake, id, remote string) {
	t.Helper()
	c, fake, remote, id = dashaPulled(t, []byte(clitest.DashaAgentWithKeys))
	dashaRun(t, c, "push", id)
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Be brief." })
	dashaRun(t, c, "push", id)
	return c, fake, id, remote
}

func TestHistoryKeepsEveryPushWithSecretsAsReferences(t *testing.T) {
	t.Parallel()
	c, _, id, remote := twoPushes(t)

	files := historyFiles(t, c, id)
	if len(files) != 2 {
		t.Fatalf("%d history files, want 2", len(files))
	}
	for _, f := range files {
		if strings.Contains(f, "FAKE-SECRET") {
			t.Errorf("a history file holds a secret value:\n%s", f)
		}
		if !strings.Contains(f, "secret:") || !strings.Contains(f, `"read_back"`) || !strings.Contains(f, `"environment": "default"`) {
			t.Errorf("a history file lacks the references, the read-back or the environment:\n%s", f)
		}
	}
	out := dashaRun(t, c, "history", id)
	if !strings.Contains(out, "Version 1") || !strings.Contains(out, "Version 2") || !strings.Contains(out, "Prompt: Be kind. → Be brief.") {
		t.Errorf("history:\n%s", out)
	}
	if strings.Contains(out, "llm.prompt") || strings.Contains(out, "llmConfig") {
		t.Errorf("history shows wire names:\n%s", out)
	}
	var entries []struct {
		Version  int      `json:"version"`
		Time     string   `json:"time"`
		Provider string   `json:"provider"`
		AgentID  string   `json:"agent_id"`
		Changed  []string `json:"changed"`
	}
	if err := json.Unmarshal([]byte(dashaRun(t, c, "history", id, "--json")), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[1].Version != 2 || entries[1].Provider != "dasha" || entries[1].AgentID != remote ||
		entries[1].Time == "" || len(entries[1].Changed) != 1 || !strings.Contains(entries[1].Changed[0], "Prompt") {
		t.Errorf("history --json: %+v", entries)
	}

	// History is no draft: list shows one; a delete and restore keeps it.
	if list := dashaRun(t, c, "list", "--json"); strings.Count(list, `"id"`) != 1 {
		t.Errorf("list shows more than the draft:\n%s", list)
	}
	dashaRun(t, c, "rm", id)
	dashaRun(t, c, "restore", id)
	if got := dashaRun(t, c, "history", id); !strings.Contains(got, "Version 2") {
		t.Errorf("history after rm and restore:\n%s", got)
	}
}

func TestRollbackBringsBackAVersionWithItsSecrets(t *testing.T) {
	t.Parallel()
	c, fake, id, _ := twoPushes(t)

	before := c.load(id)
	code, stdout, stderr := c.run("rollback", id, "1", "--dry-run")
	if code != exitOK || !strings.Contains(stdout, "Prompt: Be brief. → Be kind.") || !strings.Contains(stderr, "nothing was changed") {
		t.Fatalf("rollback --dry-run exited %d:\n%s%s", code, stdout, stderr)
	}
	if after := c.load(id); after.Revision != before.Revision {
		t.Errorf("--dry-run saved the draft")
	}
	dashaRun(t, c, "rollback", id, "1")
	d := c.load(id)
	if d.Agent.LLM.Prompt != "Be kind." || d.Revision != before.Revision+1 || d.Status() != agent.StatusChanged {
		t.Errorf("after rollback: prompt %q, revision %d, status %s", d.Agent.LLM.Prompt, d.Revision, d.Status())
	}
	dashaRun(t, c, "push", id)
	bodies := fake.Bodies("update")
	last := string(bodies[len(bodies)-1])
	if !strings.Contains(last, "Be kind.") || !strings.Contains(last, "VICTIM-FAKE-SECRET-3") || !strings.Contains(last, "PW-FAKE-SECRET-1") {
		t.Errorf("the push after the rollback did not send version 1 with its secrets: %s", last)
	}
	if code, _, stderr := c.run("rollback", id, "9"); code != exitFailure || !strings.Contains(stderr, "no version 9") {
		t.Errorf("rollback to a missing version exited %d:\n%s", code, stderr)
	}
	if code, _, _ := c.run("rollback", id, "latest"); code != exitUsage {
		t.Errorf("rollback to a word exited %d", code)
	}
}

func TestHistoryKeepsTheSetNumberOfVersions(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	c.writeFile("settings.yaml", "history:\n  keep: 2\n")
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	for _, prompt := range []string{"one", "two", "three"} {
		c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = prompt })
		c.mustRun("push", id)
	}
	vs := c.versions(id)
	if len(vs) != 2 || vs[0].Version != 2 || vs[1].Version != 3 {
		t.Errorf("kept versions: %+v", vs)
	}
}
