package journeys

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

// TestAccessibleReviewSubmitPullThroughTheBinary answers the real binary's
// --accessible questions from a script against a fake Nova on 127.0.0.1:
// review (the exact requests, the key masked), submit with its steps and
// the agent's id, then pull the agent back by typing its id, which
// refreshes the draft linked to it.
func TestAccessibleReviewSubmitPullThroughTheBinary(t *testing.T) {
	n := newNovaDesk(t) // skipped in -short: it builds the binary
	plain := func(script string) string {
		t.Helper()
		c := exec.CommandContext(t.Context(), n.bin, "--accessible")
		c.Env = append(os.Environ(), n.env...)
		c.Stdin = strings.NewReader(script)
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("agentdeck --accessible: %v\n%s", err, out)
		}
		if strings.Contains(string(out), "\x1b") || strings.Contains(string(out), novaKey) {
			t.Fatalf("the plain output carries escapes or the key:\n%q", out)
		}
		return string(out)
	}
	// Open the draft, "Review and submit" (16), submit.
	out := plain("1\n16\n2\n")
	for _, want := range []string{
		"Review of “Front desk” for Nova.",
		"Request 1 of 2: create the agent. POST " + n.fake.BaseURL + "/org/" + novatest.Org + "/agents",
		"Now: create the agent…", "Now: send the rest of the settings…", "Done. Created the agent on Nova. Agent id: ",
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("the session never said %q:\n%s", want, out)
		}
	}
	ids := n.fake.IDs()
	if len(ids) != 1 || !strings.Contains(out, "Agent id: "+ids[0]) {
		t.Fatalf("want one agent on the fake, its id said; the fake holds %v:\n%s", ids, out)
	}
	raw, err := os.ReadFile(n.file())
	if err != nil || !strings.Contains(string(raw), "id: "+ids[0]) {
		t.Fatalf("the draft file does not record %s (%v)", ids[0], err)
	}
	// Pull (3, after the draft and "Make a new draft"), Nova (1), the agent by its id, refresh the linked draft.
	out = plain("3\n1\n" + ids[0] + "\n2\n")
	for _, want := range []string{"Nova has 1 agent.", "linked to the draft “Front desk”", "Refreshed “Front desk” from Nova."} {
		if !strings.Contains(out, want) {
			t.Fatalf("the pull never said %q:\n%s", want, out)
		}
	}
}
