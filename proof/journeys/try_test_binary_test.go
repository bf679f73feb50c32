package journeys

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

const tryKey = "eleven-try-test-FAKE-0000"

// TestTryAndTestThroughTheRealBinary (issue 20): the built binary, against
// a fake ElevenLabs on 127.0.0.1 that answers the agent-testing API, talks
// to a pushed agent, runs the draft's tests with a JUnit report, and stops
// cleanly on an interrupt while a run is pending, never changing the agent.
func TestTryAndTestThroughTheRealBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	fake := elevenlabstest.NewServer(t, tryKey)
	fake.SetReplier(func(_ string, h []elevenlabstest.Message) elevenlabstest.Reply {
		return elevenlabstest.Reply{Text: "We open at nine. You said: " + h[len(h)-1].Text}
	})
	bin, home := buildWith(t), filepath.Join(t.TempDir(), "home")
	env := []string{"AGENTDECK_HOME=" + home, "AGENTDECK_ELEVENLABS_API_KEY=" + tryKey, "AGENTDECK_ELEVENLABS_BASE_URL=" + fake.BaseURL}
	run := func(args ...string) (int, string, string) { return runExit(t, bin, env, args...) }
	_, id, _ := run("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	id = strings.TrimSpace(id)
	if code, _, stderr := run("push", id); code != 0 {
		t.Fatalf("push: %s", stderr)
	}
	updates := len(fake.Calls("update"))

	code, stdout, stderr := run("try", id, "--message", "When are you open?")
	if code != 0 || stdout != "Caller: When are you open?\nAgent:  We open at nine. You said: When are you open?\n" ||
		!strings.Contains(stderr, "Calls made to ElevenLabs Agents:") || strings.Contains(stdout+stderr, tryKey) {
		t.Fatalf("try: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	// Tests written by hand in the draft file, as a person (or a PR) would.
	file := filepath.Join(home, "drafts", id+".yaml")
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	raw = append(raw, []byte("tests:\n  - name: opening hours\n    opening:\n      - When are you open?\n    must_contain:\n      - nine\n")...)
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(t.TempDir(), "junit.xml")
	code, stdout, stderr = run("test", id, "--junit", report)
	if code != 0 || stdout != "pass  opening hours\n" || !strings.Contains(stderr, "All 1 test passed.") {
		t.Fatalf("test: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if x, err := os.ReadFile(report); err != nil || !bytes.Contains(x, []byte(`<testcase name="opening hours"`)) {
		t.Fatalf("the JUnit report: %v\n%s", err, x)
	}

	// A run that never ends: an interrupt stops the wait at once.
	fake.SetPendingPolls(1 << 30)
	c := exec.CommandContext(t.Context(), bin, "test", id)
	c.Env = append(os.Environ(), env...)
	var errOut lockedBuffer
	c.Stderr = &errOut
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	pollFor(t, "stderr", errOut.String, "Waiting for ElevenLabs: 0 of 1 finished")
	if err := c.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = c.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || time.Since(start) > 5*time.Second ||
		!strings.Contains(errOut.String(), "Stopped; the agent was not changed.") {
		t.Fatalf("after the interrupt: %v after %s\n%s", err, time.Since(start), errOut.String())
	}
	if len(fake.Calls("update")) != updates {
		t.Error("try or test changed the agent")
	}
}

// lockedBuffer is a buffer a process writes while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
