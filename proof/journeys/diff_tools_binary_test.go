package journeys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// A person edits a workspace tool's address in the draft file and asks the
// real binary what a push would change: diff names the tool and the new
// address, where it used to say nothing would change.
func TestDiffShowsAWorkspaceToolEdit(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, elevenKey)
	h := newElevenHome(t, buildWith(t), fake, "home")
	id := h.must(t, "new", "Support", "--provider", "elevenlabs", "--template", "support")
	h.must(t, "push", id)
	if code, out, errOut := h.run(t, "diff", id); code != 0 || out != "" || !strings.Contains(errOut, "are the same") {
		t.Fatalf("diff right after the push: exit %d\n%s\n%s", code, out, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(h.home, "drafts", id+"*.yaml"))
	if len(files) != 1 {
		t.Fatalf("draft files: %v", files)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil || !strings.Contains(string(raw), "https://example.com/api/orders") {
		t.Fatalf("the draft file: %v\n%s", err, raw)
	}
	edited := strings.Replace(string(raw), "https://example.com/api/orders", "https://example.com/api/v2/orders", 1)
	if err := os.WriteFile(files[0], []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	out := h.must(t, "diff", id)
	if want := "Tools › lookup_order › Address: https://example.com/api/orders → https://example.com/api/v2/orders"; out != want {
		t.Fatalf("diff after the edit:\n%s\nwant %s", out, want)
	}
}
