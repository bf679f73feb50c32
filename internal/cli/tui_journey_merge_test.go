package cli

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Journeys of a three-way merge and of a draft's history in the TUI.

func TestTUIMergeAsksOnlyAboutSettingsChangedOnBothSides(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	remote := c.mustRun("push", id)
	c.edit(id, func(d *agent.Draft) {
		d.Agent.LLM.Prompt = "My unpushed prompt"
		d.Agent.Identity.Description = "Mine"
		d.Rename("My name")
	})
	fake.Modify(remote, func(a map[string]any) {
		a["name"] = "Their name"
		a["tags"] = []any{"dashboard"}
		a["conversation_config"].(map[string]any)["agent"].(map[string]any)["prompt"].(map[string]any)["prompt"] = "Their prompt"
	})
	j := startTUI(t, c)
	j.openDraft("My name")
	j.press(j.keys.Editor.Review)
	scr := j.waitFor("Name was changed here and on ElevenLabs", "Yours:  My name", "Theirs: Their name", "Setting 1 of 2", "Keep yours", "Take theirs")
	if strings.Contains(scr, "Pull theirs") || strings.Contains(scr, "dashboard") {
		t.Errorf("the merge asks about more than the conflicts:\n%s", scr)
	}
	j.press(j.keys.Dialog.Confirm) // keep yours
	j.waitFor("Prompt was changed here and on ElevenLabs", "Yours:  My unpushed prompt", "Theirs: Their prompt", "Setting 2 of 2")
	j.press(j.keys.Dialog.Next) // take theirs
	j.press(j.keys.Dialog.Confirm)
	j.waitFor("Submit “My name” to ElevenLabs Agents?", "is kept.", "your choices.")
	j.press(j.keys.Dialog.Next)
	j.press(j.keys.Dialog.Confirm)
	if scr := j.waitSubmitted(); !strings.Contains(scr, "✓ Updated") {
		t.Fatalf("the submit failed:\n%s", scr)
	}
	d := c.load(id)
	if d.Agent.Identity.Name != "My name" || d.Agent.LLM.Prompt != "Their prompt" || d.Agent.Identity.Description != "Mine" ||
		strings.Join(d.Agent.Identity.Tags, ",") != "dashboard" {
		t.Errorf("merged draft: name %q, prompt %q, description %q, tags %v", d.Agent.Identity.Name, d.Agent.LLM.Prompt,
			d.Agent.Identity.Description, d.Agent.Identity.Tags)
	}
	if len(c.versions(id)) != 2 {
		t.Errorf("the TUI's submit kept no version")
	}
}

func TestTUIHistoryShowsVersionsAndRestoresOne(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "First prompt" })
	c.mustRun("push", id)
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Second prompt" })
	c.mustRun("push", id)
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.press(j.keys.Editor.History)
	j.waitFor("Front desk · history", "2 versions kept", "Version 2", "Version 1", "Version 2 is what the draft holds now.")
	j.press(j.keys.History.Down)
	j.waitFor("Restoring version 1 changes:", "Prompt: Second prompt → First prompt")
	j.press(j.keys.History.Restore)
	j.waitFor("Restore version 1 of “Front desk”?", "Nothing")
	j.press(j.keys.Dialog.Next)
	j.press(j.keys.Dialog.Confirm)
	j.waitFor("The draft now holds what version 1 sent", "Basics")
	j.waitUntil("the restored draft saved", func(string) bool { return c.load(id).Agent.LLM.Prompt == "First prompt" })
}
