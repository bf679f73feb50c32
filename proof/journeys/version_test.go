package journeys

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestBinary builds the real binary once and checks what only a real
// process shows: the exit status the shell sees and the linked version.
func TestBinary(t *testing.T) {
	bin := buildWith(t, "-ldflags", "-X main.version=1.2.3")
	home := t.TempDir()
	tests := []struct {
		args     []string
		want     int
		stdout   string
		inStderr string
	}{
		{[]string{"nosuch"}, exitUsage, "", `there is no command "nosuch"`},
		{[]string{"--version"}, exitOK, "agentdeck 1.2.3\n", ""},
		{[]string{"list", "--json"}, exitOK, "[]\n", ""},
	}
	for _, tt := range tests {
		cmd := exec.CommandContext(t.Context(), bin, tt.args...)
		cmd.Env = []string{"AGENTDECK_HOME=" + home}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			code = exitErr.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tt.want || stdout.String() != tt.stdout || !strings.Contains(stderr.String(), tt.inStderr) {
			t.Errorf("agentdeck %v: exit %d, stdout %q, stderr %q; want %d, %q, …%s…",
				tt.args, code, stdout.String(), stderr.String(), tt.want, tt.stdout, tt.inStderr)
		}
	}
}
