package journeys

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/clitest"
)

// testHostileImportsAreRefusedPlainly: through the binary, every provider
// refuses a document one level past the depth limit and one byte past the
// size limit with one plain sentence, and writes nothing.
func testHostileImportsAreRefusedPlainly(t *testing.T, bin string) {
	for _, provider := range clitest.ImportProviders() {
		home := t.TempDir()
		for _, tt := range []struct{ doc, want string }{
			{clitest.DeepDoc(provider, 129, 1), "deep.json cannot be imported: the document is nested more than 128 levels deep, more than agentdeck reads."},
			{clitest.DeepDoc(provider, 2, 1) + strings.Repeat(" ", 16<<20), "deep.json cannot be imported: the document is larger than 16 MB, more than agentdeck reads."},
		} {
			file := clitest.WriteFile(t, "deep.json", tt.doc)
			cmd := exec.CommandContext(t.Context(), bin, "import", file, "--provider", provider)
			cmd.Env = append(os.Environ(), "AGENTDECK_HOME="+home)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitFailure || !strings.HasPrefix(string(out), "agentdeck: ") || !strings.Contains(string(out), tt.want) {
				t.Errorf("%s: %v\n%s\nwant exit 1 and %q", provider, err, out, tt.want)
			}
		}
		if files := clitest.DraftFiles(t, filepath.Join(home, "drafts")); len(files) != 0 {
			t.Errorf("%s: refused imports wrote %d drafts", provider, len(files))
		}
	}
}

// testSIGTERMStopsAnImportAtOnce: an import reading a large, legal
// document from a pipe that has not ended is stopped by SIGTERM at once,
// with no draft written. Before, it went on waiting and then wrote one.
func testSIGTERMStopsAnImportAtOnce(t *testing.T, bin string) {
	home := t.TempDir()
	cmd := exec.CommandContext(t.Context(), bin, "import", "-", "--provider", "dasha")
	cmd.Env = append(os.Environ(), "AGENTDECK_HOME="+home)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	doc := clitest.DeepDoc("dasha", 127, 2_000_000) // 4 MB
	// Once the pipe took more than its buffer, agentdeck is reading: its
	// signal handling is in place.
	if _, err := stdin.Write([]byte(doc[:len(doc)-1])); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		// What an import that ignores the signal does next: the document
		// ends, and it writes a draft.
		_, _ = stdin.Write([]byte("}"))
		_ = stdin.Close()
		err = <-done
		t.Errorf("agentdeck did not stop within 10 s of SIGTERM")
	}
	t.Logf("stopped %v after SIGTERM", time.Since(stopped))
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFailure || !strings.Contains(stderr.String(), "The import was stopped, so no draft was made.") {
		t.Errorf("exit %v, stderr %q; want 1 and the stop said", err, stderr.String())
	}
	_ = stdin.Close()
	if files := clitest.DraftFiles(t, filepath.Join(home, "drafts")); len(files) != 0 {
		t.Errorf("a stopped import wrote %d drafts", len(files))
	}
}
