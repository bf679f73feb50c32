// Package ptyharness runs a program on a pseudo-terminal the way a person's
// terminal would, for tests and measurements: it types keys, resizes the
// window, draws what the program sends on a screen, and counts the bytes.
// It never answers the program's queries (background colour, cursor
// position, terminal version), like a slow or minimal terminal, so a
// program that waits for an answer shows up as one that never draws.
package ptyharness

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/agentdeck/agentdeck/internal/screen"
	"github.com/agentdeck/agentdeck/internal/sshtest"
)

// Terminal is a program running on a pseudo-terminal.
type Terminal struct {
	cmd    *exec.Cmd
	tty    *os.File
	Out    *sshtest.Stream // what the program sent, drawn on a screen of the window's size
	exited chan error
}

// Start runs cmd on a new pseudo-terminal of the given size. The program
// is killed when the test ends, if it has not ended by then.
func Start(t testing.TB, cmd *exec.Cmd, width, height int) *Terminal {
	t.Helper()
	if width <= 0 || height <= 0 || width > math.MaxUint16 || height > math.MaxUint16 {
		t.Fatalf("a %dx%d terminal cannot exist", width, height)
	}
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(width), Rows: uint16(height)}) //nolint:gosec // G115: bounds checked just above
	if err != nil {
		t.Fatalf("starting %s on a pty: %v", cmd.Path, err)
	}
	tm := &Terminal{cmd: cmd, tty: tty, Out: sshtest.Watch(tty, screen.New(width, height)), exited: make(chan error, 1)}
	go func() { tm.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-tm.Out.Done()
		_ = tty.Close() // the program is gone; nothing reads the pty any more
	})
	return tm
}

// Send types s.
func (tm *Terminal) Send(t testing.TB, s string) {
	t.Helper()
	if _, err := tm.tty.WriteString(s); err != nil {
		t.Fatalf("typing %q: %v", s, err)
	}
}

// Wait waits for the program to end and returns its exit code.
func (tm *Terminal) Wait(t testing.TB) int {
	t.Helper()
	return sshtest.WaitExit(t, tm.exited, "program", func(err error) (int, bool) {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), true
		}
		return 0, false
	})
}

// Quiet waits until the program has sent nothing for d, and returns how
// many bytes it has sent in all. It is for measuring: d is a window of
// silence, not a guess at how long something takes.
func (tm *Terminal) Quiet(d time.Duration) int { return QuietStream(tm.Out, d) }

// QuietStream waits until nothing has arrived on s for d, and returns how
// many bytes s has received in all.
func QuietStream(s *sshtest.Stream, d time.Duration) int {
	deadline := time.After(sshtest.WaitLimit)
	for {
		changed := s.Changed()
		select {
		case <-changed:
			continue
		case <-time.After(d):
			return s.Len()
		case <-deadline:
			return s.Len()
		}
	}
}

// String describes the terminal for failure messages.
func (tm *Terminal) String() string { return fmt.Sprintf("%s on a pty", tm.cmd.Path) }

// Keystroke is what one key cost as the terminal saw it: how long until
// the program's first byte in answer arrived (the key appears then: the
// program draws a frame only once it has taken the key), and how many
// bytes the answer took in all.
type Keystroke struct {
	Latency time.Duration
	Bytes   int
}

// MeasureKey sends a key with send and measures the answer on s: the wait
// for its first byte, then bytes until s has been quiet for d. The stream
// must be quiet when it is called.
func MeasureKey(s *sshtest.Stream, send func(), d time.Duration) Keystroke {
	before := s.Len()
	changed := s.Changed()
	start := time.Now()
	send()
	var k Keystroke
	select {
	case <-changed:
		k.Latency = time.Since(start)
	case <-time.After(sshtest.WaitLimit):
		return Keystroke{Latency: -1}
	}
	k.Bytes = QuietStream(s, d) - before
	return k
}

// QuietText waits until nothing has arrived on s for d, and returns the
// screen.
func QuietText(s *sshtest.Stream, d time.Duration) string {
	QuietStream(s, d)
	return s.Text()
}
