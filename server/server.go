// Package server serves agentdeck's terminal UI over SSH with Charm's wish:
// public-key logins only, checked against an OpenSSH authorized_keys file
// read again whenever it changes; each key works in its own space (a folder
// of its own under the spaces folder, named by the key line's
// agentdeck-space option or the key's fingerprint, never its comment); a
// login deadline and caps on connections still logging in (gate.go); a cap
// on sessions at once; an idle timeout; and a shutdown that asks every
// session to save before it closes.
//
// The package knows nothing of drafts or providers: main gives it a Factory
// that builds what a session runs from the Session it describes.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync"
	"time"

	"charm.land/wish/v2"
	"charm.land/wish/v2/recover"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Defaults for Config fields left zero.
const (
	DefaultMaxSessions   = 10
	DefaultIdleTimeout   = 30 * time.Minute
	DefaultShutdownGrace = 5 * time.Second
)

// Permission extensions set at login, read when the session starts. They
// travel with the key that was actually verified (x/crypto/ssh keeps them
// per key), unlike values put in the connection's context, which a client
// could set by merely offering someone else's public key.
const (
	extSpace       = "agentdeck-space"
	extFingerprint = "agentdeck-fingerprint"
)

// Config is how a Server runs.
type Config struct {
	// Listen is the address to listen on, such as 127.0.0.1:2222.
	Listen string
	// HostKeyPath is the server's private key; created (0600) when missing.
	HostKeyPath string
	// AuthorizedKeysPath lists the keys that may log in, in OpenSSH format.
	AuthorizedKeysPath string
	// SpacesDir holds one folder per space.
	SpacesDir string
	// MaxSessions is how many sessions may run at once; more are refused
	// with a one-line message. Zero means DefaultMaxSessions.
	MaxSessions int
	// IdleTimeout closes a connection with no traffic for this long. Zero
	// means DefaultIdleTimeout; negative means never.
	IdleTimeout time.Duration
	// LoginTimeout is how long a new connection has to log in; zero means
	// DefaultLoginTimeout.
	LoginTimeout time.Duration
	// MaxPendingPerAddr and MaxPending cap the connections still logging in
	// from one source address (an IPv6 /64) and in all; more are closed at
	// once. Logged-in connections do not count. Zero means the defaults.
	MaxPendingPerAddr, MaxPending int
	// ShutdownGrace is how long sessions get to save once asked to stop,
	// before they are closed. Zero means DefaultShutdownGrace.
	ShutdownGrace time.Duration
	// Log receives a line per login, logout and refusal. Nil means none.
	Log *slog.Logger
	// Factory builds what each session runs.
	Factory Factory
}

// Server is agentdeck's SSH server.
type Server struct {
	cfg     Config
	log     *slog.Logger
	keys    *authorizedKeys
	hostKey gossh.Signer
	created bool // the host key was made by New
	ssh     *ssh.Server
	slots   chan struct{} // one token per running session
	gate    *gate         // connections not logged in yet

	// sessions counts session handlers still running, so shutdown can wait
	// for their saves: a connection can close before its handler ends.
	// closing, under mu, stops new ones from being counted once shutdown
	// waits.
	sessions sync.WaitGroup
	mu       sync.Mutex
	closing  bool

	// base is the parent of every session's context; stop cancels it when
	// the server shuts down, which asks each session to save and quit.
	base context.Context
	stop context.CancelFunc
}

// New checks the configuration, loads (or creates) the host key and makes
// sure the authorized-keys file exists. It does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Factory == nil {
		return nil, errors.New("server: no Factory given")
	}
	if cfg.SpacesDir == "" {
		return nil, errors.New("server: no SpacesDir given")
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = DefaultShutdownGrace
	}
	if cfg.LoginTimeout <= 0 {
		cfg.LoginTimeout = DefaultLoginTimeout
	}
	if cfg.MaxPendingPerAddr <= 0 {
		cfg.MaxPendingPerAddr = DefaultMaxPendingPerAddr
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := checkAuthorizedKeysFile(cfg.AuthorizedKeysPath); err != nil {
		return nil, err
	}
	signer, created, err := loadHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	base, stop := context.WithCancel(context.Background())
	s := &Server{
		cfg:     cfg,
		log:     log,
		keys:    newAuthorizedKeys(cfg.AuthorizedKeysPath, cfg.SpacesDir, log),
		hostKey: signer,
		created: created,
		slots:   make(chan struct{}, cfg.MaxSessions),
		base:    base,
		stop:    stop,
		gate: &gate{
			timeout: cfg.LoginTimeout, perAddr: cfg.MaxPendingPerAddr, most: cfg.MaxPending,
			idle: cfg.IdleTimeout, log: log, waiting: map[string]int{},
		},
	}
	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		// Public keys only: with no password or keyboard-interactive
		// handler, x/crypto/ssh refuses those methods.
		wish.WithPublicKeyAuth(s.authenticate),
		// A panic in one session is logged and ends that session only.
		wish.WithMiddleware(recover.MiddlewareWithLogger(slog.NewLogLogger(log.Handler(), slog.LevelError), s.handle)),
		func(srv *ssh.Server) error {
			srv.ConnectionFailedCallback = s.connectionFailed
			// A login deadline and caps on connections still logging in.
			srv.ConnCallback = s.gate.admit
			srv.ServerConfigCallback = s.gate.serverConfig
			return nil
		},
	}
	if cfg.IdleTimeout > 0 {
		opts = append(opts, wish.WithIdleTimeout(cfg.IdleTimeout))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		stop()
		return nil, fmt.Errorf("cannot set up the SSH server: %w", err)
	}
	s.ssh = srv
	return s, nil
}

// checkAuthorizedKeysFile makes sure the authorized-keys file is there,
// with advice when it is not. Later it may change or even vanish: each
// login reads it afresh.
func checkAuthorizedKeysFile(path string) error {
	if path == "" {
		return errors.New("server: no AuthorizedKeysPath given")
	}
	if _, err := os.ReadFile(path); err != nil { //nolint:gosec // G304: the authorized keys file the person configured
		return fmt.Errorf("cannot read the authorized keys file %s (%w); create it with the public key of each person "+
			"who may log in, one per line, for example: cat ~/.ssh/id_ed25519.pub >> %s", path, err, path)
	}
	return nil
}

// HostKeyFingerprint is the SHA256 fingerprint of the host key, for people
// to check when their ssh client first asks.
func (s *Server) HostKeyFingerprint() string { return gossh.FingerprintSHA256(s.hostKey.PublicKey()) }

// HostKeyCreated reports whether New made a new host key.
func (s *Server) HostKeyCreated() bool { return s.created }

// HostPublicKey is the server's public host key.
func (s *Server) HostPublicKey() gossh.PublicKey { return s.hostKey.PublicKey() }

// ListenAndServe listens on Config.Listen and serves until ctx ends.
func (s *Server) ListenAndServe(ctx context.Context) error {
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", s.cfg.Listen, err)
	}
	return s.Serve(ctx, l)
}

// Serve accepts logins on l until ctx ends, then shuts down: no new
// logins, every session asked to save and quit, and whatever is still open
// after the grace period closed.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	s.log.Info("listening", "address", l.Addr().String(), "host_key", s.HostKeyFingerprint(),
		"authorized_keys", s.cfg.AuthorizedKeysPath, "max_sessions", s.cfg.MaxSessions)
	s.keys.load() // its warnings and hints belong at start-up, not at the first login
	served := make(chan error, 1)
	go func() { served <- s.ssh.Serve(l) }()
	select {
	case err := <-served:
		s.stop()
		return fmt.Errorf("the SSH server stopped: %w", err)
	case <-ctx.Done():
	}
	s.shutdown()
	if err := <-served; err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		return fmt.Errorf("the SSH server stopped: %w", err)
	}
	return nil
}

// shutdown asks sessions to save and quit, waits for them up to the grace
// period, then closes every connection.
func (s *Server) shutdown() {
	s.log.Info("shutting down: asking sessions to save", "grace", s.cfg.ShutdownGrace.String())
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	s.stop()
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	if err := s.ssh.Shutdown(ctx); err != nil {
		s.log.Warn("some connections were still open after the grace period; closing them")
	}
	_ = s.ssh.Close()
	// Each session stops its program once its own grace period is over, so
	// this wait ends; the second period only bounds a handler that is stuck.
	handled := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(handled)
	}()
	select {
	case <-handled:
	case <-time.After(s.cfg.ShutdownGrace):
		s.log.Warn("some sessions did not end after being closed")
	}
}

// authenticate lets in the keys of the authorized-keys file, recording the
// key's space and fingerprint with the key.
func (s *Server) authenticate(ctx ssh.Context, key ssh.PublicKey) bool {
	k, ok := s.keys.lookup(key)
	if !ok {
		return false
	}
	perms := ctx.Permissions()
	if perms.Extensions == nil {
		perms.Extensions = map[string]string{}
	}
	perms.Extensions[extSpace] = k.space
	perms.Extensions[extFingerprint] = k.fingerprint
	return true
}

// connectionFailed logs a connection that never logged in.
func (s *Server) connectionFailed(conn net.Conn, err error) {
	s.log.Info("login refused", "remote", conn.RemoteAddr().String(), "reason", err.Error())
}
