package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/server"
	"github.com/agentdeck/agentdeck/storage"
)

func TestServeRefusesBadFlagsAsUsage(t *testing.T) {
	t.Parallel()
	checkExits(t, []exitCase{
		{"no sessions allowed", []string{"serve", "--max-sessions", "0"}, exitUsage, "--max-sessions must be 1 or more"},
		{"an unknown theme", []string{"serve", "--theme", "blue"}, exitUsage, `there is no theme "blue"`},
		{"an address without a port", []string{"serve", "--listen", "localhost"}, exitUsage, "--listen wants HOST:PORT"},
		{"a negative idle timeout", []string{"serve", "--idle-timeout", "-1s"}, exitUsage, "--idle-timeout cannot be negative"},
		{"an argument", []string{"serve", "now"}, exitUsage, "serve takes no arguments"},
		{"a URL as an allowed host", []string{"serve", "--allow-host", "https://api.example.com"}, exitUsage, "--allow-host"},
	})
}

func TestServeWithoutAuthorizedKeysSaysHowToAddOne(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	code, stdout, stderr := c.run("serve", "--listen", "127.0.0.1:0")
	if code != exitFailure || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	for _, want := range []string{"Could not start the SSH server.", "authorized_keys", "cat ~/.ssh/id_ed25519.pub >>"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestSessionsWorkInTheirSpaceWithNoneOfTheServersEnvironment(t *testing.T) {
	t.Parallel()
	serverHome, spaceDir := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(spaceDir, "settings.yaml"), "ui:\n  theme: light\n")
	serverEnv := map[string]string{
		"AGENTDECK_HOME":          serverHome,
		"AGENTDECK_DASHA_API_KEY": "the-server-owners-key",
		"EDITOR":                  "vi",
		"HOME":                    "/root",
	}
	a := &app{providers: newRegistry(), stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string { return serverEnv[k] }}
	deps, err := a.sessionDeps(server.Session{Space: "alice", Dir: spaceDir, Term: "xterm"}, "", storage.HostPolicy{})
	if err != nil {
		t.Fatal(err)
	}
	if deps.ExternalEditor {
		t.Error("the external editor is on: it would run on the server")
	}
	if deps.Player != nil {
		t.Error("voice samples are offered: they would play on the server")
	}
	for _, k := range []string{"AGENTDECK_HOME", "AGENTDECK_DASHA_API_KEY", "EDITOR", "HOME"} {
		if v := deps.Getenv(k); v != "" && !(k == "AGENTDECK_HOME" && v == spaceDir) {
			t.Errorf("the session sees %s=%q", k, v)
		}
	}
	if deps.Theme != "light" {
		t.Errorf("theme %q, want the space's setting, light", deps.Theme)
	}
	d := agent.Draft{SchemaVersion: agent.SchemaVersion, Name: "Desk", Provider: "dasha"}
	if err := deps.Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(spaceDir, "drafts", d.ID+".yaml")); err != nil {
		t.Errorf("the draft is not in the space: %v", err)
	}
	if entries, _ := os.ReadDir(serverHome); len(entries) != 0 {
		t.Errorf("the server's home got %d entries", len(entries))
	}
}
