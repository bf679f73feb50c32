package cli

import (
	"strings"
	"testing"
)

// Regression (issue 13, point 2): switching a pushed Dasha draft to
// ElevenLabs and back cut its link and blanked its native document, so the
// next submit made a second Dasha agent without the settings agentdeck
// does not model. Each provider now keeps its own link and document.
func TestTUISwitchingProviderAndBackKeepsTheLink(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "import", dashaDoc("unknown_fields.json"), "--provider", "dasha", "--name", "Concierge")
	remote := dashaRun(t, c, "push", id)
	j := startTUI(t, c)
	j.openDraft("Concierge")
	for _, to := range []string{"ElevenLabs Agents", "Dasha BlackBox"} {
		j.press(j.keys.Editor.Provider)
		j.waitFor("ElevenLabs", "Nova")
		// The other providers are listed in the registry's order: Nova,
		// Trillet, then ElevenLabs (from Dasha) or Dasha (from ElevenLabs).
		j.press(j.keys.Dialog.Next)
		j.press(j.keys.Dialog.Next)
		j.press(j.keys.Dialog.Confirm)
		j.waitFor("Switch to " + to + "?")
		j.press(j.keys.Dialog.Next)
		j.press(j.keys.Dialog.Confirm)
		j.waitFor("Switched from")
	}
	if d := c.load(id); d.Provider != "dasha" || d.Remote().ID != remote || d.Native() == "" {
		t.Fatalf("after switching back: provider %s, linked to %q, native %d bytes", d.Provider, d.Remote().ID, len(d.Native()))
	}
	scr := j.review()
	if !strings.Contains(scr, remote) {
		t.Fatalf("the review does not update agent %s:\n%s", remote, scr)
	}
	j.confirmSubmit("Dasha BlackBox")
	scr = j.waitSubmitted()
	if !strings.Contains(scr, "✓ Updated the agent") || len(fake.AgentIDs()) != 1 {
		t.Fatalf("want agent %s updated, agents %v:\n%s", remote, fake.AgentIDs(), scr)
	}
	puts := fake.Bodies("update")
	if len(puts) != 1 {
		t.Fatalf("%d updates", len(puts))
	}
	// Settings agentdeck does not model still go out in Dasha's full PUT.
	for _, want := range []string{`"labels"`, `"responsiveness"`, `"speedAdjustment"`, `"anthropic_beta"`} {
		if !strings.Contains(string(puts[0]), want) {
			t.Errorf("the PUT lost %s", want)
		}
	}
}
