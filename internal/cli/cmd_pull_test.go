package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func addFakeAgent(t *testing.T, add func(map[string]any) string, file string) string {
	t.Helper()
	raw, err := os.ReadFile(elevenDoc(file))
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&body); err != nil {
		t.Fatal(err)
	}
	return add(body)
}

func TestPullMakesThenRefreshesADraft(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	remote := addFakeAgent(t, fake.AddAgent, "platform_workflow.json")
	code, stdout, stderr := c.run("pull", "--provider", "elevenlabs", remote)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	id := strings.TrimSpace(stdout)
	d := c.load(id)
	if d.Name != "Harbour Dental front desk" || d.Remote().ID != remote || d.Status() != agent.StatusPulled {
		t.Errorf("draft %q linked to %q, status %s", d.Name, d.Remote().ID, d.Status())
	}
	if strings.Contains(d.Native(), "hd_live_7f3a9c1e5b2d") || strings.Contains(stdout+stderr, "hd_live_7f3a9c1e5b2d") {
		t.Error("a secret reached the draft or the output")
	}
	// Pulling again refreshes the same draft.
	fake.Modify(remote, func(a map[string]any) { a["name"] = "Harbour Dental (new name)" })
	if again := c.mustRun("pull", "--provider", "elevenlabs", remote); again != id {
		t.Errorf("second pull made draft %s, want the linked %s", again, id)
	}
	if d := c.load(id); d.Agent.Identity.Name != "Harbour Dental (new name)" || d.Name != "Harbour Dental front desk" {
		t.Errorf("refreshed agent name %q, draft name %q", d.Agent.Identity.Name, d.Name)
	}
	// Local changes that were never pushed are kept in a copy.
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "my unpushed prompt" })
	code, _, stderr = c.run("pull", "--provider", "elevenlabs", remote)
	if code != exitOK || !strings.Contains(stderr, "they are kept in the copy") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	list := c.mustRun("list", "--json")
	var drafts []struct{ ID, Name string }
	if err := json.Unmarshal([]byte(list), &drafts); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range drafts {
		if e.ID != id && strings.HasSuffix(e.Name, "(local changes)") && c.load(e.ID).Agent.LLM.Prompt == "my unpushed prompt" {
			found = true
		}
	}
	if !found || c.load(id).Agent.LLM.Prompt == "my unpushed prompt" {
		t.Errorf("the unpushed change is not in a copy, or the draft was not refreshed: %s", list)
	}
}

func TestPullThenPushChangesNothing(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	remote := addFakeAgent(t, fake.AddAgent, "all_builtins.json")
	before, _ := fake.Agent(remote)
	id := c.mustRun("pull", "--provider", "elevenlabs", remote)
	c.mustRun("push", id)
	after, _ := fake.Agent(remote)
	for _, k := range []string{"conversation_config", "platform_settings", "name", "tags"} {
		b, _ := json.Marshal(before[k])
		a, _ := json.Marshal(after[k])
		if string(a) != string(b) {
			t.Errorf("%s changed by a pull and push with no edits:\nbefore %s\nafter  %s", k, b, a)
		}
	}
}

func TestPullUnknownAgent(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	code, stdout, stderr := c.run("pull", "--provider", "elevenlabs", "agent_missing")
	if code != exitFailure || stdout != "" || firstLine(stderr) != "agentdeck: ElevenLabs Agents has no such agent." {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, _ := c.run("pull", "agent_missing"); code != exitUsage {
		t.Errorf("pull without --provider exited %d", code)
	}
}

func TestDiffShowsWhatAPushWouldChange(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	code, _, stderr := c.run("diff", id)
	if code != exitFailure || !strings.Contains(firstLine(stderr), "has not been pushed yet") {
		t.Errorf("diff before a push: exit %d, %q", code, stderr)
	}
	remote := c.mustRun("push", id)
	code, stdout, stderr := c.run("diff", id)
	if code != exitOK || stdout != "" || !strings.Contains(stderr, "are the same") {
		t.Errorf("right after a push: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(1.1) })
	fake.Modify(remote, func(a map[string]any) {
		a["conversation_config"].(map[string]any)["agent"].(map[string]any)["first_message"] = "Changed in the dashboard"
	})
	code, stdout, stderr = c.run("diff", id)
	want := "Voice › Speed: (not set) → 1.1\n" +
		"Greeting & goodbye › Greeting: Changed in the dashboard → Good day, thank you for calling. How can I help?\n"
	if code != exitOK || !sameLines(stdout, want) {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s", code, stdout, want)
	}
	if !strings.Contains(stderr, "changed on ElevenLabs Agents since the last push") {
		t.Errorf("stderr does not warn about the change elsewhere: %q", stderr)
	}
}

func sameLines(a, b string) bool {
	la, lb := strings.Split(strings.TrimSpace(a), "\n"), strings.Split(strings.TrimSpace(b), "\n")
	if len(la) != len(lb) {
		return false
	}
	seen := map[string]int{}
	for _, l := range la {
		seen[l]++
	}
	for _, l := range lb {
		if seen[l] == 0 {
			return false
		}
		seen[l]--
	}
	return true
}

// Regression: every read of an agent with secret headers makes new secret
// references, which made diff report differences and changes elsewhere
// that were not there.
func TestDiffOfAPulledAgentWithSecretsIsClean(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	remote := addFakeAgent(t, fake.AddAgent, "webhook_tools.json")
	id := c.mustRun("pull", "--provider", "elevenlabs", remote)
	code, stdout, stderr := c.run("diff", id)
	if code != exitOK || stdout != "" || strings.Contains(stderr, "changed on") || !strings.Contains(stderr, "are the same") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// A draft switched to another provider keeps its link to the agent it came
// from: pulling that agent again refreshes the same draft (back on the
// agent's provider) instead of making a second draft linked to it.
func TestPullRefreshesADraftSwitchedToAnotherProvider(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	remote := addFakeAgent(t, fake.AddAgent, "platform_workflow.json")
	id := strings.TrimSpace(c.mustRun("pull", "--provider", "elevenlabs", remote))
	c.edit(id, func(d *agent.Draft) { d.Provider = "dasha" })
	if again := c.mustRun("pull", "--provider", "elevenlabs", remote); again != id {
		t.Fatalf("the pull made draft %s, want the linked %s", again, id)
	}
	d := c.load(id)
	if d.Provider != "elevenlabs" || d.Remote().ID != remote || d.Status() != agent.StatusPulled {
		t.Fatalf("draft for %s linked to %q, status %s", d.Provider, d.Remote().ID, d.Status())
	}
	var drafts []struct{ ID string }
	if err := json.Unmarshal([]byte(c.mustRun("list", "--json")), &drafts); err != nil || len(drafts) != 1 {
		t.Fatalf("drafts %v (%v), want only %s", drafts, err, id)
	}
}
