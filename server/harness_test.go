package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/screen"
)

// waitLimit is a fail-safe: no test waits on a clock for something to
// happen, but a broken server must not hang the suite.
const waitLimit = 20 * time.Second

// newSigner makes a fresh ed25519 client key.
func newSigner(t *testing.T) gossh.Signer {
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

// keyLine is an authorized_keys line for s with the given options and
// comment.
func keyLine(s gossh.Signer, options, comment string) string {
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey())))
	if options != "" {
		line = options + " " + line
	}
	if comment != "" {
		line += " " + comment
	}
	return line
}

// writeFileAtomic replaces path, as editors do, so the new file is a new
// inode the server notices.
func writeFileAtomic(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// watchedBuffer collects bytes written by another goroutine (the server's
// log, or what a session shows) for tests to wait on.
type watchedBuffer struct {
	mu      sync.Mutex
	raw     bytes.Buffer
	screen  *screen.Screen // when set, what is written is drawn here and waitFor looks here
	changed chan struct{}  // closed and replaced on every write
	closed  bool           // no more will come
}

func newWatchedBuffer() *watchedBuffer { return &watchedBuffer{changed: make(chan struct{})} }

func (b *watchedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.raw.Write(p)
	if b.screen != nil {
		_, _ = b.screen.Write(p)
	}
	close(b.changed)
	b.changed = make(chan struct{})
	return len(p), nil
}

func (b *watchedBuffer) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	close(b.changed)
	b.changed = make(chan struct{})
}

// String is everything received so far.
func (b *watchedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.raw.String()
}

// text is the screen, or everything received so far without escape
// sequences.
func (b *watchedBuffer) text() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.textLocked()
}

func (b *watchedBuffer) textLocked() string {
	if b.screen != nil {
		return b.screen.Text()
	}
	return ansi.Strip(b.raw.String())
}

// waitFor waits until the text (see text) contains want.
func (b *watchedBuffer) waitFor(t *testing.T, want string) {
	t.Helper()
	limit := time.After(waitLimit)
	for {
		b.mu.Lock()
		got := b.textLocked()
		changed, closed := b.changed, b.closed
		b.mu.Unlock()
		if strings.Contains(got, want) {
			return
		}
		if closed {
			t.Fatalf("the stream ended without %q; it held:\n%s", want, got)
		}
		select {
		case <-changed:
		case <-limit:
			t.Fatalf("waited for %q; the stream held:\n%s", want, got)
		}
	}
}

// watch copies r into a new watchedBuffer until r ends; with a screen, the
// buffer draws on it.
func watch(r io.Reader, sc *screen.Screen) *watchedBuffer {
	b := newWatchedBuffer()
	b.screen = sc
	go func() {
		_, _ = io.Copy(b, r)
		b.close()
	}()
	return b
}

// testServer is a Server listening on a loopback port.
type testServer struct {
	*Server
	addr      string
	home      string
	keysPath  string
	spacesDir string
	logs      *watchedBuffer
	stop      context.CancelFunc
	served    chan error
}

// startServer runs a server whose authorized_keys holds lines, with the
// factory given (or the test model's) and cfg's other fields.
func startServer(t *testing.T, cfg Config, lines ...string) *testServer {
	t.Helper()
	home := t.TempDir()
	ts := &testServer{home: home, logs: newWatchedBuffer(), served: make(chan error, 1)}
	ts.keysPath = filepath.Join(home, "authorized_keys")
	ts.spacesDir = filepath.Join(home, "spaces")
	if err := os.WriteFile(ts.keysPath, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.AuthorizedKeysPath = ts.keysPath
	cfg.SpacesDir = ts.spacesDir
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = filepath.Join(home, "ssh_host_ed25519")
	}
	if cfg.Factory == nil {
		cfg.Factory = spaceModelFactory
	}
	cfg.Log = slog.New(slog.NewTextHandler(ts.logs, nil))
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts.Server = srv
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = l.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	ts.stop = cancel
	go func() { ts.served <- srv.Serve(ctx, l) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-ts.served:
		case <-time.After(waitLimit):
			t.Error("the server did not stop")
		}
	})
	return ts
}

// dial logs in with the given auth methods.
func (ts *testServer) dial(auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            "someone",
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(ts.HostPublicKey()),
		Timeout:         waitLimit,
	})
}

// login logs in with signer and fails the test if that is refused.
func (ts *testServer) login(t *testing.T, signer gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := ts.dial(gossh.PublicKeys(signer))
	if err != nil {
		t.Fatalf("login refused: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// terminal is one interactive session seen from the client.
type terminal struct {
	sess   *gossh.Session
	stdin  io.WriteCloser
	out    *watchedBuffer
	stderr *watchedBuffer
}

// openTerminal asks for a pty of the given TERM and size and starts the
// shell (which on this server is agentdeck).
func openTerminal(t *testing.T, c *gossh.Client, term string, width, height int, env ...string) *terminal {
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
	term2 := &terminal{sess: sess, stdin: stdin, out: watch(stdout, screen.New(width, height)), stderr: watch(stderr, nil)}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sess.Close() })
	return term2
}

func (tm *terminal) send(t *testing.T, s string) {
	t.Helper()
	if _, err := io.WriteString(tm.stdin, s); err != nil {
		t.Fatalf("typing %q: %v", s, err)
	}
}

// wait waits for the session to end and returns its exit status.
func (tm *terminal) wait(t *testing.T) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.sess.Wait() }()
	select {
	case err := <-done:
		var exit *gossh.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.ExitStatus()
		default:
			t.Fatalf("session ended badly: %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("the session did not end")
	}
	return -1
}

// resize tells the server the window changed, and resizes the test's
// screen to match.
func (tm *terminal) resize(t *testing.T, width, height int) {
	t.Helper()
	tm.out.mu.Lock()
	tm.out.screen.Resize(width, height)
	tm.out.mu.Unlock()
	if err := tm.sess.WindowChange(height, width); err != nil {
		t.Fatal(err)
	}
}
