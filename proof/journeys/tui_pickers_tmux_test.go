package journeys

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/ui"
)

const elevenKey = "eleven-pickers-test-FAKE-0000"

// TestTUIPicksAVoiceByNameInTmux (issue 16) runs the real binary in an
// 80×24 tmux window against a fake ElevenLabs with 121 voices over two
// pages: the voice field reads them when the form opens, and typing part
// of a name puts the cursor on that voice, far down the list; the draft
// file then holds its id.
func TestTUIPicksAVoiceByNameInTmux(t *testing.T) {
	needTmuxBinary(t)
	fake := elevenlabstest.NewServer(t, elevenKey)
	var voices []map[string]any
	for i := range 120 {
		voices = append(voices, elevenlabstest.Voice(fmt.Sprintf("v-%03d", i), fmt.Sprintf("Stock voice %d", i),
			map[string]string{"language": "en", "accent": "american", "gender": "male"}))
	}
	voices = append(voices, elevenlabstest.Voice("v-rosalind", "Rosalind", map[string]string{"language": "en", "accent": "british", "gender": "female"}))
	fake.SetVoices(voices...)

	bin, home := buildWith(t), filepath.Join(t.TempDir(), "home")
	env := []string{"AGENTDECK_HOME=" + home, "AGENTDECK_ELEVENLABS_API_KEY=" + elevenKey, "AGENTDECK_ELEVENLABS_BASE_URL=" + fake.BaseURL}
	c := exec.CommandContext(t.Context(), bin, "new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	c.Env = append(os.Environ(), env...)
	out, err := c.Output()
	if err != nil {
		t.Fatalf("agentdeck new: %v", err)
	}
	id := strings.TrimSpace(string(out))

	keys := ui.DefaultKeyMap()
	pane := openDraftInTmux(t, bin, env, "Front desk", "ElevenLabs")
	for range 2 { // Basics → Brain → Voice
		pane.send(keyBytes(t, keys.Editor.Down))
	}
	pane.send(keyBytes(t, keys.Editor.Open))
	// The form opens before the list is read, on the voice field; the
	// list arrives and the field, still in focus, becomes a picker.
	pane.waitFor("121 to choose from", "Read live from the", "Stock voice 0 · v-000", "type to find by name")
	pane.send("rosal")
	scr := pane.waitFor("> Rosalind · v-rosalind · en, british, female", "Finding “rosal”")
	t.Logf("the picker after typing rosal:\n%s", scr)
	if strings.Contains(scr, elevenKey) {
		t.Fatalf("the key shows:\n%s", scr)
	}
	pane.send(keyBytes(t, keys.Editor.Open)) // choose it
	pane.send(keyBytes(t, keys.Global.Back)) // back to the sections: the form is kept
	pollFor(t, "the draft file", func() string {
		raw, _ := os.ReadFile(filepath.Join(home, "drafts", id+".yaml"))
		return string(raw)
	}, "voice_id: v-rosalind")
	if n := len(fake.Calls("voices")); n != 2 {
		t.Errorf("the voices were read in %d requests, want 2 pages once", n)
	}
}
