package proof

import (
	"bytes"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// terminal runs the real binary in a pseudo-terminal and records all it
// writes, with the moment each write arrived, the way a person's terminal
// would receive it.
type terminal struct {
	t     testing.TB
	cmd   *exec.Cmd
	ptmx  *os.File
	start time.Time // just before the process was started

	mu      sync.Mutex
	out     bytes.Buffer
	changed chan struct{} // closed and replaced at every write
	ended   chan struct{} // closed when the process's output ends
}

// startTerminal starts bin with args in a cols×rows terminal.
func startTerminal(t testing.TB, bin string, env []string, cols, rows int, args ...string) *terminal {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = env
	tm := &terminal{t: t, cmd: cmd, changed: make(chan struct{}), ended: make(chan struct{})}
	tm.start = time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}) //nolint:gosec // small sizes
	if err != nil {
		t.Fatalf("start %s in a terminal: %v", bin, err)
	}
	tm.ptmx = ptmx
	go tm.read()
	t.Cleanup(tm.close)
	return tm
}

func (tm *terminal) read() {
	defer close(tm.ended)
	buf := make([]byte, 64<<10)
	for {
		n, err := tm.ptmx.Read(buf)
		if n > 0 {
			tm.mu.Lock()
			tm.out.Write(buf[:n])
			close(tm.changed)
			tm.changed = make(chan struct{})
			tm.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// waitFor waits until the output from byte offset from on contains want,
// and returns the moment it arrived. It fails the test if the program ends
// or limit passes first: limit only stops a hung run, it measures nothing.
func (tm *terminal) waitFor(from int, want string, limit time.Duration) time.Time {
	tm.t.Helper()
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	for {
		tm.mu.Lock()
		found := bytes.Contains(tm.out.Bytes()[min(from, tm.out.Len()):], []byte(want))
		changed := tm.changed
		tm.mu.Unlock()
		if found {
			return time.Now()
		}
		select {
		case <-changed:
		case <-tm.ended:
			tm.t.Fatalf("the program ended before showing %q; it wrote:\n%q", want, tm.output())
		case <-deadline.C:
			tm.t.Fatalf("the program did not show %q within %s; it wrote:\n%q", want, limit, tm.output())
		}
	}
}

// size is how many bytes the program has written so far.
func (tm *terminal) size() int {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.Len()
}

func (tm *terminal) output() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.String()
}

// send types s as a person would.
func (tm *terminal) send(s string) {
	tm.t.Helper()
	if _, err := tm.ptmx.Write([]byte(s)); err != nil {
		tm.t.Fatalf("type %q: %v", s, err)
	}
}

// peakRSS is the largest resident memory of the process so far, in bytes
// (VmHWM in /proc), or 0 where /proc is missing.
func (tm *terminal) peakRSS() int64 {
	return procStatusKB(tm.cmd.Process.Pid, "VmHWM:") * 1024
}

func (tm *terminal) close() {
	if tm.cmd.ProcessState == nil {
		_ = tm.cmd.Process.Kill()
		_ = tm.cmd.Wait()
	}
	_ = tm.ptmx.Close()
	<-tm.ended
}
