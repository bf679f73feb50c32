package journeys

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// hostileName is an agent name that, printed raw, clears the screen, sets
// the window title, starts a C1 CSI, reverses the text and deletes.
const hostileName = "Front desk\x1b[2J\x1b]0;pwned\x07\u009b31m\u202e\x7f"

// rawControl returns the first control or escape character in s that could
// act on a terminal (line feeds and tabs aside), "" when there is none.
func rawControl(s string) string {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return string(r)
		}
	}
	return ""
}

// testHostileNamesNeverReachTheTerminal: an agent imported with a name full
// of escape sequences, from a file whose name holds one too, is listed,
// exported, validated and diffed with none of them reaching the terminal;
// list --json still gives the exact name.
func testHostileNamesNeverReachTheTerminal(t *testing.T, bin string) {
	home := t.TempDir()
	doc, _ := json.Marshal(map[string]any{"name": hostileName, "conversation_config": map[string]any{}})
	file := filepath.Join(t.TempDir(), "agent\x1b]0;file\x07.json")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	runBin := func(args ...string) (string, string) {
		cmd := exec.CommandContext(t.Context(), bin, args...)
		cmd.Env = append(os.Environ(), "AGENTDECK_HOME="+home)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		_ = cmd.Run() // validate and diff may exit 1; the output is what counts
		for _, out := range []string{stdout.String(), stderr.String()} {
			if c := rawControl(out); c != "" {
				t.Errorf("agentdeck %s printed %q raw:\n%q", args[0], c, out)
			}
		}
		return stdout.String(), stderr.String()
	}
	idOut, _ := runBin("import", file, "--provider", "elevenlabs")
	id := strings.TrimSpace(idOut)
	if id == "" {
		t.Fatal("the import made no draft")
	}
	list, _ := runBin("list")
	if !strings.Contains(list, `Front desk\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e\u007f`) {
		t.Errorf("list does not show the name with its escapes made visible:\n%s", list)
	}
	listJSON, _ := runBin("list", "--json")
	var listed []struct{ Name string }
	if err := json.Unmarshal([]byte(listJSON), &listed); err != nil || len(listed) != 1 || listed[0].Name != hostileName {
		t.Errorf("list --json: %v, %+v; want the exact name", err, listed)
	}
	runBin("export", id)
	runBin("validate", id)
	runBin("diff", id)
	runBin("push", id, "--dry-run")
}
