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
		comment string
		options []string
		want    string
		skipped bool
	}{
		{name: "a plain comment names the space", comment: "alice", want: "alice"},
		{name: "the option wins over the comment", comment: "alice", options: []string{`agentdeck-space="bob"`}, want: "bob"},
		{name: "option names are not case-sensitive", options: []string{`Agentdeck-Space="bob"`}, want: "bob"},
		{name: "a user@host comment is not a name", comment: "alice@laptop", want: fallback},
		{name: "no comment", want: fallback},
		{name: "dots and slashes", comment: "../x", want: fallback},
		{name: "an absolute path", comment: "/etc", want: fallback},
		{name: "a nested path", comment: "a/b", want: fallback},
		{name: "dot dot", comment: "..", want: fallback},
		{name: "a NUL byte", options: []string{"agentdeck-space=\"a\x00b\""}, want: fallback},
		{name: "upper case", comment: "Alice", want: fallback},
		{name: "full-width letters", comment: "ａｌｉｃｅ", want: fallback},
		{name: "a zero-width space", comment: "alice\u200b", want: fallback},
		{name: "a Cyrillic a", comment: "\u0430lice", want: fallback},
		{name: "a bad option does not fall back to the comment", comment: "alice", options: []string{`agentdeck-space="../bob"`}, want: fallback},
		{name: "64 characters are allowed", comment: strings.Repeat("a", 64), want: strings.Repeat("a", 64)},
		{name: "65 characters are not", comment: strings.Repeat("a", 65), want: fallback},
		{name: "digits, dash and underscore", comment: "team-2_b", want: "team-2_b"},
		{name: "harmless options are accepted", comment: "alice", options: []string{"restrict", "no-port-forwarding"}, want: "alice"},
		{name: "a forced command leaves the key out", comment: "alice", options: []string{`command="ls"`}, skipped: true},
		{name: "a source restriction leaves the key out", comment: "alice", options: []string{`from="10.0.0.1"`}, skipped: true},
		{name: "a CA line leaves the key out", comment: "alice", options: []string{"cert-authority"}, skipped: true},
		{name: "naming the space twice leaves the key out", options: []string{`agentdeck-space="a"`, `agentdeck-space="b"`}, skipped: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, problem := spaceFor(key, tt.comment, tt.options)
			if (problem != "") != tt.skipped {
				t.Fatalf("problem %q, want skipped=%v", problem, tt.skipped)
			}
			if !tt.skipped && got != tt.want {
				t.Errorf("space %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFingerprintNamesAreStableAndValid(t *testing.T) {
	a, b := newSigner(t).PublicKey(), newSigner(t).PublicKey()
	if FingerprintSpaceName(a) != FingerprintSpaceName(a) {
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
		keyLine(alice, "", "alice"),
		keyLine(bob, `command="rm -rf /"`, "bob"),
		keyLine(alice, "", "alice-again"),
		keyLine(carol, `agentdeck-space="../carol"`, ""),
	}, "\n")
	keys := parseAuthorizedKeys([]byte(data), "authorized_keys", slog.New(slog.NewTextHandler(logs, nil)))
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
	ts := startServer(t, Config{}, keyLine(alice, "", "alice"))
	ts.login(t, alice)
	if _, err := ts.dial(gossh.PublicKeys(bob)); err == nil {
		t.Fatal("bob got in before his key was added")
	}

	writeFileAtomic(t, ts.keysPath, keyLine(bob, "", "bob")+"\n")
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
