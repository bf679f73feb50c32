package cli

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"

	"github.com/spf13/cobra"

	"github.com/agentdeck/agentdeck/internal/baseurl"
	"github.com/agentdeck/agentdeck/server"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
	"github.com/agentdeck/agentdeck/ui/accessible"
)

// serveOptions are the flags of `agentdeck serve`.
type serveOptions struct {
	listen         string
	authorizedKeys string
	hostKey        string
	maxSessions    int
	idleTimeout    time.Duration
	theme          string
	allowHosts     []string
}

// defaultListen is loopback: serving to other machines is a choice to make
// on purpose.
const defaultListen = "127.0.0.1:2222"

func newServeCommand(a *app) *cobra.Command {
	var o serveOptions
	serveDoc := commandDoc{
		use:   "serve",
		short: "Serve the terminal UI over SSH",
		long: "serve lets people reach agentdeck with ssh and nothing installed: ssh -p 2222 HOST.\n\n" +
			"Only public keys listed in the authorized keys file may log in (OpenSSH format, read\n" +
			"again whenever it changes). Each key works in its own space: drafts, settings and\n" +
			"credentials of its own under <data>/spaces/<name>/. The space is named by an\n" +
			"agentdeck-space=\"name\" option on the key's line, else by the key's fingerprint;\n" +
			"never by the key's comment, which whoever made the key chose. A name may use\n" +
			"a-z, 0-9, _ and -, at most 64 of them.\n\n" +
			"A visitor's provider base URL may point only at the provider's documented host\n" +
			"(" + documentedHosts(a.providers) + ")\n" +
			"or at a host allowed with --allow-host; never at this machine or its network otherwise.\n\n" +
			"The host key is created on first start (mode 0600) and reused after.\n" +
			"SIGTERM or ctrl+c asks every session to save, then stops.",
	}
	cmd := serveDoc.build(noArgs, func(cmd *cobra.Command, _ []string) error {
		return runServe(cmd, a, o)
	})
	f := cmd.Flags()
	f.StringVar(&o.listen, "listen", defaultListen, "address to listen on; the default reaches only this machine")
	f.StringVar(&o.authorizedKeys, "authorized-keys", "", "keys that may log in, OpenSSH format (default <config>/authorized_keys)")
	f.StringVar(&o.hostKey, "host-key", "", "the server's private key, created if missing (default <config>/ssh_host_ed25519)")
	f.IntVar(&o.maxSessions, "max-sessions", server.DefaultMaxSessions, "sessions at once; more are turned away")
	f.DurationVar(&o.idleTimeout, "idle-timeout", server.DefaultIdleTimeout, "close a connection with no traffic for this long (0: never)")
	f.StringArrayVar(&o.allowHosts, "allow-host", nil, "a host visitors' provider base URLs may point at besides each provider's own, like eu.api.example.com or 127.0.0.1:8080 (repeatable)")
	f.StringVar(&o.theme, "theme", "", "colours for every session: dark, light or auto (default: each space's settings, else ask the terminal)")
	return cmd
}

// runServe serves the terminal UI until the command's context ends
// (SIGINT or SIGTERM, see main).
func runServe(cmd *cobra.Command, a *app, o serveOptions) error {
	if o.maxSessions < 1 {
		return usageErrorf(cmd, "--max-sessions must be 1 or more, not %d", o.maxSessions)
	}
	if o.idleTimeout < 0 {
		return usageErrorf(cmd, "--idle-timeout cannot be negative")
	}
	if err := a.checkTimeout(cmd); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(o.listen); err != nil {
		return usageErrorf(cmd, "--listen wants HOST:PORT, like %s; %q is not one", defaultListen, o.listen)
	}
	theme := strings.ToLower(strings.TrimSpace(o.theme))
	switch theme {
	case "", storage.ThemeAuto, storage.ThemeDark, storage.ThemeLight:
	default:
		return usageErrorf(cmd, "there is no theme %q; use dark, light or auto", o.theme)
	}
	hosts, err := storage.ServedHostPolicy(a.providers, o.allowHosts)
	if err != nil {
		return usageErrorf(cmd, "--allow-host: %v", err)
	}
	paths, err := a.Paths()
	if err != nil {
		return fail("Could not find agentdeck's folders.", err)
	}
	cfg := server.Config{
		Listen:             o.listen,
		AuthorizedKeysPath: orDefault(o.authorizedKeys, filepath.Join(paths.Config, "authorized_keys")),
		HostKeyPath:        orDefault(o.hostKey, filepath.Join(paths.Config, "ssh_host_ed25519")),
		SpacesDir:          filepath.Join(paths.Data, "spaces"),
		MaxSessions:        o.maxSessions,
		IdleTimeout:        o.idleTimeout,
		Log:                slog.New(slog.NewTextHandler(a.stderr, nil)),
		Factory:            a.sessionFactory(theme, hosts),
	}
	if o.idleTimeout == 0 {
		cfg.IdleTimeout = -1 // never
	}
	srv, err := server.New(cfg)
	if err != nil {
		return fail("Could not start the SSH server.", err)
	}
	if host, _, _ := net.SplitHostPort(o.listen); !baseurl.IsLoopback(host) {
		cfg.Log.Warn("listening beyond this machine: anyone who can reach it may try to log in", "address", o.listen)
	}
	if srv.HostKeyCreated() {
		cfg.Log.Info("created a new host key", "file", cfg.HostKeyPath, "fingerprint", srv.HostKeyFingerprint())
	}
	if err := srv.ListenAndServe(cmd.Context()); err != nil {
		return fail("The SSH server stopped.", err)
	}
	return nil
}

// documentedHosts names each provider's documented host, the one of its
// default base URL: "api.example.com, …".
func documentedHosts(r agent.Registry) string {
	var hosts []string
	for _, d := range r.All() {
		if u, err := url.Parse(d.DefaultBaseURL); err == nil && u.Host != "" {
			hosts = append(hosts, u.Host)
		}
	}
	return strings.Join(hosts, ", ")
}

func orDefault(v, def string) string {
	if strings.TrimSpace(v) == "" {
		return def
	}
	return v
}

// sessionFactory builds the terminal UI for one SSH session (see
// sessionDeps); a dumb terminal gets the accessible, line-by-line UI.
func (a *app) sessionFactory(theme string, hosts storage.HostPolicy) server.Factory {
	return func(s server.Session) (server.Program, error) {
		deps, err := a.sessionDeps(s, theme, hosts)
		if err != nil {
			return server.Program{}, err
		}
		if s.Term == "dumb" {
			return server.Program{Plain: func(ctx context.Context, in io.Reader, out io.Writer) error {
				return accessible.Run(ctx, deps, in, out)
			}}, nil
		}
		return server.Program{Model: ui.New(deps), Filter: dropSameSizeResize(), Stop: ui.ShutdownMsg{}}, nil
	}
}

// sessionDeps is what the UI of one SSH session works on: the session's
// own space — its drafts, settings and credentials — and nothing of the
// server's environment (a provider key there is the server owner's, not
// every visitor's). $EDITOR is off: it would run on the server. Base URLs
// the visitor sets must pass hosts (see storage.HostPolicy).
func (a *app) sessionDeps(s server.Session, theme string, hosts storage.HostPolicy) (ui.Deps, error) {
	space := a.spaceApp(s.Dir)
	space.hosts = hosts
	chosen, err := space.sessionTheme(theme)
	if err != nil {
		return ui.Deps{}, err
	}
	deps, err := space.tuiDeps(chosen)
	if err != nil {
		return ui.Deps{}, err
	}
	deps.ExternalEditor = false
	deps.Player = nil // a sample would play on the server
	return deps, nil
}

// spaceApp is an app whose home is one space's folder and whose
// environment holds nothing else.
func (a *app) spaceApp(dir string) *app {
	env := func(k string) string {
		if k == "AGENTDECK_HOME" {
			return dir
		}
		return ""
	}
	return &app{stdout: io.Discard, stderr: io.Discard, getenv: env, version: a.version, providers: a.providers}
}

// sessionTheme is the serve --theme flag, else the space's settings, else
// "" (ask the terminal; dark when it does not answer).
func (a *app) sessionTheme(flag string) (string, error) {
	choice := flag
	if choice == "" {
		s, err := a.Settings()
		if err != nil {
			return "", err
		}
		choice = s.UI.Theme
	}
	if choice == storage.ThemeDark || choice == storage.ThemeLight {
		return choice, nil
	}
	return "", nil
}
