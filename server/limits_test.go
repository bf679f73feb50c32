package server

import (
	"errors"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
)

// Every address in 127.0.0.0/8 is this machine on Linux, so tests reach the
// server "from" several addresses by choosing the local end.
const (
	floodAddr = "127.0.0.1"
	otherAddr = "127.0.0.2"
)

// dialFrom opens a TCP connection to the server from the local address ip.
func (ts *testServer) dialFrom(t *testing.T, ip string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: sshtest.WaitLimit}
	conn, err := d.Dial("tcp", ts.addr)
	if err != nil {
		t.Skipf("cannot connect from %s on this machine: %v", ip, err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return conn
}

// loginFrom logs in with signer over a connection from ip.
func (ts *testServer) loginFrom(t *testing.T, ip string, signer gossh.Signer) *gossh.Client {
	t.Helper()
	conn := ts.dialFrom(t, ip)
	c, chans, reqs, err := gossh.NewClientConn(conn, ts.addr, &gossh.ClientConfig{
		User:            "someone",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.FixedHostKey(ts.HostPublicKey()),
		Timeout:         sshtest.WaitLimit,
	})
	if err != nil {
		t.Fatalf("login from %s refused: %v\n%s", ip, err, ts.logs.String())
	}
	client := gossh.NewClient(c, chans, reqs)
	t.Cleanup(func() { _ = client.Close() })
	return client
}

// closedAtOnce reads conn for up to wait and reports whether the server
// closed it without a word (no SSH greeting): the gate turned it away.
func closedAtOnce(conn net.Conn, wait time.Duration) bool {
	_ = conn.SetReadDeadline(time.Now().Add(wait))
	n, err := conn.Read(make([]byte, 64))
	return n == 0 && errors.Is(err, io.EOF)
}

// silentFlood opens n connections from ip that never say anything, and
// returns how many the server turned away at once.
func (ts *testServer) silentFlood(t *testing.T, ip string, n int) (refused int, kept []net.Conn) {
	t.Helper()
	conns := make([]net.Conn, n)
	for i := range conns {
		conns[i] = ts.dialFrom(t, ip)
	}
	closed := make([]bool, n)
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func() { defer wg.Done(); closed[i] = closedAtOnce(c, 500*time.Millisecond) }()
	}
	wg.Wait()
	for i, c := range conns {
		if closed[i] {
			refused++
		} else {
			kept = append(kept, c)
		}
	}
	return refused, kept
}

func TestASilentConnectionIsClosedAtTheLoginDeadline(t *testing.T) {
	ts, alice := serveAlice(t, Config{LoginTimeout: 200 * time.Millisecond})
	conn := ts.dialFrom(t, floodAddr)
	start := time.Now()
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := io.Copy(io.Discard, conn) // the greeting, then nothing until the server gives up
	if err != nil {
		t.Fatalf("the server kept a silent connection open past the login deadline: %v", err)
	}
	if took := time.Since(start); took < 150*time.Millisecond {
		t.Errorf("closed after %s, before the deadline", took)
	}
	// Logging in takes far less than the deadline and is not cut short.
	tm := openTerminal(t, ts.login(t, alice), "xterm", 80, 24)
	tm.Out.WaitFor(t, "space=alice")
	time.Sleep(300 * time.Millisecond) // past the login deadline: a logged-in session stays
	tm.Send(t, "w")
	tm.Out.WaitFor(t, "notes=1")
}

// TestAFloodFromOneAddressLeavesRoomForOthers: silent connections from one
// address beyond its cap are closed at once; someone else logs in from
// another address meanwhile, and a person already in goes on saving.
func TestAFloodFromOneAddressLeavesRoomForOthers(t *testing.T) {
	alice, bob := newSigner(t), newSigner(t)
	ts := startServer(t, Config{MaxPendingPerAddr: 3, MaxPending: 6},
		keyLine(alice, `agentdeck-space="alice"`, ""), keyLine(bob, `agentdeck-space="bob"`, ""))
	ta := openTerminal(t, ts.loginFrom(t, floodAddr, alice), "xterm", 80, 24)
	ta.Out.WaitFor(t, "space=alice")

	refused, kept := ts.silentFlood(t, floodAddr, 20)
	if refused != 17 {
		t.Fatalf("%d of 20 silent connections from one address were turned away, want 17 (the cap is 3)", refused)
	}
	tb := openTerminal(t, ts.loginFrom(t, otherAddr, bob), "xterm", 80, 24)
	tb.Out.WaitFor(t, "space=bob")
	ta.Send(t, "w")
	ta.Out.WaitFor(t, "notes=1")

	// Once the flood goes, its address may log in again.
	for _, c := range kept {
		_ = c.Close()
	}
	deadline := time.Now().Add(sshtest.WaitLimit)
	for {
		if _, kept := ts.silentFlood(t, floodAddr, 1); len(kept) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the flood's address stayed shut after its connections closed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.Contains(ts.logs.String(), "too many connections waiting to log in") {
		t.Errorf("the refusals were not logged:\n%s", ts.logs.String())
	}
}

func TestConnectionsLoggingInAreCappedInAll(t *testing.T) {
	ts, _ := serveAlice(t, Config{MaxPendingPerAddr: 2, MaxPending: 3})
	if refused, _ := ts.silentFlood(t, "127.0.0.2", 2); refused != 0 {
		t.Fatalf("%d of 2 refused", refused)
	}
	if refused, _ := ts.silentFlood(t, "127.0.0.3", 2); refused != 1 {
		t.Fatalf("%d of 2 refused from a second address, want 1 (3 in all)", refused)
	}
}

// TestASessionThatEndsMidInputLeavesNothingBehind: a program that ends
// while half an escape sequence waits in its input (here 'q' and the start
// of an arrow key arrive together, or the connection drops after them)
// used to keep a goroutine and the whole program in memory for good.
func TestASessionThatEndsMidInputLeavesNothingBehind(t *testing.T) {
	ts, alice := serveAlice(t, Config{})
	logouts := 0
	session := func(drop bool) {
		// A bare session, not sshtest's Terminal, whose screen would stay
		// in memory until the test ends and blur the measurement.
		c := ts.login(t, alice)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 60, 200, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		stdin, _ := sess.StdinPipe()
		stdout, _ := sess.StdoutPipe()
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		var seen []byte
		buf := make([]byte, 4096)
		for !strings.Contains(string(seen), "space=alice") {
			n, err := stdout.Read(buf)
			if err != nil {
				t.Fatalf("the session ended before it drew: %v", err)
			}
			seen = append(seen, buf[:n]...)
		}
		go func() { _, _ = io.Copy(io.Discard, stdout) }()
		if drop {
			_, _ = io.WriteString(stdin, "\x1b[")
		} else {
			_, _ = io.WriteString(stdin, "q\x1b[")
			_ = sess.Wait()
		}
		_ = c.Close()
		logouts++
		ts.logs.WaitUntil(t, "the logout", func(s string) bool { return strings.Count(s, "msg=logout") == logouts })
	}
	settled := func(limit int, wait time.Duration) int {
		deadline := time.Now().Add(wait)
		for {
			runtime.GC()
			n := runtime.NumGoroutine()
			if n <= limit || time.Now().After(deadline) {
				return n
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	// live is the heap still in use after a collection. What an earlier
	// test is still tearing down can hold memory for a moment; what a
	// session leaves behind holds it for good, so growth is read again
	// for a while before it counts.
	live := func() int64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc) //nolint:gosec // G115: heap sizes are far below 2⁶³ bytes
	}
	session(false)
	session(true)
	before := settled(0, 200*time.Millisecond)
	heap0 := live()
	for i := range 10 {
		session(i%2 == 1)
	}
	after := settled(before, 3*time.Second)
	if after > before {
		buf := make([]byte, 1<<16)
		buf = buf[:runtime.Stack(buf, true)]
		t.Errorf("%d goroutines before 10 sessions, %d after they ended:\n%s", before, after, buf)
	}
	grew := live() - heap0
	for deadline := time.Now().Add(2 * time.Second); grew > 1<<20 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		grew = live() - heap0
	}
	t.Logf("goroutines %d -> %d, heap grew %d KB", before, after, grew>>10)
	if grew > 1<<20 {
		t.Errorf("the heap grew by %d KB over 10 ended sessions", grew>>10)
	}
}

// endlessLine is a reader of n bytes of 'a' and then Enter, made on the fly.
type endlessLine struct{ n int }

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.n < 0 {
		return 0, io.EOF
	}
	if e.n == 0 {
		e.n = -1
		p[0] = '\r'
		return 1, nil
	}
	k := min(len(p), e.n)
	for i := range k {
		p[i] = 'a'
	}
	e.n -= k
	return k, nil
}

func TestAPlainLineIsCutAtTheLimitWithAMessage(t *testing.T) {
	const sent = 32 << 20
	var echo countingWriter
	in := newCookedInput(&endlessLine{n: sent}, &echo)
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	got, err := io.ReadAll(in)
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != MaxPlainLine+1 || got[len(got)-1] != '\n' {
		t.Errorf("the program got a line of %d bytes, want %d and Enter", len(got), MaxPlainLine+1)
	}
	if n := strings.Count(echo.text.String(), "the rest of it was left out"); n != 1 {
		t.Errorf("the message was shown %d times, want once", n)
	}
	if echo.n > MaxPlainLine+1024 {
		t.Errorf("%d bytes were echoed for a line cut at %d", echo.n, MaxPlainLine)
	}
	if alloc := m1.TotalAlloc - m0.TotalAlloc; alloc > 16*MaxPlainLine {
		t.Errorf("a %d MB line cost %d KB of allocations", sent>>20, alloc>>10)
	}
}

// countingWriter counts what is written and keeps only what is not a
// typed 'a', so a huge echo does not cost the test itself.
type countingWriter struct {
	n    int
	text strings.Builder
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	if s := strings.Trim(string(p), "a"); s != "" {
		w.text.WriteString(s)
	}
	return len(p), nil
}
