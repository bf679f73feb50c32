package server

import (
	"context"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
)

var (
	newSigner = sshtest.NewSigner
	keyLine   = sshtest.KeyLine
)

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

// testServer is a Server listening on a loopback port.
type testServer struct {
	*Server
	addr      string
	home      string
	keysPath  string
	spacesDir string
	logs      *sshtest.Stream
	stop      context.CancelFunc
	served    chan error
}

// serveAlice starts a server whose one authorized key is alice's, for the
// space "alice", and returns it with her key.
func serveAlice(t *testing.T, cfg Config) (*testServer, gossh.Signer) {
	t.Helper()
	alice := newSigner(t)
	return startServer(t, cfg, keyLine(alice, `agentdeck-space="alice"`, "")), alice
}

// aliceAtWork logs alice (serveAlice's key) in on an 80×24 xterm and waits
// until her session runs in her space.
func (ts *testServer) aliceAtWork(t *testing.T, alice gossh.Signer) (*gossh.Client, *sshtest.Terminal) {
	t.Helper()
	c := ts.login(t, alice)
	tm := openTerminal(t, c, "xterm", 80, 24)
	tm.Out.WaitFor(t, "space=alice")
	return c, tm
}

// startServer runs a server whose authorized_keys holds lines, with cfg's
// factory (the test model's when nil) and other fields.
func startServer(t *testing.T, cfg Config, lines ...string) *testServer {
	t.Helper()
	home := t.TempDir()
	ts := &testServer{home: home, logs: sshtest.NewStream(nil), served: make(chan error, 1)}
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
	var lc net.ListenConfig
	l, err := lc.Listen(t.Context(), "tcp", "127.0.0.1:0")
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
		case err := <-ts.served:
			if err != nil { // tests that expect an error read it through stopAndWait
				t.Logf("Serve returned: %v", err)
			}
		case <-time.After(sshtest.WaitLimit):
			t.Error("the server did not stop")
		}
	})
	return ts
}

// dial logs in with the given auth methods.
func (ts *testServer) dial(auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return sshtest.Dial(ts.addr, ts.HostPublicKey(), auth...)
}

// login logs in with signer and fails the test if that is refused.
func (ts *testServer) login(t *testing.T, signer gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := ts.dial(gossh.PublicKeys(signer))
	if err != nil {
		t.Fatalf("login refused: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// stopAndWait shuts the server down and waits for Serve to return.
func (ts *testServer) stopAndWait(t *testing.T) error {
	t.Helper()
	ts.stop()
	select {
	case err := <-ts.served:
		ts.served <- nil // for the cleanup
		return err
	case <-time.After(sshtest.WaitLimit):
		t.Fatal("the server did not stop")
	}
	return nil
}

var openTerminal = sshtest.OpenTerminal
