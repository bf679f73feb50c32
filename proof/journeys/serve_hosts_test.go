package journeys

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/ui"
)

// testServeRefusesAVisitorsBaseURLOnTheServersOwnMachine: over SSH, a
// visitor whose settings point Nova at 127.0.0.1 presses "test connection":
// the settings screen says the address is not allowed and nothing reaches
// it, so the visitor's key stays home. With --allow-host for that address
// the same test does reach it.
func testServeRefusesAVisitorsBaseURLOnTheServersOwnMachine(t *testing.T, bin string) {
	fake, hits := clitest.CountingServer(t)
	keys := ui.DefaultKeyMap()
	for _, allow := range []bool{false, true} {
		home := t.TempDir()
		alice := sshtest.NewSigner(t)
		space := filepath.Join(home, "spaces", "alice")
		if err := os.MkdirAll(space, 0o700); err != nil {
			t.Fatal(err)
		}
		clitest.WriteSpace(t, space, "nova", fake.URL)
		var flags []string
		if allow {
			flags = []string{"--allow-host", fake.Listener.Addr().String()}
		}
		srv := startServeWith(t, bin, home, nil, flags, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))
		tm := sshtest.OpenTerminal(t, srv.login(t, alice), "xterm", 100, 30)
		tm.Out.WaitFor(t, "No drafts yet")
		tm.Send(t, keyBytes(t, keys.Drafts.Settings))
		tm.Out.WaitFor(t, "Nova")
		tm.Send(t, keyBytes(t, keys.Settings.Test))
		if !allow {
			tm.Out.WaitFor(t, "Could not connect to Nova", "server's own machine")
			if n := hits.Load(); n != 0 {
				t.Fatalf("%d requests reached 127.0.0.1 from a served space", n)
			}
			continue
		}
		deadline := time.Now().Add(sshtest.WaitLimit)
		for hits.Load() == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("--allow-host did not let the test connection through:\n%s", tm.Out.Text())
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}
