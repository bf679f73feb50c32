package server

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
)

func TestSpaceNames(t *testing.T) {
	key := newSigner(t).PublicKey()
	fallback := FingerprintSpaceName(key)
	tests := []struct {
		name    string
		options []string
		want    string
		skipped bool
	}{
		{name: "the option names the space", options: []string{`agentdeck-space="bob"`}, want: "bob"},
		{name: "option names are not case-sensitive", options: []string{`Agentdeck-Space="bob"`}, want: "bob"},
		{name: "no option: the fingerprint", want: fallback},
		{name: "dots and slashes", options: []string{`agentdeck-space="../x"`}, want: fallback},
		{name: "an absolute path", options: []string{`agentdeck-space="/etc"`}, want: fallback},
		{name: "a nested path", options: []string{`agentdeck-space="a/b"`}, want: fallback},
		{name: "dot dot", options: []string{`agentdeck-space=".."`}, want: fallback},
		{name: "a NUL byte", options: []string{"agentdeck-space=\"a\x00b\""}, want: fallback},
		{name: "upper case", options: []string{`agentdeck-space="Alice"`}, want: fallback},
		{name: "full-width letters", options: []string{`agentdeck-space="ａｌｉｃｅ"`}, want: fallback},
		{name: "a zero-width space", options: []string{"agentdeck-space=\"alice\u200b\""}, want: fallback},
		{name: "a Cyrillic a", options: []string{"agentdeck-space=\"\u0430lice\""}, want: fallback},
		{name: "64 characters are allowed", options: []string{`agentdeck-space="` + strings.Repeat("a", 64) + `"`}, want: strings.Repeat("a", 64)},
		{name: "65 characters are not", options: []string{`agentdeck-space="` + strings.Repeat("a", 65) + `"`}, want: fallback},
		{name: "digits, dash and underscore", options: []string{`agentdeck-space="team-2_b"`}, want: "team-2_b"},
		{name: "harmless options are accepted", options: []string{"restrict", "no-port-forwarding", `agentdeck-space="alice"`}, want: "alice"},
		{name: "harmless options alone: the fingerprint", options: []string{"restrict"}, want: fallback},
		{name: "a forced command leaves the key out", options: []string{`command="ls"`}, skipped: true},
		{name: "a source restriction leaves the key out", options: []string{`from="10.0.0.1"`}, skipped: true},
		{name: "a CA line leaves the key out", options: []string{"cert-authority"}, skipped: true},
		{name: "naming the space twice leaves the key out", options: []string{`agentdeck-space="a"`, `agentdeck-space="b"`}, skipped: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, problem := spaceFor(key, tt.options)
			if (problem != "") != tt.skipped {
				t.Fatalf("problem %q, want skipped=%v", problem, tt.skipped)
			}
			if !tt.skipped && got != tt.want {
				t.Errorf("space %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAKeysCommentNeverNamesItsSpace: whoever makes a key picks its
// comment. A second key commented "alice" logs in (its line is in the file)
// but lands in a space of its own, never in alice's, and sees none of her
// work; the server says at start-up how to give the space back on purpose.
func TestAKeysCommentNeverNamesItsSpace(t *testing.T) {
	alice, mallory := newSigner(t), newSigner(t)
	ts := startServer(t, Config{}, keyLine(alice, `agentdeck-space="alice"`, "alice"))
	ta := openTerminal(t, ts.login(t, alice), "xterm", 80, 24)
	ta.Out.WaitFor(t, "space=alice")
	ta.Send(t, "w")
	ta.Out.WaitFor(t, "notes=1")

	writeFileAtomic(t, ts.keysPath, keyLine(alice, `agentdeck-space="alice"`, "alice")+"\n"+keyLine(mallory, "", "alice")+"\n")
	tm := openTerminal(t, ts.login(t, mallory), "xterm", 80, 24)
	own := FingerprintSpaceName(mallory.PublicKey())
	tm.Out.WaitFor(t, "space="+own)
	tm.Send(t, "w")
	tm.Out.WaitFor(t, "notes=1")
	if got := tm.Out.Text(); strings.Contains(got, "space=alice") || !strings.Contains(got, "seen=none") {
		t.Fatalf("the key commented alice sees:\n%s", got)
	}
	if got, _ := os.ReadFile(filepath.Join(ts.spacesDir, "alice", "note.txt")); string(got) != "note of alice\n" {
		t.Errorf("alice's note is now %q", got)
	}
	if !strings.Contains(ts.logs.String(), "msg=login space="+own) {
		t.Errorf("the log lacks mallory's own space:\n%s", ts.logs.String())
	}
	// The line whose comment names alice's existing folder gets advice.
	hint := `add agentdeck-space=\"alice\" at the start of the line`
	ts.logs.WaitFor(t, hint)
	if n := strings.Count(ts.logs.String(), hint); n != 1 {
		t.Errorf("the hint was logged %d times, want once (for mallory's line only):\n%s", n, ts.logs.String())
	}
}

func TestFingerprintNamesAreStableAndValid(t *testing.T) {
	a, b := newSigner(t).PublicKey(), newSigner(t).PublicKey()
	if first, again := FingerprintSpaceName(a), FingerprintSpaceName(a); first != again {
		t.Error("the same key got two names")
	}
	if FingerprintSpaceName(a) == FingerprintSpaceName(b) {
		t.Error("two keys got the same name")
	}
	if !ValidSpaceName(FingerprintSpaceName(a)) {
		t.Errorf("%q is not a valid space name", FingerprintSpaceName(a))
	}
}

func TestAuthorizedKeysFileSkipsBadLinesAndKeepsTheRest(t *testing.T) {
	alice, bob, carol := newSigner(t), newSigner(t), newSigner(t)
	logs := sshtest.NewStream(nil)
	data := strings.Join([]string{
		"# a comment",
		"",
		"not a key at all",
		keyLine(alice, `agentdeck-space="alice"`, ""),
		keyLine(bob, `command="rm -rf /"`, "bob"),
		keyLine(alice, `agentdeck-space="alice-again"`, ""),
		keyLine(carol, `agentdeck-space="../carol"`, ""),
	}, "\n")
	keys := parseAuthorizedKeys([]byte(data), "authorized_keys", "", slog.New(slog.NewTextHandler(logs, nil)))
	if k, ok := keys[string(alice.PublicKey().Marshal())]; !ok || k.space != "alice" {
		t.Errorf("alice: %+v %v", k, ok)
	}
	if _, ok := keys[string(bob.PublicKey().Marshal())]; ok {
		t.Error("bob's key with a forced command was let in")
	}
	if k := keys[string(carol.PublicKey().Marshal())]; k.space != FingerprintSpaceName(carol.PublicKey()) {
		t.Errorf("carol's space %q", k.space)
	}
	for _, want := range []string{"line=3", "line=5", `option \"command\"`, "line=6", "listed twice", "line=7"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, logs.String())
		}
	}
	if strings.Contains(logs.String(), "../carol") {
		t.Error("the log repeats the hostile name")
	}
}

func TestAuthorizedKeysAreReadAgainWhenTheFileChanges(t *testing.T) {
	alice, bob := newSigner(t), newSigner(t)
	ts := startServer(t, Config{}, keyLine(alice, `agentdeck-space="alice"`, ""))
	ts.login(t, alice)
	if _, err := ts.dial(gossh.PublicKeys(bob)); err == nil {
		t.Fatal("bob got in before his key was added")
	}

	writeFileAtomic(t, ts.keysPath, keyLine(bob, `agentdeck-space="bob"`, "")+"\n")
	ts.login(t, bob)
	if _, err := ts.dial(gossh.PublicKeys(alice)); err == nil {
		t.Fatal("alice still got in after her key was removed")
	}

	// A file that vanishes lets nobody in, and says so once.
	if err := os.Remove(filepath.Join(ts.home, "authorized_keys")); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := ts.dial(gossh.PublicKeys(bob)); err == nil {
			t.Fatal("bob got in with no authorized keys file")
		}
	}
	if n := strings.Count(ts.logs.String(), "cannot read the authorized keys file"); n != 1 {
		t.Errorf("the missing file was logged %d times, want once", n)
	}
}
