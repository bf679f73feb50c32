package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// A fake of each provider, with a way to rename a stored agent as someone
// in its dashboard would.
type driftFake struct {
	provider string
	template string
	start    func(t *testing.T) (c *cli, rename func(remoteID, name string))
}

var driftFakes = []driftFake{
	{"elevenlabs", "receptionist", func(t *testing.T) (*cli, func(string, string)) {
		c, fake := elevenCLI(t)
		return c, func(id, name string) { fake.Modify(id, func(a map[string]any) { a["name"] = name }) }
	}},
	{"nova", "receptionist", func(t *testing.T) (*cli, func(string, string)) {
		c, fake := novaCLI(t)
		return c, func(id, name string) { fake.Modify(id, func(a map[string]any) { a["name"] = name }) }
	}},
	{"trillet", "receptionist", func(t *testing.T) (*cli, func(string, string)) {
		c, fake := trilletCLI(t)
		return c, func(id, name string) { fake.Modify(id, func(a map[string]any) { a["name"] = name }) }
	}},
	{"dasha", "receptionist", func(t *testing.T) (*cli, func(string, string)) {
		c, fake := dashaCLI(t)
		return c, func(id, name string) { fake.Edit(id, "name", name) }
	}},
}

// pushedDraft makes a draft on f's fake, pushes it and returns its id and
// its agent's id.
func pushedDraft(t *testing.T, f driftFake) (c *cli, rename func(string, string), id, remote string) {
	t.Helper()
	c, rename = f.start(t)
	id = c.mustRun("new", "Front desk", "--provider", f.provider, "--template", f.template)
	remote = c.mustRun("push", id)
	return c, rename, id, remote
}

// inStep fails unless a diff finds the draft's name and prompt as its
// agent holds them, and the agent unchanged elsewhere since the push.
// (Other lines are defaults a provider fills in, which a diff shows.)
func inStep(t *testing.T, c *cli, id string) {
	t.Helper()
	code, stdout, stderr := c.run("diff", id)
	if code != exitOK || strings.Contains(stdout, "Name:") || strings.Contains(stdout, "Prompt:") || strings.Contains(stderr, "changed on") {
		t.Errorf("the draft and its agent differ (exit %d):\n%s%s", code, stdout, stderr)
	}
}

func TestPushMergesChangesMadeElsewhere(t *testing.T) {
	for _, f := range driftFakes {
		t.Run(f.provider, func(t *testing.T) {
			t.Parallel()
			t.Run("changed only there is taken, changed only here is kept", func(t *testing.T) {
				c, rename, id, remote := pushedDraft(t, f)
				c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Greet callers by name, then help them." })
				rename(remote, "Renamed in the dashboard")
				code, _, stderr := c.run("push", id)
				if code != exitOK {
					t.Fatalf("push exited %d:\n%s", code, stderr)
				}
				if !strings.Contains(stderr, "Kept 1 setting changed on") || !strings.Contains(stderr, "Name") {
					t.Errorf("push does not say what it kept of theirs:\n%s", stderr)
				}
				d := c.load(id)
				if d.Agent.Identity.Name != "Renamed in the dashboard" || d.Agent.LLM.Prompt != "Greet callers by name, then help them." {
					t.Errorf("merged draft: name %q, prompt %q", d.Agent.Identity.Name, d.Agent.LLM.Prompt)
				}
				inStep(t, c, id)
				if vs := c.versions(id); len(vs) != 2 || !strings.Contains(string(vs[1].Sent), "Renamed in the dashboard") {
					t.Errorf("history does not hold the merged body: %d versions", len(vs))
				}
			})
			t.Run("changed alike on both sides is fine", func(t *testing.T) {
				c, rename, id, remote := pushedDraft(t, f)
				c.edit(id, func(d *agent.Draft) { d.Rename("Same new name") })
				rename(remote, "Same new name")
				c.mustRun("push", id)
				inStep(t, c, id)
			})
			t.Run("changed differently is a conflict; --ours and --theirs settle it", func(t *testing.T) {
				c, rename, id, remote := pushedDraft(t, f)
				c.edit(id, func(d *agent.Draft) { d.Rename("Mine") })
				rename(remote, "Theirs")
				before := c.load(id)
				code, stdout, stderr := c.run("push", id)
				if code != exitFailure || stdout != "" {
					t.Fatalf("push exited %d, printed %q", code, stdout)
				}
				for _, want := range []string{"nothing was sent", "Name: yours Mine, theirs Theirs", "--ours", "--theirs"} {
					if !strings.Contains(stderr, want) {
						t.Errorf("the refusal lacks %q:\n%s", want, stderr)
					}
				}
				if after := c.load(id); after.Revision != before.Revision || after.Agent.Identity.Name != "Mine" {
					t.Errorf("a refused merge changed the draft: revision %d → %d", before.Revision, after.Revision)
				}
				if vs := c.versions(id); len(vs) != 1 {
					t.Errorf("a refused merge kept a version: %d", len(vs))
				}
				c.mustRun("push", id, "--theirs")
				if d := c.load(id); d.Agent.Identity.Name != "Theirs" || d.Name != "Theirs" {
					t.Errorf("--theirs left the name %q, the draft's %q", d.Agent.Identity.Name, d.Name)
				}
				inStep(t, c, id)
				c.edit(id, func(d *agent.Draft) { d.Rename("Mine again") })
				rename(remote, "Theirs again")
				c.mustRun("push", id, "--ours")
				if d := c.load(id); d.Agent.Identity.Name != "Mine again" {
					t.Errorf("--ours left the name %q", d.Agent.Identity.Name)
				}
				inStep(t, c, id)
			})
			t.Run("no pushed version to merge on: both sides shown, one chosen", func(t *testing.T) {
				c, rename, id, remote := pushedDraft(t, f)
				c.removeAll("drafts", ".history")
				c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Mine only." })
				rename(remote, "Theirs only")
				code, _, stderr := c.run("push", id)
				if code != exitFailure || !strings.Contains(stderr, "no pushed version to merge on") || !strings.Contains(stderr, "Theirs only") ||
					!strings.Contains(stderr, "Theirs only → Front desk") {
					t.Fatalf("push exited %d:\n%s", code, stderr)
				}
				c.mustRun("push", id, "--ours")
				if d := c.load(id); d.Agent.Identity.Name != "Front desk" || d.Agent.LLM.Prompt != "Mine only." {
					t.Errorf("--ours did not push mine: %q", d.Agent.Identity.Name)
				}
				inStep(t, c, id)
				// From this push on it has a base: the next drift merges.
				rename(remote, "Theirs later")
				c.mustRun("push", id)
				if d := c.load(id); d.Agent.Identity.Name != "Theirs later" {
					t.Errorf("the push after did not merge: %q", d.Agent.Identity.Name)
				}
			})
		})
	}
}

// versions reads a draft's history.
func (c *cli) versions(id string) []agent.Version {
	c.t.Helper()
	vs, err := c.store().Versions(id)
	if err != nil {
		c.t.Fatal(err)
	}
	return vs
}

// Settings agentdeck does not model merge on the provider's own document:
// one changed only in the dashboard survives the next push, and one
// changed on both sides is a conflict like any other.
func TestPushMergesSettingsAgentdeckDoesNotModel(t *testing.T) {
	t.Parallel()
	// Which scope each data-collection item has: a free-form map agentdeck
	// keeps in the provider's document and does not edit.
	scopes := func(a map[string]any) map[string]any {
		ps, _ := a["platform_settings"].(map[string]any)
		m, _ := ps["data_collection_scopes"].(map[string]any)
		return m
	}
	setScopes := func(m map[string]any) func(a map[string]any) {
		return func(a map[string]any) { a["platform_settings"].(map[string]any)["data_collection_scopes"] = m }
	}
	c, fake := elevenCLI(t)
	id := c.mustRun("import", elevenDoc("cli_config.json"), "--provider", "elevenlabs")
	remote := c.mustRun("push", id)
	fake.Modify(remote, setScopes(map[string]any{"city": "agent"}))
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Mine." })
	c.mustRun("push", id)
	if a, _ := fake.Agent(remote); scopes(a)["city"] != "agent" {
		t.Errorf("the push overwrote the dashboard's data-collection scopes with %v", scopes(a))
	}

	fake.Modify(remote, setScopes(map[string]any{"city": "agent", "zip": "agent"}))
	c.edit(id, func(d *agent.Draft) {
		var doc map[string]any
		if err := json.Unmarshal([]byte(d.Native()), &doc); err != nil {
			t.Fatal(err)
		}
		doc["platform_settings"].(map[string]any)["data_collection_scopes"] = map[string]any{"city": "agent", "zip": "conversation"}
		raw, _ := json.Marshal(doc)
		d.SetNative(string(raw))
	})
	code, _, stderr := c.run("push", id)
	if code != exitFailure || !strings.Contains(stderr, "zip: yours conversation, theirs agent") {
		t.Fatalf("push exited %d:\n%s", code, stderr)
	}
	c.mustRun("push", id, "--ours")
	if a, _ := fake.Agent(remote); scopes(a)["zip"] != "conversation" {
		t.Errorf("--ours sent the scopes %v", scopes(a))
	}
}

// Tools merge by name through a real provider's document: one tool changed
// in the dashboard, another in the draft, the list reordered there.
func TestPushMergesToolsByName(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("import", elevenDoc("webhook_tools.json"), "--provider", "elevenlabs")
	remote := c.mustRun("push", id)
	n := len(c.load(id).Agent.Tools)
	fake.Modify(remote, func(a map[string]any) {
		prompt := a["conversation_config"].(map[string]any)["agent"].(map[string]any)["prompt"].(map[string]any)
		tools := prompt["tools"].([]any)
		for _, tool := range tools {
			if m := tool.(map[string]any); m["name"] == "create_return" {
				m["description"] = "Opens a return, changed in the dashboard."
			}
		}
		tools[0], tools[len(tools)-1] = tools[len(tools)-1], tools[0]
	})
	c.edit(id, func(d *agent.Draft) {
		for i := range d.Agent.Tools {
			if d.Agent.Tools[i].Name == "get_order" {
				d.Agent.Tools[i].Description = "Looks up an order, changed in the draft."
			}
		}
	})
	code, _, stderr := c.run("push", id)
	if code != exitOK {
		t.Fatalf("push exited %d:\n%s", code, stderr)
	}
	got := map[string]string{}
	for _, tool := range c.load(id).Agent.Tools {
		got[tool.Name] = tool.Description
	}
	if got["get_order"] != "Looks up an order, changed in the draft." || got["create_return"] != "Opens a return, changed in the dashboard." || len(got) != n {
		t.Errorf("merged tools: %v", got)
	}
}
