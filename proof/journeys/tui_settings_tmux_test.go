package journeys

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
	"github.com/agentdeck/agentdeck/providers/elevenlabs"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/ui"
)

// TestTUIAttachesAWorkspaceToolByNameInTmux (issues 16 and 17) runs the
// real binary in an 80×24 tmux window against a fake ElevenLabs: in the
// Tools section's "Workspace tools" list, a new entry's tool is picked by
// typing part of its name from the workspace's own tools, and the push
// attaches it to the agent by id.
func TestTUIAttachesAWorkspaceToolByNameInTmux(t *testing.T) {
	needTmuxBinary(t)
	fake := elevenlabstest.NewServer(t, elevenKey)
	fake.SetTools(elevenlabstest.Tool("tool_1", "check_slot", "webhook"), elevenlabstest.Tool("tool_2", "book_visit", "webhook"))

	bin, home := buildWith(t), filepath.Join(t.TempDir(), "home")
	env := []string{"AGENTDECK_HOME=" + home, "AGENTDECK_ELEVENLABS_API_KEY=" + elevenKey, "AGENTDECK_ELEVENLABS_BASE_URL=" + fake.BaseURL}
	run := func(args ...string) string { return runBinary(t, bin, env, args...) }
	id := run("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")

	// The sidebar lists the Tools section, then its lists in order.
	lists := forms.Lists(agent.SectionTools, (&elevenlabs.Client{}).Capabilities())
	at := slices.IndexFunc(lists, func(l forms.ListInfo) bool { return l.ID == "settings.elevenlabs.tool_ids" })
	if at < 0 {
		t.Fatal("the Tools section has no workspace tools list")
	}
	keys := ui.DefaultKeyMap()
	pane := openDraftInTmux(t, bin, env, "Front desk", "ElevenLabs")
	pane.send("8") // the Tools section
	for range at + 1 {
		pane.send(keyBytes(t, keys.Editor.Down))
	}
	pane.send(keyBytes(t, keys.Editor.Open))
	pane.send(keyBytes(t, keys.Items.Add))
	pane.waitFor("Read live from the", "check_slot · tool_1")
	pane.send("book")
	scr := pane.waitFor("> book_visit · tool_2")
	t.Logf("the picker after typing book:\n%s", scr)
	pane.send(keyBytes(t, keys.Editor.Open)) // choose it
	pane.send(keyBytes(t, keys.Global.Back))
	pollFor(t, "the draft file", func() string {
		raw, _ := os.ReadFile(filepath.Join(home, "drafts", id+".yaml"))
		return string(raw)
	}, "tool_ids", "id: tool_2")

	run("push", id)
	creates := fake.Calls("create")
	if len(creates) != 1 {
		t.Fatalf("%d creates, want 1", len(creates))
	}
	var body struct {
		CC struct {
			Agent struct {
				Prompt struct {
					ToolIDs []string `json:"tool_ids"`
				} `json:"prompt"`
			} `json:"agent"`
		} `json:"conversation_config"`
	}
	if err := json.Unmarshal(creates[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	if got := body.CC.Agent.Prompt.ToolIDs; !slices.Equal(got, []string{"tool_2"}) {
		t.Errorf("the agent was created with tools %v, want tool_2", got)
	}
}
