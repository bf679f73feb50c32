package journeys

import (
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/agentdeck/agentdeck/internal/ptyharness"
	"github.com/agentdeck/agentdeck/ui"
)

// maxBytesPerMove is the budget for moving the cursor one row in the drafts
// list: the two rows that change, not the screen. It is what a move cost
// before the long-prompt and start-up work changed the list (the median of
// eight moves, 12 drafts, 100×30, measured on that binary and on this one
// alike: 221 bytes), so the list never costs more on a slow link than it did.
const maxBytesPerMove = 221

// testMovingThroughTheDraftsListSendsTwoRows measures, through a pty, what
// one move of the drafts list's cursor costs on the wire.
func testMovingThroughTheDraftsListSendsTwoRows(t *testing.T, bin string) {
	home := t.TempDir()
	env := []string{"AGENTDECK_HOME=" + home, "HOME=" + home, "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color"}
	for i := range 12 {
		c := exec.CommandContext(t.Context(), bin, "new", fmt.Sprintf("Desk %02d", i), "--provider", "nova")
		c.Env = env
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("agentdeck new: %v\n%s", err, out)
		}
	}
	cmd := exec.CommandContext(t.Context(), bin)
	cmd.Env = env
	term := ptyharness.Start(t, cmd, 100, 30)
	quiet := func() int { return term.Quiet(quietWindow) }
	term.Out.WaitFor(t, "Desk 00")
	assertIdleSendsNothing(t, "the drafts list with drafts", term.Out, quiet)
	down := keyBytes(t, ui.DefaultKeyMap().Drafts.Down)
	before := quiet()
	costs := make([]int, 0, 8)
	for range 8 {
		term.Send(t, down)
		after := quiet()
		costs = append(costs, after-before)
		before = after
	}
	t.Logf("bytes per move in the drafts list through a pty: %v (median %d)", costs, median(costs))
	if m := median(costs); m > maxBytesPerMove {
		t.Errorf("moving the cursor one row sends %d bytes (median of %v); the budget is %d", m, costs, maxBytesPerMove)
	}
}
