package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// Journeys of a draft whose agent changed elsewhere, and of pulling agents.

func TestTUIDriftDetectedWithThreeChoices(t *testing.T) {
	tests := []struct {
		name   string
		choice int // option of the drift question
		check  func(t *testing.T, c *cli, fake *elevenlabstest.Server, id, remote string, scr string)
	}{
		{"pull theirs keeps mine in a copy", 0, func(t *testing.T, c *cli, _ *elevenlabstest.Server, id, _ string, scr string) {
			d := c.load(id)
			if d.Agent.Identity.Name != "Renamed in the dashboard" || d.Agent.LLM.Prompt == "My unpushed prompt" {
				t.Errorf("the draft did not take theirs: %q / %q", d.Agent.Identity.Name, d.Agent.LLM.Prompt)
			}
			cp := draftNamed(t, c, "Front desk (local changes)")
			if cp.Agent.LLM.Prompt != "My unpushed prompt" || cp.Remote().ID != "" {
				t.Errorf("the copy holds %q, linked to %q", cp.Agent.LLM.Prompt, cp.Remote().ID)
			}
			if !strings.Contains(scr, "Nothing: the agent on ElevenLabs Agents already has what this draft holds") {
				t.Errorf("the review after the pull does not show the draft in step:\n%s", scr)
			}
		}},
		{"push mine overwrites theirs", 1, func(t *testing.T, c *cli, fake *elevenlabstest.Server, id, remote string, scr string) {
			if !strings.Contains(scr, "✓ Updated the agent") {
				t.Fatalf("the push did not go through:\n%s", scr)
			}
			a, _ := fake.Agent(remote)
			if a["name"] != "Front desk" || !strings.Contains(asJSON(a), "My unpushed prompt") {
				t.Errorf("the agent on the fake is not mine: %v", a["name"])
			}
		}},
		{"save mine as a copy, the draft takes theirs", 2, func(t *testing.T, c *cli, _ *elevenlabstest.Server, id, _ string, scr string) {
			if d := c.load(id); d.Agent.Identity.Name != "Renamed in the dashboard" {
				t.Errorf("the draft did not take theirs: %q", d.Agent.Identity.Name)
			}
			cp := draftNamed(t, c, "Front desk (my copy)")
			if cp.Agent.LLM.Prompt != "My unpushed prompt" || cp.Remote().ID != "" {
				t.Errorf("the copy holds %q, linked to %q", cp.Agent.LLM.Prompt, cp.Remote().ID)
			}
			if !strings.Contains(scr, "Front desk (my copy) · review") || !strings.Contains(scr, "Creates a new agent") {
				t.Errorf("the review does not go on with the copy:\n%s", scr)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, fake := elevenCLI(t)
			id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
			remote := c.mustRun("push", id)
			// Pushed before history existed: no version to merge on, so the
			// whole-side question is asked (a merge is tui_journey_merge_test.go).
			c.removeAll("drafts", ".history")
			c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "My unpushed prompt" })
			fake.Modify(remote, func(a map[string]any) { a["name"] = "Renamed in the dashboard" })
			j := startTUI(t, c)
			j.openDraft("Front desk")
			j.press(j.keys.Editor.Review)
			j.waitFor("“Front desk” was changed on ElevenLabs Agents", "Pull theirs", "Push mine over theirs", "Save mine as a copy")
			for range tt.choice {
				j.press(j.keys.Dialog.Next)
			}
			j.press(j.keys.Dialog.Confirm)
			var scr string
			if tt.choice == 1 {
				j.waitFor("Submit “Front desk” to ElevenLabs Agents?", "overwritten")
				j.press(j.keys.Dialog.Next)
				j.press(j.keys.Dialog.Confirm)
				scr = j.waitSubmitted()
			} else {
				scr = j.waitUntil("the review after the pull", func(s string) bool {
					return strings.Contains(s, "· review") && !strings.Contains(s, "Fetching") && !strings.Contains(s, "Pulling") &&
						!strings.Contains(s, "Saving your version")
				})
			}
			tt.check(t, c, fake, id, remote, scr)
			if ids := fake.AgentIDs(); len(ids) != 1 {
				t.Errorf("the fake holds %v", ids)
			}
		})
	}
}

// draftNamed loads the one draft called name.
func draftNamed(t *testing.T, c *cli, name string) agent.Draft {
	t.Helper()
	entries, err := c.store().List()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name == name {
			return c.load(e.ID)
		}
	}
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name)
	}
	t.Fatalf("no draft %q among %v", name, names)
	return agent.Draft{}
}

func TestTUIPullListsEveryPageThenOpensOrRefreshes(t *testing.T) {
	t.Parallel()
	c, fake := novaCLI(t)
	var remotes []string
	for _, name := range []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo"} {
		id := c.mustRun("new", name, "--provider", "nova")
		remotes = append(remotes, c.mustRun("push", id))
		// Only the pushed agents stay: the drafts go, as if made elsewhere.
		if err := c.store().Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	fake.SetPageSize(2)
	j := startTUI(t, c)
	j.waitFor("No drafts yet")
	j.press(j.keys.Drafts.Pull)
	j.waitFor("Which provider is the agent on?", "Nova")
	j.press(j.keys.Pull.Choose) // Nova is first
	scr := j.waitFor("5 agents on Nova")
	for _, r := range remotes {
		if !strings.Contains(scr, r) {
			t.Fatalf("agent %s is missing from the list:\n%s", r, scr)
		}
	}
	j.press(j.keys.Pull.Down)
	j.press(j.keys.Pull.Choose)
	j.waitFor("Bravo · Nova", "Made the draft “Bravo” from Nova.")
	d := draftNamed(t, c, "Bravo")
	if d.Remote().ID != remotes[1] || d.Status() != agent.StatusPulled {
		t.Fatalf("the pulled draft is linked to %q with status %s", d.Remote().ID, d.Status())
	}
	// Pulling it again refreshes the same draft, after a confirmation.
	c.edit(d.ID, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Mine, not pushed" })
	j.press(j.keys.Global.Back)
	j.waitFor("agentdeck › Drafts", "Bravo")
	j.press(j.keys.Drafts.Pull)
	j.press(j.keys.Pull.Choose)
	scr = j.waitFor("5 agents on Nova")
	if !strings.Contains(lineOf(scr, remotes[1]), "Bravo") {
		t.Fatalf("the list does not show the draft linked to %s:\n%s", remotes[1], scr)
	}
	j.press(j.keys.Pull.Down)
	j.press(j.keys.Pull.Choose)
	j.waitFor("Refresh “Bravo” from Nova?")
	j.press(j.keys.Dialog.Next)
	j.press(j.keys.Dialog.Confirm)
	j.waitFor("Bravo · Nova", "Refreshed “Bravo” from Nova.")
	if got := c.load(d.ID); got.Agent.LLM.Prompt == "Mine, not pushed" || got.Status() != agent.StatusPulled {
		t.Fatalf("the draft was not refreshed: %q, %s", got.Agent.LLM.Prompt, got.Status())
	}
	if cp := draftNamed(t, c, "Bravo (local changes)"); cp.Agent.LLM.Prompt != "Mine, not pushed" {
		t.Fatalf("the unpushed change is not in the copy: %q", cp.Agent.LLM.Prompt)
	}
	if entries, _ := c.store().List(); len(entries) != 2 {
		t.Fatalf("%d drafts, want the pulled one and its copy", len(entries))
	}
}

func lineOf(screen, text string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}
