package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/charmbracelet/x/ansi"
)

// runOnTerminalOf runs agentdeck as if its stdout were a terminal width
// columns wide.
func (c *cli) runOnTerminalOf(width int, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	a := newApp(devVersion, &out, &errOut, func(k string) string { return c.env[k] })
	a.stdoutIsTerminal = func() bool { return true }
	a.stdoutWidth = func() int { return width }
	code := a.execute(context.Background(), args)
	return code, out.String(), errOut.String()
}

// TestFieldsFitANarrowTerminal: ElevenLabs' table is far wider than 80
// columns; on an 80-column terminal every line fits, each setting is a
// paragraph, and the longest provider path is all there, broken after its
// dots. Piped, and on a terminal wide enough, it stays the one-line table.
func TestFieldsFitANarrowTerminal(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	var rows []agent.FieldRow
	if err := json.Unmarshal([]byte(c.mustRun("fields", "--provider", "elevenlabs", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	longest := ""
	for _, r := range rows {
		if !strings.Contains(r.ProviderPath, ", ") && len(r.ProviderPath) > len(longest) {
			longest = r.ProviderPath
		}
	}
	if len(longest) <= 80 {
		t.Fatalf("the longest provider path (%q) no longer needs breaking; pick a narrower terminal", longest)
	}

	code, out, errOut := c.runOnTerminalOf(80, "fields", "--provider", "elevenlabs")
	if code != exitOK {
		t.Fatalf("fields: exit %d, %s", code, errOut)
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("a line is wider than the terminal:\n%s", l)
		}
	}
	if strings.Contains(out, "DRAFT PATH") || !strings.HasPrefix(out, "identity.name\n  provider path     name\n") {
		t.Fatalf("not one paragraph a setting:\n%.600s", out)
	}
	joined := strings.ReplaceAll(out, "\n"+strings.Repeat(" ", 20), "")
	if !strings.Contains(joined, "  provider path     "+longest+"\n") {
		t.Fatalf("%q is not all there:\n%.2000s", longest, out[max(strings.Index(out, longest[:40])-200, 0):])
	}

	piped := c.mustRun("fields", "--provider", "elevenlabs")
	wide := func(s string) bool { return strings.HasPrefix(s, "DRAFT PATH") && strings.Contains(s, " "+longest+" ") }
	if !wide(piped) {
		t.Fatalf("piped output is not the one-line table")
	}
	if _, roomy, _ := c.runOnTerminalOf(1000, "fields", "--provider", "elevenlabs"); strings.TrimSpace(roomy) != piped {
		t.Fatalf("a terminal wide enough does not get the table")
	}
}
