package journeys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/ui"
)

// TestTUIKeepsTypedWorkAgainstOtherWritersInTmux runs the real binary in
// an 80×24 tmux window while other processes write the same draft:
//   - `agentdeck push` from another shell records the remote agent: the
//     TUI asks nothing, and the typed text and the record both end up in
//     the file;
//   - then another writer changes the content: the TUI asks, esc puts the
//     question off, ctrl+c asks once more and ctrl+c again quits, keeping
//     the typed text as a copy beside the other writer's version.
func TestTUIKeepsTypedWorkAgainstOtherWritersInTmux(t *testing.T) {
	needTmuxBinary(t)
	n := newNovaDesk(t)
	bin, env, home, id, file := n.bin, n.env, n.home, n.id, n.file()
	run := func(args ...string) string { return n.run(t, args...) }
	read := func() string {
		t.Helper()
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		return string(raw)
	}

	keys := ui.DefaultKeyMap()
	pane := openDraftInTmux(t, bin, env, "Front desk", "Nova")
	pane.send(keyBytes(t, keys.Editor.Open))
	pane.waitFor("Name", "> Front desk")
	pane.send(" Mine.")
	pane.waitFor("saved")

	// Another shell pushes: only the record in the file changes.
	remote := run("push", id)
	pane.send(" More.")
	pane.waitFor("saved")
	pollFor(t, "the draft file", read, "Mine. More.", "id: "+remote)
	if scr := pane.screen(false); strings.Contains(scr, "changed somewhere else") {
		t.Fatalf("a push that only recorded the agent asked a question:\n%s", scr)
	}

	// Another writer changes the content.
	// (The file holds no revision: a change to it is noticed by its
	// content, as a git pull's would be.)
	other := strings.ReplaceAll(read(), "Front desk Mine. More.", "Theirs.")
	if err := os.WriteFile(file, []byte(other), 0o600); err != nil {
		t.Fatal(err)
	}
	pane.send(" Last.")
	pane.waitFor("This draft was changed somewhere else", "Save mine as a copy")
	pane.send(keyBytes(t, keys.Dialog.Cancel))
	// esc and ctrl+c sent together would read as alt+ctrl+c: wait for the
	// question to close first.
	pane.waitFor("Name", "> Front desk Mine. More. Last.")
	pane.send(keyBytes(t, keys.Global.Quit))
	pane.waitFor("Save mine as a copy and quit")
	pane.send(keyBytes(t, keys.Global.Quit))
	pane.waitFor("[exited] 0")

	if got := read(); !strings.Contains(got, "Theirs.") || strings.Contains(got, "Last.") {
		t.Fatalf("the other writer's version was not kept:\n%s", got)
	}
	copies, _ := filepath.Glob(filepath.Join(home, "drafts", "*.yaml"))
	for _, c := range copies {
		raw, _ := os.ReadFile(c)
		if strings.Contains(string(raw), "(my copy)") && strings.Contains(string(raw), "Front desk Mine. More. Last.") {
			return
		}
	}
	t.Fatalf("no copy holds the typed text; the list reads:\n%s", run("list"))
}
