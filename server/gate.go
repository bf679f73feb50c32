package server

import (
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Defaults for the limits on connections that have not logged in yet.
const (
	DefaultLoginTimeout      = 30 * time.Second
	DefaultMaxPendingPerAddr = 10
	DefaultMaxPending        = 100
)

// refusalLogEvery is how often a run of refused connections is logged, so
// a flood cannot flood the log too.
const refusalLogEvery = 10 * time.Second

// gate holds back connections that have not logged in: each gets
// LoginTimeout to finish the handshake and authenticate, and only so many
// may wait at once from one source address (an IPv6 /64 counts as one) and
// in total. A connection stops counting the moment it logs in, so people
// already in never feel a flood, and a flood from one address leaves room
// for everyone else.
type gate struct {
	timeout       time.Duration
	perAddr, most int
	idle          time.Duration // the idle timeout a logged-in connection gets; <= 0 none
	log           *slog.Logger

	mu      sync.Mutex
	waiting map[string]int // by source
	total   int
	refused int       // refusals not logged yet
	logged  time.Time // when refusals were last logged
}

// pendingKey is where a connection's pendingConn is kept in its context,
// for the authentication log callback to find.
type pendingKey struct{}

// admit wraps a new connection, or returns nil (which closes it) when too
// many connections are already waiting to log in.
func (g *gate) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	src := sourceKey(conn.RemoteAddr())
	g.mu.Lock()
	if g.waiting[src] >= g.perAddr || g.total >= g.most {
		g.refused++
		if time.Since(g.logged) >= refusalLogEvery {
			g.log.Warn("too many connections waiting to log in; refusing more",
				"remote", conn.RemoteAddr().String(), "refused", g.refused,
				"waiting_from_this_address", g.waiting[src], "waiting", g.total)
			g.refused, g.logged = 0, time.Now()
		}
		g.mu.Unlock()
		return nil
	}
	g.waiting[src]++
	g.total++
	g.mu.Unlock()

	pc := &pendingConn{Conn: conn, gate: g, src: src, deadline: time.Now().Add(g.timeout)}
	_ = conn.SetDeadline(pc.deadline)
	ctx.SetValue(pendingKey{}, pc)
	return pc
}

// serverConfig is the per-connection SSH configuration: it learns when the
// connection has logged in. x/crypto/ssh calls AuthLogCallback with a nil
// error only for a verified login (a mere "would this key do?" query is
// not logged), so that is the moment the connection stops counting.
func (g *gate) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		AuthLogCallback: func(_ gossh.ConnMetadata, _ string, err error) {
			if err != nil {
				return
			}
			if pc, ok := ctx.Value(pendingKey{}).(*pendingConn); ok {
				pc.loggedIn()
			}
		},
	}
}

func (g *gate) release(src string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.waiting[src]--; g.waiting[src] <= 0 {
		delete(g.waiting, src)
	}
}

// sourceKey is what the per-address cap counts by: the IP, or for IPv6
// its /64, which one machine usually has whole.
func sourceKey(addr net.Addr) string {
	host := addr.String()
	if tcp, ok := addr.(*net.TCPAddr); ok {
		host = tcp.IP.String()
		if tcp.IP.To4() == nil && tcp.IP.To16() != nil {
			host = tcp.IP.Mask(net.CIDRMask(64, 128)).String() + "/64"
		}
	} else if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return host
}

// pendingConn is a connection that counts against the gate until it logs
// in or closes. Until it logs in, no deadline set on it (the SSH library
// moves it on every read for the idle timeout) may pass the login
// deadline.
type pendingConn struct {
	net.Conn
	gate     *gate
	src      string
	deadline time.Time

	mu       sync.Mutex
	in       bool // logged in
	released bool
}

func (c *pendingConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.in && (t.IsZero() || t.After(c.deadline)) {
		t = c.deadline
	}
	return c.Conn.SetDeadline(t)
}

// loggedIn lifts the login deadline; a read already waiting under it gets
// the idle deadline instead.
func (c *pendingConn) loggedIn() {
	c.mu.Lock()
	c.in = true
	var t time.Time
	if c.gate.idle > 0 {
		t = time.Now().Add(c.gate.idle)
	}
	_ = c.Conn.SetDeadline(t)
	c.mu.Unlock()
	c.release()
}

func (c *pendingConn) release() {
	c.mu.Lock()
	done := c.released
	c.released = true
	c.mu.Unlock()
	if !done {
		c.gate.release(c.src)
	}
}

func (c *pendingConn) Close() error {
	c.release()
	return c.Conn.Close()
}
