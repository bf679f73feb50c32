package journeys

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"

	gossh "golang.org/x/crypto/ssh"

	"github.com/agentdeck/agentdeck/internal/sshtest"
)

// testServeWithTheOpenSSHClientInTmux logs in to `agentdeck serve` with the
// real OpenSSH client, checking the host key against a known_hosts file,
// inside tmux, and makes a draft there.
func testServeWithTheOpenSSHClientInTmux(t *testing.T, bin string) {
	needTools(t, "tmux", "ssh")
	home, keys := t.TempDir(), t.TempDir()
	alice, keyFile := clientKey(t, keys, "alice")
	_, strangerFile := clientKey(t, keys, "stranger")
	srv := startServe(t, bin, home, nil, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))

	host, port, _ := strings.Cut(srv.addr, ":")
	knownHosts := filepath.Join(keys, "known_hosts")
	line := fmt.Sprintf("[%s]:%s %s", host, port, gossh.MarshalAuthorizedKey(srv.hostKey))
	if err := os.WriteFile(knownHosts, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	sshCommand := func(identity string) string {
		return fmt.Sprintf("ssh -F /dev/null -p %s -i %s -o IdentitiesOnly=yes -o UserKnownHostsFile=%s "+
			"-o StrictHostKeyChecking=yes -o BatchMode=yes -o LogLevel=ERROR -t %s", port, identity, knownHosts, host)
	}

	stranger := startTmuxPane(t, 100, 30, nil, sshCommand(strangerFile))
	stranger.waitFor("Permission denied (publickey)", "[exited] 255")

	s := startTmuxPane(t, 100, 30, nil, sshCommand(keyFile))
	s.waitFor("No drafts yet")
	s.send("n")
	s.waitFor("Pick a template")
	s.key("Enter")
	s.waitFor("Pick a provider")
	s.key("Enter")
	s.waitFor("Name your draft")
	s.send("Reception")
	s.key("Enter")
	s.waitFor("Created “Reception”", "Basics")
	drafts := clitest.DraftFiles(t, filepath.Join(home, "spaces", "alice", "drafts"))
	if len(drafts) != 1 || !strings.Contains(joined(drafts), "name: Reception") {
		t.Fatalf("alice's space holds:\n%s", joined(drafts))
	}
	s.key("C-c")
	s.waitFor("[exited] 0")
	srv.log.WaitFor(t, "msg=logout space=alice")
}
