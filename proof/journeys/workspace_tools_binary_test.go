package journeys

import (
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// The real binary, killed while ElevenLabs is answering the save of a
// draft's webhook tool, then pushed again: the tool the killed push made
// is found with proof and linked, never saved twice, and the agent names
// it by id.
func TestPushKilledDuringAToolSaveMakesOneWorkspaceTool(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, elevenKey)
	fake.Lenient()
	h := newElevenHome(t, buildWith(t), fake, "home")
	id := h.must(t, "new", "Support", "--provider", "elevenlabs", "--template", "support")
	fake.Inject("create tool", elevenlabstest.HangAfterHandling())
	first := h.cmd(t, "push", id)
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	pollFor(t, "the fake's tool saves", func() string { return strconv.Itoa(len(fake.Calls("create tool"))) }, "1")
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()
	remote := h.must(t, "push", id)
	var made []string
	for _, tl := range fake.Tools() {
		if cfg, _ := tl["tool_config"].(map[string]any); cfg["name"] == "lookup_order" {
			made = append(made, tl["id"].(string))
		}
	}
	if len(made) != 1 || len(fake.Calls("create tool")) != 1 {
		t.Fatalf("workspace tools %v after %d saves, want one", made, len(fake.Calls("create tool")))
	}
	a, _ := fake.Agent(remote)
	ids := a["conversation_config"].(map[string]any)["agent"].(map[string]any)["prompt"].(map[string]any)["tool_ids"]
	if list, _ := ids.([]any); len(list) != 1 || list[0] != made[0] {
		t.Fatalf("the agent names %v, want %s", ids, made[0])
	}
	if out := h.must(t, "list"); !strings.Contains(out, "pushed") {
		t.Errorf("the draft is not recorded as pushed:\n%s", out)
	}
}
