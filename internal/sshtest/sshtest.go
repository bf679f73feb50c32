// Package sshtest helps tests log in to an SSH server and look at what a
// session shows: client keys, authorized_keys lines, and an interactive
// session whose output is drawn on a screen the test can wait on.
//
// Nothing here waits on a clock for something to happen: waits end when
// the awaited text arrives, and a generous limit only keeps a broken
// server from hanging the suite.
package sshtest

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/screen"
)

// WaitLimit is the fail-safe on every wait.
const WaitLimit = 30 * time.Second

// NewSigner makes a fresh ed25519 client key.
func NewSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// KeyLine is an authorized_keys line for s with the given options and
// comment (either may be empty).
func KeyLine(s gossh.Signer, options, comment string) string {
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey())))
	if options != "" {
		line = options + " " + line
	}
	if comment != "" {
		line += " " + comment
	}
	return line
}

// Dial logs in to addr, trusting only hostKey, with the given methods.
func Dial(addr string, hostKey gossh.PublicKey, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "someone",
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(hostKey),
		Timeout:         WaitLimit,
	})
}

// Terminal is one interactive session seen from the client.
type Terminal struct {
	Session *gossh.Session
	// Out is what the session shows, drawn on a screen of the session's
	// size; Stderr is its error stream as text.
	Out, Stderr *Stream
	stdin       io.WriteCloser
}

// OpenTerminal asks for a pty of the given TERM and size, sends env (each
// "NAME=value") and starts the shell.
func OpenTerminal(t testing.TB, c *gossh.Client, term string, width, height int, env ...string) *Terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	if err := sess.RequestPty(term, height, width, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := sess.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	tm := &Terminal{Session: sess, stdin: stdin, Out: Watch(stdout, screen.New(width, height)), Stderr: Watch(stderr, nil)}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sess.Close() }) // the session may have ended already
	return tm
}

// Send types s.
func (tm *Terminal) Send(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(tm.stdin, s); err != nil {
		t.Fatalf("typing %q: %v", s, err)
	}
}

// Resize tells the server the window changed, and resizes the screen.
func (tm *Terminal) Resize(t testing.TB, width, height int) {
	t.Helper()
	tm.Out.resize(width, height)
	if err := tm.Session.WindowChange(height, width); err != nil {
		t.Fatal(err)
	}
}

// Wait waits for the session to end and returns its exit status.
func (tm *Terminal) Wait(t testing.TB) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.Session.Wait() }()
	return WaitExit(t, done, "session", func(err error) (int, bool) {
		var exit *gossh.ExitError
		if errors.As(err, &exit) {
			return exit.ExitStatus(), true
		}
		return 0, false
	})
}

// WaitExit waits up to WaitLimit for ended to say how a program or session
// (what) ended and returns its exit code: 0 for no error, else what code
// makes of the error; an error it does not know, or no end in time, fails
// the test.
func WaitExit(t testing.TB, ended <-chan error, what string, code func(error) (int, bool)) int {
	t.Helper()
	select {
	case err := <-ended:
		if err == nil {
			return 0
		}
		if c, ok := code(err); ok {
			return c
		}
		t.Fatalf("the %s ended badly: %v", what, err)
	case <-time.After(WaitLimit):
		t.Fatalf("the %s did not end", what)
	}
	return -1
}
