package journeys

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

// testExportMasksSecretsInAddresses (issue 13, point 10): through the real
// binary, a document whose webhook carries a key in a header named like a
// signature, in its address's password and in its query imports with none
// of them in the draft, and `agentdeck export` shows each masked while the
// rest of the address stays readable.
func testExportMasksSecretsInAddresses(t *testing.T, bin string) {
	home := t.TempDir()
	file := filepath.Join(t.TempDir(), "agent.json")
	if err := os.WriteFile(file, []byte(clitest.DashaAgentWithKeys), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), bin, args...)
		cmd.Env = []string{"AGENTDECK_HOME=" + home}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("agentdeck %v: %v\n%s", args, err, stderr.String())
		}
		if strings.Contains(stdout.String()+stderr.String(), "FAKE-SECRET") {
			t.Fatalf("agentdeck %v printed a secret", args)
		}
		return strings.TrimSpace(stdout.String())
	}
	id := run("import", file, "--provider", "dasha")
	got := run("export", id)
	for _, want := range []string{
		`"url": "https://hook:********@hooks.victim.example/r?api_key=********"`,
		`"Authorization": "********"`, `"X-Hub-Signature": "********"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("export lacks %s:\n%s", want, got)
		}
	}
	drafts, _ := filepath.Glob(filepath.Join(home, "drafts", "*"))
	for _, f := range drafts {
		if b, _ := os.ReadFile(f); bytes.Contains(b, []byte("FAKE-SECRET")) {
			t.Errorf("the draft file %s holds a secret", f)
		}
	}
}
