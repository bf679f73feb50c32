package cli

import (
	"strings"
	"testing"
)

// TestAMissingDraftIsToldOnceWithWhatToDo runs the commands that take a
// draft with a name no draft has: the error says it once and points at
// agentdeck list, not the same sentence again in other words.
func TestAMissingDraftIsToldOnceWithWhatToDo(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	for _, args := range [][]string{{"push", "Nobody"}, {"history", "Nobody"}, {"test", "Nobody"}, {"validate", "Nobody"}} {
		code, _, errOut := c.run(args...)
		if code != exitFailure {
			t.Errorf("%s: exit %d", args[0], code)
		}
		if !strings.Contains(errOut, `There is no draft "Nobody".`) || !strings.Contains(errOut, "agentdeck list") {
			t.Errorf("%s does not say what to do:\n%s", args[0], errOut)
		}
		if strings.Contains(errOut, "no draft has") || strings.Contains(errOut, "not found") {
			t.Errorf("%s says it twice:\n%s", args[0], errOut)
		}
	}
}
