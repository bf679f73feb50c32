package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestTUITryItTalksToThePushedAgent runs "Try it" in the real program over
// the App main builds: the real ElevenLabs client against the fake, and
// the test ids remembered in the home folder.
func TestTUITryItTalksToThePushedAgent(t *testing.T) {
	t.Parallel()
	c, fake, _ := pushedEleven(t)
	j := startTUI(t, c)
	j.waitFor("Front desk", "pushed")
	j.press(j.keys.Drafts.Try)
	j.waitFor("A text conversation with", "Caller:")
	for _, r := range "Are you open?" {
		j.sendOnly(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	j.press(j.keys.Try.Send)
	s := j.waitFor("Agent:  Thanks for calling. You said: Are you open?", "Calls made to ElevenLabs Agents")
	if !strings.Contains(s, "run-tests") {
		t.Errorf("the calls are not listed:\n%s", s)
	}
	if len(fake.Calls("update")) != 0 || len(fake.Tests()) != 1 {
		t.Errorf("Try it changed the agent or made more than one test")
	}
	if _, err := os.Stat(filepath.Join(c.env["AGENTDECK_HOME"], "provider-tests.json")); err != nil {
		t.Errorf("the test's id was not remembered: %v", err)
	}
}
