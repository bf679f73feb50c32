package ui

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// listProvider is a scriptProvider whose lists are given by the test: live,
// from the docs, or failing.
type listProvider struct {
	*scriptProvider
	mu    sync.Mutex
	asked []agent.ChoiceQuery
	lists func(q agent.ChoiceQuery) ([]agent.Choice, error)
}

func (p *listProvider) Choices(_ context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	p.mu.Lock()
	p.asked = append(p.asked, q)
	lists := p.lists
	p.mu.Unlock()
	return lists(q)
}

func (p *listProvider) askedFor(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, q := range p.asked {
		if q.Path == path {
			n++
		}
	}
	return n
}

func pickerVoices() []agent.Choice {
	return []agent.Choice{
		{Value: "v-adam", Label: "Adam", Detail: "English, American, male"},
		{Value: "v-bella", Label: "Bella", Detail: "English, British, female", Preview: "https://samples.example/bella.mp3"},
	}
}

// fakePlayer records the samples it was asked to play.
type fakePlayer struct {
	mu     sync.Mutex
	played []string
}

func (f *fakePlayer) Play(_ context.Context, url string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.played = append(f.played, url)
	return "fakeplay", nil
}

func withPlayer(p SamplePlayer) harnessOption {
	return func(_ *harness, deps *Deps) { deps.Player = p }
}

// openPicker opens an ElevenLabs draft whose provider lists as lists says,
// on the section's field at path.
func openPicker(t *testing.T, lists func(agent.ChoiceQuery) ([]agent.Choice, error), section, path string, opts ...harnessOption) (*harness, *listProvider) {
	t.Helper()
	p := &listProvider{scriptProvider: newScriptProvider("elevenlabs"), lists: lists}
	h, _ := openSeeded(t, append([]harnessOption{withProvider(p)}, opts...), "elevenlabs", "receptionist", nil)
	h.openEntry(section, "")
	h.focusField(path)
	return h, p
}

// flatView is the open form's text on one line, so wrapped help reads
// whole.
func flatView(h *harness) string {
	e := h.editor()
	if e.form == nil {
		h.t.Fatal("no form open")
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(e.form.Form.View()), "┃", " ")), " ")
}

// Issue 16: a form's pickers are fed from the provider's lists when it
// opens; a live list is shown by name with the id beside it, one from the
// docs says so, and typing part of a name moves to it — the typed letters
// are the picker's, not the editor's keys.
func TestEditorPickersShowLiveAndDocsListsAndFindByName(t *testing.T) {
	t.Parallel()
	lists := func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		switch q.Path {
		case "voice.voice_id":
			return pickerVoices(), nil
		case "llm.model":
			return agent.FromDocs([]agent.Choice{{Value: "doc-model", Label: "Model from the docs"}}), nil
		}
		return nil, agent.NoChoiceList("elevenlabs", "ElevenLabs", q.Path)
	}
	h, p := openPicker(t, lists, agent.SectionVoice, "voice.voice_id")
	h.requireView("Bella · v-bella")
	if v := flatView(h); !strings.Contains(v, "Read live from the provider; ctrl+f reads it again.") || strings.Contains(v, "could not be read") {
		t.Fatalf("the live list does not say where it comes from:\n%s", h.view())
	}
	h.typeText("bel?")
	if e := h.editor(); e.form == nil || e.form.Form.GetFocusedField().GetKey() != "voice.voice_id" {
		t.Fatal("typing in the picker left it")
	}
	h.typeText("\b")
	if pk, ok := h.editor().focusedPicker(); !ok {
		t.Fatal("no picker in focus")
	} else if c, _ := pk.Hovered(); c.Value != "v-bella" {
		t.Errorf("after typing bel the cursor is on %q", c.Value)
	}
	if n := p.askedFor("voice.voice_id"); n != 1 {
		t.Errorf("the voices were asked for %d times", n)
	}

	h.press(h.keys().Global.Back)
	h.press(h.keys().Editor.Up) // Voice → Brain
	h.press(h.keys().Editor.Open)
	h.requireView("Model from the docs")
	if v := flatView(h); !strings.Contains(v, "This list is from the provider's docs, not read live.") || strings.Contains(v, "Read live") {
		t.Fatalf("the list from the docs is presented as live:\n%s", h.view())
	}
}

// Issue 16: a list that cannot be read is said in one line, the form stays
// usable, and ctrl+f reads the list again.
func TestEditorPickerWithAFailingListAndRefresh(t *testing.T) {
	t.Parallel()
	offline := true
	var mu sync.Mutex
	lists := func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		mu.Lock()
		defer mu.Unlock()
		if offline {
			return nil, &agent.ProviderError{Provider: "elevenlabs", Op: "list voices", Kind: agent.ErrUnavailable, Message: "dial tcp: no route to host"}
		}
		return pickerVoices(), nil
	}
	h, p := openPicker(t, lists, agent.SectionVoice, "voice.voice_id")
	if v := flatView(h); !strings.Contains(v, "The list could not be read:") || !strings.Contains(v, "You can still type the id; ctrl+f tries again.") {
		t.Fatalf("no word of the failed list:\n%s", h.view())
	}
	mu.Lock()
	offline = false
	mu.Unlock()
	h.press(h.keys().Editor.RefreshList)
	h.requireView("Bella · v-bella")
	if n := p.askedFor("voice.voice_id"); n != 2 {
		t.Errorf("the voices were asked for %d times, want 2", n)
	}
	if e := h.editor(); e.form.Form.GetFocusedField().GetKey() != "voice.voice_id" {
		t.Errorf("after the refresh the focus is on %s", e.form.Form.GetFocusedField().GetKey())
	}
}

// Issue 16: ctrl+p plays the sample of the voice under the cursor where
// there is a player; under serve (no player) it is not offered at all.
func TestEditorPlaysVoiceSamplesButNotWhenServed(t *testing.T) {
	t.Parallel()
	lists := func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		if q.Path == "voice.voice_id" {
			return pickerVoices(), nil
		}
		return nil, agent.NoChoiceList("elevenlabs", "ElevenLabs", q.Path)
	}
	player := &fakePlayer{}
	h, _ := openPicker(t, lists, agent.SectionVoice, "voice.voice_id", withPlayer(player))
	h.start(120, 40)
	h.typeText("bella")
	h.requireView("ctrl+p")
	h.press(h.keys().Editor.PlaySample)
	h.requireView("Playing the sample of Bella.")
	player.mu.Lock()
	played := append([]string(nil), player.played...)
	player.mu.Unlock()
	if len(played) != 1 || played[0] != "https://samples.example/bella.mp3" {
		t.Fatalf("played %v", played)
	}

	served, _ := openPicker(t, lists, agent.SectionVoice, "voice.voice_id")
	served.start(120, 40)
	served.typeText("bella")
	if v := flatView(served) + served.view(); strings.Contains(v, "ctrl+p") || strings.Contains(v, "plays the voice") {
		t.Fatalf("samples are offered with no player:\n%s", served.view())
	}
	served.press(served.keys().Editor.PlaySample)
	if strings.Contains(served.view(), "Playing") {
		t.Fatal("ctrl+p played a sample with no player")
	}
}

// Issue 16: a voice list that depends on the voice vendor (Nova's) is read
// for the vendor chosen in the form, once the form's values are kept.
func TestEditorVoiceListFollowsTheVendor(t *testing.T) {
	t.Parallel()
	lists := func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		if q.Path == "voice.voice_id" {
			return []agent.Choice{{Value: "v-" + q.Vendor, Label: "Voice of " + q.Vendor}}, nil
		}
		return nil, agent.NoChoiceList("nova", "Nova", q.Path)
	}
	p := &listProvider{scriptProvider: newScriptProvider("nova"), lists: lists}
	h, _ := openSeeded(t, []harnessOption{withProvider(p)}, "nova", "receptionist", func(d *agent.Draft) { d.Agent.Voice.Vendor = "elevenlabs" })
	h.openEntry(agent.SectionVoice, "")
	h.focusField("voice.voice_id")
	h.requireView("Voice of elevenlabs")
	h.send(keyPress("shift+tab"))
	if e := h.editor(); e.form.Form.GetFocusedField().GetKey() != "voice.vendor" {
		t.Fatalf("shift+tab led to %s", e.form.Form.GetFocusedField().GetKey())
	}
	h.send(keyPress("down")) // elevenlabs → cartesia
	if _, ok := h.app.sh.choices.get("nova", "voice.voice_id@cartesia"); !ok {
		t.Fatal("the new vendor's voices were not read")
	}
	if e := h.editor(); e.form.Form.GetFocusedField().GetKey() != "voice.vendor" {
		t.Errorf("the new list moved the focus to %s", e.form.Form.GetFocusedField().GetKey())
	}
	h.focusField("voice.voice_id")
	h.requireView("Voice of cartesia")
}
