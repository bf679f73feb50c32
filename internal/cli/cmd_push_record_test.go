package cli

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Regression (issue 13, point 11): an update that reached the provider but
// could not be recorded in the draft (a full disk, here a draft file that
// can no longer be replaced) was told as "Something went wrong talking to
// Dasha"; it now says what happened.
func TestPushSaysTheDraftCouldNotRecordAnUpdate(t *testing.T) {
	t.Parallel()
	c, fake := dashaCLI(t)
	id := dashaRun(t, c, "new", "Front desk", "--provider", "dasha")
	remote := dashaRun(t, c, "push", id)
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "A new prompt." })
	path := filepath.Join(c.store().Dir(), id+".yaml")
	fake.Inject("update", func(w http.ResponseWriter, _ *http.Request, store func()) {
		store()
		// The update took effect; from now on the draft cannot be written.
		if err := os.Rename(path, path+".away"); err != nil {
			t.Error(err)
		}
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{}`))
	})
	code, _, stderr := c.run("push", id)
	want := "agentdeck: The agent " + remote + " was updated on Dasha BlackBox, but the draft could not record it."
	if code != exitFailure || firstLine(stderr) != want || strings.Contains(stderr, "talking to") {
		t.Fatalf("exit %d:\n%s\nwant the first line %q", code, stderr, want)
	}
	if !strings.Contains(asJSON(fake.Agent(remote)), "A new prompt.") {
		t.Fatal("the update did not reach the fake")
	}
}
