package proof

import (
	"bufio"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/storage"
)

// startPush starts `agentdeck push` and returns it with its stderr, read
// line by line as it comes.
func startPush(t *testing.T, env []string, draftID string) (*exec.Cmd, *strings.Builder, <-chan string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), agentdeckBin, "push", draftID)
	cmd.Env = env
	stdout := &strings.Builder{}
	cmd.Stdout = stdout
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			lines <- sc.Text()
		}
		_, _ = io.Copy(io.Discard, errPipe)
	}()
	return cmd, stdout, lines
}

// waitLine reads lines until one starts with prefix, and returns all read.
func waitLine(t *testing.T, lines <-chan string, prefix string) []string {
	t.Helper()
	var seen []string
	for line := range lines {
		seen = append(seen, line)
		if strings.HasPrefix(line, prefix) {
			return seen
		}
	}
	t.Fatalf("the push never said %q; it said %q", prefix, seen)
	return nil
}

// TestTwoPushesOfOneDraftMakeOneAgent starts a push whose create the
// network holds up, and, once it is creating, a second push of the same
// draft from another process; the first's create is let through only when
// the second has shown what it does. Without the draft's push lock the
// second sees the create-pending marker, finds nothing in the provider's
// list yet and creates too: two agents. With it, the second waits, then
// updates the agent the first made.
func TestTwoPushesOfOneDraftMakeOneAgent(t *testing.T) {
	t.Parallel()
	for round := range 3 {
		fake := elevenlabsFake(t)
		r := newFaultRig(t, fake)
		env := append(append([]string{}, r.env...), storage.TimeoutEnv+"=30s")
		hold := make(chan struct{})
		r.proxy.inject("create", fault{hold: hold})

		first, firstOut, firstErr := startPush(t, env, r.draftID)
		waitLine(t, firstErr, "Creating the agent")
		second, secondOut, secondErr := startPush(t, env, r.draftID)
		// The second push either waits for the lock, or (without one) goes
		// on to look for the agent and create it; either way it says so.
		var secondSaid []string
		for line := range secondErr {
			secondSaid = append(secondSaid, line)
			if !strings.HasPrefix(line, "warning ") {
				break
			}
		}
		close(hold)
		for line := range secondErr {
			secondSaid = append(secondSaid, line)
		}
		for range firstErr {
		}
		errFirst, errSecond := first.Wait(), second.Wait()
		if n := fake.agents(); n != 1 {
			t.Fatalf("round %d: %d agents exist after two pushes of one draft, want 1; the second said %q", round, n, secondSaid)
		}
		if errFirst != nil || errSecond != nil {
			t.Fatalf("round %d: first push %v, second push %v; the second said %q", round, errFirst, errSecond, secondSaid)
		}
		if a, b := strings.TrimSpace(firstOut.String()), strings.TrimSpace(secondOut.String()); a == "" || a != b {
			t.Errorf("round %d: the pushes printed %q and %q, want the same agent id", round, a, b)
		}
		if !slices.ContainsFunc(secondSaid, func(l string) bool { return strings.HasPrefix(l, "Another push of this draft is running") }) {
			t.Errorf("round %d: the second push did not wait for the first: %q", round, secondSaid)
		}
		if d := r.draft(); d.Remote().ID == "" || d.Remote().Pending() {
			t.Errorf("round %d: the draft's remote state is %+v", round, d.Remote())
		}
	}
}
