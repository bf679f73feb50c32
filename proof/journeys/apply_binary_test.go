package journeys

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// elevenHome is the real binary set up against a fake ElevenLabs, with its
// own home folder.
type elevenHome struct {
	bin, home string
	env       []string
}

func newElevenHome(t *testing.T, bin string, fake *elevenlabstest.Server, name string) *elevenHome {
	t.Helper()
	h := &elevenHome{bin: bin, home: filepath.Join(t.TempDir(), name)}
	h.env = append(os.Environ(), "AGENTDECK_HOME="+h.home,
		"AGENTDECK_ELEVENLABS_API_KEY="+elevenKey, "AGENTDECK_ELEVENLABS_BASE_URL="+fake.BaseURL)
	return h
}

func (h *elevenHome) cmd(t *testing.T, args ...string) *exec.Cmd {
	c := exec.CommandContext(t.Context(), h.bin, args...)
	c.Env = h.env
	return c
}

// run runs agentdeck and returns its exit code, stdout and stderr.
func (h *elevenHome) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	c := h.cmd(t, args...)
	var out, errOut bytes.Buffer
	c.Stdout, c.Stderr = &out, &errOut
	err := c.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

func (h *elevenHome) must(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := h.run(t, args...)
	if code != 0 {
		t.Fatalf("agentdeck %s exited %d:\n%s\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return strings.TrimSpace(out)
}

// oneAgentPerDraft checks that every draft is linked to an agent of its
// own and that the provider holds exactly those.
func oneAgentPerDraft(t *testing.T, h *elevenHome, fake *elevenlabstest.Server, drafts int) {
	t.Helper()
	list := h.must(t, "list", "--json")
	agents := fake.AgentIDs()
	if len(agents) != drafts {
		t.Fatalf("%d agents on the provider for %d drafts: %v", len(agents), drafts, agents)
	}
	var rows []struct {
		RemoteID string `json:"remote_id"`
	}
	if err := json.Unmarshal([]byte(list), &rows); err != nil {
		t.Fatalf("list --json: %v\n%s", err, list)
	}
	linked := map[string]int{}
	for _, r := range rows {
		linked[r.RemoteID]++
	}
	for _, id := range agents {
		if linked[id] != 1 {
			t.Errorf("agent %s is linked to %d drafts:\n%s", id, linked[id], list)
		}
	}
}

// apply, killed while a create hangs and then resumed through rate limits,
// a lost create answer and a failing read: in the end exactly one agent per
// draft, the interrupted create linked with proof, never made twice.
func TestApplyKilledThenResumedMakesOneAgentPerDraft(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, elevenKey)
	fake.Lenient()
	h := newElevenHome(t, buildWith(t), fake, "home")
	const drafts = 6
	for i := range drafts {
		h.must(t, "new", "Clinic "+string(rune('A'+i)), "--provider", "elevenlabs")
	}
	fake.Inject("create", elevenlabstest.HangAfterHandling())
	first := h.cmd(t, "apply", "--all", "--yes", "--concurrency", "1")
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(sshtest.WaitLimit)
	for len(fake.AgentIDs()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the first create never arrived")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	if n := len(fake.AgentIDs()); n != 1 {
		t.Fatalf("%d agents after the kill, want the one whose create hung", n)
	}
	fake.Inject("create", elevenlabstest.RateLimited(1), elevenlabstest.FailAfterHandling(502))
	fake.Inject("get", elevenlabstest.ServerError(503))
	code, out, errOut := h.run(t, "apply", "--all", "--yes")
	if code != 0 {
		t.Fatalf("the resumed apply exited %d:\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"linked", "Applied: "} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "[6/6]") {
		t.Errorf("no line per draft on a log:\n%s", errOut)
	}
	oneAgentPerDraft(t, h, fake, drafts)
	// A third run has nothing left to do.
	if out := h.must(t, "apply", "--all", "--yes"); !strings.Contains(out, "Applied: 6 unchanged.") {
		t.Errorf("a run with nothing left:\n%s", out)
	}
}

// Two people share one drafts repository through git: one applies and
// pushes the links, the other pulls, edits a draft and applies — the same
// agents are updated, none is made twice.
func TestTwoClonesApplyingInTurnShareTheAgents(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	fake := elevenlabstest.NewServer(t, elevenKey)
	fake.Lenient()
	bin := buildWith(t)
	alice := newElevenHome(t, bin, fake, "alice")
	bob := newElevenHome(t, bin, fake, "bob")
	for _, name := range []string{"North desk", "South desk", "East desk"} {
		alice.must(t, "new", name, "--provider", "elevenlabs")
	}
	dir := alice.must(t, "init-repo")
	remote := filepath.Join(t.TempDir(), "shared.git")
	git := func(dir string, args ...string) {
		t.Helper()
		c := exec.CommandContext(t.Context(), "git", args...)
		c.Dir = dir
		c.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git(dir, "init", "-q", "--bare", remote)
	git(dir, "add", ".")
	git(dir, "commit", "-qm", "drafts")
	git(dir, "push", "-q", remote, "HEAD:main")
	bobDir := filepath.Join(bob.home, "drafts")
	git(dir, "clone", "-q", "-b", "main", remote, bobDir)
	alice.must(t, "apply", "--all", "--yes")
	git(dir, "commit", "-qam", "links")
	git(dir, "push", "-q", remote, "HEAD:main")
	git(bobDir, "pull", "-q", "--no-rebase", "origin", "main")
	if plan := bob.must(t, "plan", "--all"); !strings.Contains(plan, "3 unchanged") {
		t.Fatalf("bob's plan after the pull:\n%s", plan)
	}
	// Bob changes a greeting by hand, as an editor of the file would.
	files, _ := filepath.Glob(filepath.Join(bobDir, "*.yaml"))
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), "text: Hello! How can I help you today?", "text: Hello from Bob!", 1)
	if edited == string(raw) {
		t.Fatalf("no greeting to edit in:\n%s", raw)
	}
	if err := os.WriteFile(files[0], []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := bob.must(t, "apply", "--all", "--yes"); !strings.Contains(out, "Applied: 1 updated, 2 unchanged.") {
		t.Fatalf("bob's apply:\n%s", out)
	}
	git(bobDir, "commit", "-qam", "greeting")
	git(bobDir, "push", "-q", "origin", "HEAD:main")
	git(dir, "pull", "-q", "--no-rebase", remote, "main")
	if out := alice.must(t, "apply", "--all", "--yes"); !strings.Contains(out, "Applied: 3 unchanged.") {
		t.Fatalf("alice's apply after pulling bob's change:\n%s", out)
	}
	oneAgentPerDraft(t, alice, fake, 3)
}
