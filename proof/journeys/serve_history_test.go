package journeys

import (
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// testServeRestoresAnOlderVersionOverSSH: a visitor whose draft was pushed
// twice to a fake ElevenLabs (two versions, the greeting changed between
// them) logs in to the real `agentdeck serve`, opens the draft's history
// with its key, sees both versions and what restoring the older changes,
// restores it after saying yes, and the draft file then holds the older
// greeting. Another visitor, logged in at the same time, sees only their
// own draft, and nothing in their drafts folder changes.
func testServeRestoresAnOlderVersionOverSSH(t *testing.T, bin string) {
	fake := elevenlabstest.NewServer(t, "the-visitors-key")
	home := t.TempDir()
	const newGreeting = "Hi, the new greeting speaking."
	alice := visitorSpace(t, bin, home, "alice", fake.BaseURL)
	aliceID := alice.run("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	alice.run("push", aliceID)
	oldGreeting := alice.greeting(t, aliceID)
	alice.edit(t, aliceID, func(d *agent.Draft) { d.Agent.Greeting.Text = newGreeting })
	alice.run("push", aliceID)
	bob := visitorSpace(t, bin, home, "bob", fake.BaseURL)
	bobID := bob.run("new", "Back office", "--provider", "elevenlabs", "--template", "receptionist")
	bob.run("push", bobID)
	bobBefore := filesUnder(t, filepath.Join(bob.dir, "drafts"))
	if len(bobBefore) < 2 {
		t.Fatalf("bob's drafts folder holds %d files, not his draft and its version", len(bobBefore))
	}

	u, err := url.Parse(fake.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	aliceKey, bobKey := sshtest.NewSigner(t), sshtest.NewSigner(t)
	srv := startServeWith(t, bin, home, nil, []string{"--allow-host", u.Host},
		sshtest.KeyLine(aliceKey, `agentdeck-space="alice"`, ""),
		sshtest.KeyLine(bobKey, `agentdeck-space="bob"`, ""))
	keys := ui.DefaultKeyMap()

	b := sshtest.OpenTerminal(t, srv.login(t, bobKey), "xterm-256color", 100, 30)
	b.Out.WaitFor(t, "Back office", "pushed")

	a := sshtest.OpenTerminal(t, srv.login(t, aliceKey), "xterm-256color", 100, 30)
	a.Out.WaitFor(t, "Front desk", "pushed")
	a.Send(t, keyBytes(t, keys.Drafts.Open))
	a.Out.WaitFor(t, "Basics")
	a.Send(t, keyBytes(t, keys.Editor.History))
	a.Out.WaitFor(t, "2 versions kept, newest first", "Version 2", "Version 1", "Version 2 is what the draft holds now.")
	a.Send(t, keyBytes(t, keys.History.Down))
	a.Out.WaitFor(t, "Restoring version 1 changes:", "Greeting")
	a.Send(t, keyBytes(t, keys.History.Restore))
	a.Out.WaitFor(t, "Restore version 1 of “Front desk”?", "Not now")
	if got := alice.greeting(t, aliceID); got != newGreeting {
		t.Fatalf("asking changed the draft's greeting to %q", got)
	}
	a.Send(t, keyBytes(t, keys.Dialog.Next))
	a.Send(t, keyBytes(t, keys.Dialog.Confirm))
	a.Out.WaitFor(t, "The draft now holds what version 1 sent")
	pollFor(t, "alice's draft greeting", func() string { return alice.greeting(t, aliceID) }, oldGreeting)

	if screen := b.Out.String(); strings.Contains(screen, "Front desk") {
		t.Errorf("bob's list shows alice's draft:\n%s", screen)
	}
	if code := srv.terminate(t); code != 0 {
		t.Errorf("agentdeck serve exited with %d:\n%s", code, srv.log.String())
	}
	bobAfter := filesUnder(t, filepath.Join(bob.dir, "drafts"))
	if len(bobAfter) != len(bobBefore) {
		t.Errorf("bob's drafts folder went from %d files to %d", len(bobBefore), len(bobAfter))
	}
	for name, text := range bobBefore {
		if bobAfter[name] != text {
			t.Errorf("bob's %s changed", name)
		}
	}
}

// visitor is one served person's space, set up from the command line
// there as the person would on their own machine.
type visitor struct {
	t        *testing.T
	bin, dir string
}

// visitorSpace makes the space name under home, its provider a fake at
// baseURL.
func visitorSpace(t *testing.T, bin, home, name, baseURL string) *visitor {
	t.Helper()
	dir := filepath.Join(home, "spaces", name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	clitest.WriteSpace(t, dir, "elevenlabs", baseURL)
	return &visitor{t: t, bin: bin, dir: dir}
}

// run runs agentdeck in the space, with none of this process's
// environment (which might name another home or key), and returns what it
// printed, trimmed.
func (v *visitor) run(args ...string) string {
	v.t.Helper()
	c := exec.CommandContext(v.t.Context(), v.bin, args...)
	c.Env = []string{"AGENTDECK_HOME=" + v.dir, "PATH=" + os.Getenv("PATH")}
	out, err := c.Output()
	if err != nil {
		v.t.Fatalf("agentdeck %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// store is the space's drafts.
func (v *visitor) store(t *testing.T) *storage.Store {
	t.Helper()
	s, err := storage.Open(filepath.Join(v.dir, "drafts"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// greeting is the greeting draft id holds on disk.
func (v *visitor) greeting(t *testing.T, id string) string {
	t.Helper()
	d, err := v.store(t).Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return d.Agent.Greeting.Text
}

// edit changes draft id on disk, as the editor would save it.
func (v *visitor) edit(t *testing.T, id string, change func(d *agent.Draft)) {
	t.Helper()
	s := v.store(t)
	d, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	change(&d)
	if err := s.Save(&d); err != nil {
		t.Fatal(err)
	}
}

// filesUnder is every file below dir (its history included), by path,
// but for the list's cache (.index), which a visitor's own list rewrites.
func filesUnder(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	root := os.DirFS(dir)
	err := fs.WalkDir(root, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == ".index" {
			return err
		}
		b, err := fs.ReadFile(root, p)
		files[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
