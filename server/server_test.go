package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
)

func TestAllowedKeyLogsInAndWorksInItsSpace(t *testing.T) {
	ts, alice := serveAlice(t, Config{})

	c := ts.login(t, alice)
	tm := openTerminal(t, c, "xterm-256color", 100, 30)
	tm.Out.WaitFor(t, "space=alice")
	tm.Out.WaitFor(t, "size=100x30")
	tm.Send(t, "w")
	tm.Out.WaitFor(t, "notes=1")
	got, err := os.ReadFile(filepath.Join(ts.spacesDir, "alice", "note.txt"))
	if err != nil || string(got) != "note of alice\n" {
		t.Fatalf("the note in alice's space is %q (%v)", got, err)
	}
	tm.Send(t, "q")
	if code := tm.Wait(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	info, err := os.Stat(filepath.Join(ts.spacesDir, "alice"))
	if err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("alice's space folder: %v, mode %v; want 0700", err, info.Mode().Perm())
	}
	_ = c.Close()
	if err := ts.stopAndWait(t); err != nil {
		t.Errorf("Serve: %v", err)
	}
	logs := ts.logs.String()
	fp := gossh.FingerprintSHA256(alice.PublicKey())
	for _, want := range []string{"msg=login space=alice key=" + fp + " remote=127.0.0.1:", "msg=logout space=alice key=" + fp, "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("the log lacks %q:\n%s", want, logs)
		}
	}
}

func TestOnlyAuthorizedPublicKeysGetIn(t *testing.T) {
	alice, stranger := newSigner(t), newSigner(t)
	ts := startServer(t, Config{}, keyLine(alice, `agentdeck-space="alice"`, ""))
	tests := []struct {
		name string
		auth gossh.AuthMethod
	}{
		{"an unknown key", gossh.PublicKeys(stranger)},
		{"a password", gossh.Password("alice")},
		{"keyboard-interactive", gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
			return []string{"alice"}, nil
		})},
		{"no authentication at all", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var auth []gossh.AuthMethod
			if tt.auth != nil {
				auth = append(auth, tt.auth)
			}
			c, err := ts.dial(auth...)
			if err == nil {
				_ = c.Close()
				t.Fatal("logged in")
			}
			if !strings.Contains(err.Error(), "unable to authenticate") {
				t.Errorf("error %q, want an authentication refusal", err)
			}
		})
	}
	entries, _ := os.ReadDir(ts.spacesDir)
	if len(entries) != 0 {
		t.Errorf("refused logins made %d space folders", len(entries))
	}
}

func TestTwoPeoplesSpacesStayApart(t *testing.T) {
	alice, bob := newSigner(t), newSigner(t)
	ts := startServer(t, Config{}, keyLine(alice, `agentdeck-space="alice"`, ""), keyLine(bob, `agentdeck-space="bob"`, "bob@laptop"))

	ta := openTerminal(t, ts.login(t, alice), "xterm", 80, 24)
	tb := openTerminal(t, ts.login(t, bob), "xterm", 80, 24)
	ta.Out.WaitFor(t, "space=alice")
	tb.Out.WaitFor(t, "space=bob")
	ta.Send(t, "w")
	ta.Out.WaitFor(t, "notes=1")
	tb.Send(t, "w")
	tb.Out.WaitFor(t, "notes=1")
	tb.Out.WaitFor(t, "seen=none") // bob's space had no note before his own

	for space, want := range map[string]string{"alice": "note of alice\n", "bob": "note of bob\n"} {
		got, err := os.ReadFile(filepath.Join(ts.spacesDir, space, "note.txt"))
		if err != nil || string(got) != want {
			t.Errorf("%s's note is %q (%v), want %q", space, got, err, want)
		}
	}
}

func TestOfferingSomeoneElsesPublicKeyDoesNotGiveTheirSpace(t *testing.T) {
	// A client may ask whether any public key would be accepted without
	// holding its private key. Here it asks about alice's key, fails to
	// sign for it, then logs in with its own key: it must land in its own
	// space, not in the one of the key it only asked about.
	alice, mallory := newSigner(t), newSigner(t)
	ts := startServer(t, Config{}, keyLine(alice, `agentdeck-space="alice"`, ""), keyLine(mallory, `agentdeck-space="mallory"`, ""))
	c, err := ts.dial(gossh.PublicKeys(unsignable{alice.PublicKey()}, mallory))
	if err != nil {
		t.Fatalf("mallory could not log in: %v", err)
	}
	defer func() { _ = c.Close() }()
	tm := openTerminal(t, c, "xterm", 80, 24)
	tm.Out.WaitFor(t, "space=")
	tm.Out.WaitFor(t, "notes=0")
	if got := tm.Out.Text(); !strings.Contains(got, "space=mallory") || strings.Contains(got, "space=alice") {
		t.Fatalf("mallory's session shows:\n%s", got)
	}
}

// unsignable offers a public key but cannot sign for it, as a client that
// only knows someone's public key. Its signature names another algorithm,
// which the server refuses without ending the connection (a bad signature
// would end it), so the client goes on to its next key.
type unsignable struct{ pub gossh.PublicKey }

func (u unsignable) PublicKey() gossh.PublicKey { return u.pub }
func (u unsignable) Sign(io.Reader, []byte) (*gossh.Signature, error) {
	return &gossh.Signature{Format: gossh.KeyAlgoRSASHA256, Blob: make([]byte, 64)}, nil
}

func TestHostileSpaceNamesCannotLeaveTheSpacesFolder(t *testing.T) {
	hostile := []string{`"../escaped"`, `"/etc"`, `"a/b"`, `".."`, `"."`, `"ali\"ce"`, `"ＡＬＩＣＥ"`, "\"alice\u200b\"", `"Alice"`, `""`}
	for _, name := range hostile {
		t.Run(name, func(t *testing.T) {
			key := newSigner(t)
			ts := startServer(t, Config{}, keyLine(key, "agentdeck-space="+name, "../comment-escape"))
			tm := openTerminal(t, ts.login(t, key), "xterm", 80, 24)
			want := FingerprintSpaceName(key.PublicKey())
			tm.Out.WaitFor(t, "space="+want)
			tm.Send(t, "w")
			tm.Out.WaitFor(t, "notes=1")
			entries, err := os.ReadDir(ts.spacesDir)
			if err != nil || len(entries) != 1 || entries[0].Name() != want {
				t.Fatalf("spaces folder holds %v (%v), want only %s", entries, err, want)
			}
			for _, outside := range []string{"escaped", "comment-escape", "note.txt"} {
				if _, err := os.Stat(filepath.Join(ts.home, outside)); err == nil {
					t.Errorf("%s was written outside the spaces folder", outside)
				}
			}
		})
	}
}

func TestSessionsBeyondTheCapAreRefusedWithOneLine(t *testing.T) {
	alice, bob := newSigner(t), newSigner(t)
	ts := startServer(t, Config{MaxSessions: 1}, keyLine(alice, `agentdeck-space="alice"`, ""), keyLine(bob, `agentdeck-space="bob"`, ""))
	first := openTerminal(t, ts.login(t, alice), "xterm", 80, 24)
	first.Out.WaitFor(t, "space=alice")

	second := openTerminal(t, ts.login(t, bob), "xterm", 80, 24)
	if code := second.Wait(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	second.Stderr.WaitFor(t, "sessions are in use") // the exit status can overtake the error stream
	msg := strings.TrimSpace(second.Stderr.Text())
	if msg != "agentdeck: all 1 sessions are in use; try again later." {
		t.Errorf("refusal %q", msg)
	}
	if _, err := os.Stat(filepath.Join(ts.spacesDir, "bob")); err == nil {
		t.Error("the refused session made a space folder")
	}

	first.Send(t, "q")
	first.Wait(t)
	third := openTerminal(t, ts.login(t, bob), "xterm", 80, 24)
	third.Out.WaitFor(t, "space=bob")
}

func TestSessionsWithoutATerminalOrWithACommandAreRefused(t *testing.T) {
	ts, alice := serveAlice(t, Config{})
	c := ts.login(t, alice)
	tests := []struct {
		name, command, want string
	}{
		{"no terminal", "", "agentdeck needs a terminal; connect with: ssh -t HOST"},
		{"a command", "cat /etc/passwd", "agentdeck serve runs only agentdeck; connect without a command: ssh -t HOST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sess, err := c.NewSession()
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = sess.Close() }()
			if tt.command != "" {
				if err := sess.RequestPty("xterm", 24, 80, nil); err != nil {
					t.Fatal(err)
				}
			}
			var stderr strings.Builder
			sess.Stderr = &stderr
			if tt.command == "" {
				err = sess.Shell()
				if err == nil {
					err = sess.Wait()
				}
			} else {
				err = sess.Run(tt.command)
			}
			if err == nil {
				t.Fatal("the session succeeded")
			}
			if got := strings.TrimSpace(stderr.String()); got != tt.want {
				t.Errorf("said %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEachSessionHasItsOwnWindowSizeAndColours(t *testing.T) {
	ts, alice := serveAlice(t, Config{})
	c := ts.login(t, alice)
	tests := []struct {
		term string
		env  []string
		want string
	}{
		{"xterm-256color", nil, "profile=ANSI256"},
		{"xterm", nil, "profile=ANSI"},
		{"screen", nil, "profile=ANSI"},
		{"xterm-256color", []string{"COLORTERM=truecolor"}, "profile=TrueColor"},
		{"xterm-256color", []string{"NO_COLOR=1"}, "profile=Ascii"},
	}
	for i, tt := range tests {
		t.Run(tt.term+" "+strings.Join(tt.env, " "), func(t *testing.T) {
			w, h := 70+i, 20+i
			tm := openTerminal(t, c, tt.term, w, h, tt.env...)
			tm.Out.WaitFor(t, tt.want)
			tm.Out.WaitFor(t, "size="+strconv.Itoa(w)+"x"+strconv.Itoa(h))
			tm.Resize(t, 120, 40)
			tm.Out.WaitFor(t, "size=120x40")
			tm.Send(t, "q")
			tm.Wait(t)
		})
	}
}

func TestShutdownAsksSessionsToSave(t *testing.T) {
	ts, alice := serveAlice(t, Config{})
	c, tm := ts.aliceAtWork(t, alice)

	ts.stop()
	if code := tm.Wait(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	_ = c.Close()
	if err := ts.stopAndWait(t); err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := os.Stat(filepath.Join(ts.spacesDir, "alice", "saved.txt")); err != nil {
		t.Errorf("the session did not save on shutdown: %v", err)
	}
	if _, err := ts.dial(gossh.PublicKeys(alice)); err == nil {
		t.Error("a login succeeded after shutdown")
	}
}

func TestLeavingAsksTheSessionToSave(t *testing.T) {
	ts, alice := serveAlice(t, Config{})
	c, _ := ts.aliceAtWork(t, alice)
	_ = c.Close() // the connection drops

	// The session saves, then its logout is logged.
	ts.logs.WaitFor(t, "msg=logout space=alice")
	if _, err := os.Stat(filepath.Join(ts.spacesDir, "alice", "saved.txt")); err != nil {
		t.Errorf("the session did not save when its connection dropped: %v", err)
	}
}

func TestPlainProgramsGetWholeEchoedLines(t *testing.T) {
	alice := newSigner(t)
	factory := func(s Session) (Program, error) {
		return Program{Plain: func(ctx context.Context, in io.Reader, out io.Writer) error {
			if _, err := fmt.Fprintf(out, "space %s, terminal %s\nyour name? ", s.Space, s.Term); err != nil {
				return err
			}
			line, err := bufio.NewReader(in).ReadString('\n')
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(out, "hello %s\n", strings.TrimSpace(line))
			return err
		}}, nil
	}
	ts := startServer(t, Config{Factory: factory}, keyLine(alice, `agentdeck-space="alice"`, ""))
	tm := openTerminal(t, ts.login(t, alice), "dumb", 80, 24)
	tm.Out.WaitFor(t, "your name?")
	tm.Send(t, "bobx\x7f\r")
	tm.Out.WaitFor(t, "hello bob")
	if code := tm.Wait(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	if got := tm.Out.Text(); !strings.Contains(got, "space alice, terminal dumb\nyour name? bob\nhello bob") {
		t.Errorf("the screen shows:\n%s", got)
	}
}

func TestAFactoryErrorIsShownAndEndsTheSession(t *testing.T) {
	factory := func(Session) (Program, error) { return Program{}, errors.New("your settings file is damaged") }
	ts, alice := serveAlice(t, Config{Factory: factory})
	tm := openTerminal(t, ts.login(t, alice), "xterm", 80, 24)
	if code := tm.Wait(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	// The exit status can overtake the last bytes of the error stream, so
	// wait for the line before checking it is all that was said.
	tm.Stderr.WaitFor(t, "your settings file is damaged")
	if got := strings.TrimSpace(tm.Stderr.Text()); got != "agentdeck: your settings file is damaged" {
		t.Errorf("said %q", got)
	}
}

func TestAnIdleConnectionIsClosedAndItsSessionSaves(t *testing.T) {
	ts, alice := serveAlice(t, Config{IdleTimeout: 200 * time.Millisecond})
	c, _ := ts.aliceAtWork(t, alice)

	// Nothing is typed: the server closes the connection by itself.
	closed := make(chan error, 1)
	go func() { closed <- c.Wait() }()
	select {
	case err := <-closed:
		t.Logf("the connection ended: %v", err)
	case <-time.After(sshtest.WaitLimit):
		t.Fatal("the idle connection was not closed")
	}
	ts.logs.WaitFor(t, "msg=logout space=alice")
	if _, err := os.Stat(filepath.Join(ts.spacesDir, "alice", "saved.txt")); err != nil {
		t.Errorf("the idle session did not save: %v", err)
	}
}
