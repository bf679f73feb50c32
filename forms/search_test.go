package forms

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

func manyVoices(n int) []agent.Choice {
	out := make([]agent.Choice, n)
	for i := range out {
		out[i] = agent.Choice{Value: fmt.Sprintf("voice-%03d", i), Label: fmt.Sprintf("Voice number %d", i)}
	}
	return out
}

func TestNarrowKeepsDefaultCurrentAndOther(t *testing.T) {
	all, _ := choiceOptions(manyVoices(100), false, "", agent.FieldSpec{})
	keys := func(opts []huh.Option[string]) []string {
		var out []string
		for _, o := range opts {
			out = append(out, o.Value)
		}
		return out
	}
	got := keys(narrow(all, "number 5", "voice-099"))
	want := "\x00other"
	if got[0] != "" || got[len(got)-1] != want {
		t.Errorf("first %q, last %q: want not-set first and Other last", got[0], got[len(got)-1])
	}
	if !strings.Contains(strings.Join(got, " "), "voice-099") {
		t.Error("the current choice was dropped by the search")
	}
	if !strings.Contains(strings.Join(got, " "), "voice-057") || strings.Contains(strings.Join(got, " "), "voice-016") {
		t.Errorf("search for \"number 5\" gave %v", got)
	}
	if n := len(narrow(all, "", "")); n != searchShown+2 {
		t.Errorf("an empty search shows %d options, want %d", n, searchShown+2)
	}
	if n := len(narrow(all, "VOICE-01", "")); n != 12 {
		t.Errorf("search is not case-blind or not by value: %d options", n)
	}
}

func TestSearchingALongListAndPicking(t *testing.T) {
	a := templateAgent(t)
	opt := Options{Choices: map[string][]agent.Choice{"voice.voice_id": manyVoices(300)}}
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), opt)
	d := newDriver(t, s.Form)
	for d.focused() != "voice.voice_id#search" && s.Form.State == huh.StateNormal {
		d.press(tea.KeyEnter, 1)
	}
	if s.Form.State != huh.StateNormal {
		t.Fatal("no search input before the long voice list")
	}
	d.typeText("number 271")
	d.press(tea.KeyEnter, 1)
	if d.focused() != "voice.voice_id" {
		t.Fatalf("focus on %s after the search", d.focused())
	}
	view := d.view()
	if !strings.Contains(view, "Voice number 271") || strings.Contains(view, "Voice number 12\n") {
		t.Fatalf("narrowed list:\n%s", view)
	}
	d.press(tea.KeyDown, 1)
	pickVoice(t, d, s, &a, "voice-271")
}

func TestAccessibleModeListsEveryChoice(t *testing.T) {
	// huh's accessible mode never loads an OptionsFunc, so long lists stay
	// whole there and are asked by number.
	a := templateAgent(t)
	a.Voice.VoiceID = "voice-250"
	opt := Options{Accessible: true, Choices: map[string][]agent.Choice{"voice.voice_id": manyVoices(300)}}
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), opt)
	out := runAccessible(t, s, "\n")
	if !strings.Contains(out, "300. Voice number 298") {
		t.Errorf("the accessible list is not whole:\n%s", out)
	}
	if ps := s.Apply(&a); len(ps) > 0 || a.Voice.VoiceID != "voice-250" {
		t.Errorf("Enter changed the voice to %q (%v)", a.Voice.VoiceID, ps)
	}
}
