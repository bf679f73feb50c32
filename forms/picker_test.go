package forms

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// A fake provider's voice list, as the ui hands it over.
func liveVoices() []agent.Choice {
	return []agent.Choice{
		{Value: "v-adam", Label: "Adam", Detail: "English, American, male"},
		{Value: "v-bella", Label: "Bella", Detail: "English, British, female", Preview: "https://samples.example/bella.mp3"},
		{Value: "v-rosa", Label: "Rosa", Detail: "Spanish, Mexican, female"},
		{Value: "v-rose", Label: "Rosemary", Detail: "English, Irish, female"},
	}
}

// focusVoice opens the voice section with opt and moves to the voice field.
// pickVoice presses enter on the voice field, applies the section and
// requires the voice to be want.
func pickVoice(t *testing.T, d *driver, s *Section, a *agent.Agent, want string) {
	t.Helper()
	d.press(tea.KeyEnter, 1)
	mustApply(t, s, a)
	if a.Voice.VoiceID != want {
		t.Errorf("voice = %q, want %q", a.Voice.VoiceID, want)
	}
}

// focusLiveVoices focuses the voice field of a, with the live voices
// offered.
func focusLiveVoices(t *testing.T, a *agent.Agent) (*Section, *driver) {
	t.Helper()
	return focusVoice(t, a, Options{Choices: map[string][]agent.Choice{"voice.voice_id": liveVoices()}})
}

func focusVoice(t *testing.T, a *agent.Agent, opt Options) (*Section, *driver) {
	t.Helper()
	s := NewSection(agent.SectionVoice, a, capsElevenLabs(), opt)
	d := newDriver(t, s.Form)
	for i := 0; d.focused() != "voice.voice_id" && i < 20; i++ {
		d.press(tea.KeyEnter, 1)
	}
	if d.focused() != "voice.voice_id" {
		t.Fatalf("never reached the voice; focus on %s", d.focused())
	}
	return s, d
}

// Issue 16: a live list is shown by name with the id and detail beside it,
// and says it was read live; one from the docs says so instead, and never
// that it is live.
func TestPickerShowsWhereItsListComesFrom(t *testing.T) {
	a := templateAgent(t)
	opt := Options{Choices: map[string][]agent.Choice{"voice.voice_id": liveVoices()}, RefreshKey: "ctrl+f", PreviewKey: "ctrl+p"}
	_, d := focusVoice(t, &a, opt)
	view := d.view()
	for _, want := range []string{"Bella · v-bella · English, British, female", "Read live from the provider; ctrl+f reads it again.", "ctrl+p plays the voice"} {
		if !strings.Contains(flat(view), want) {
			t.Errorf("the live picker lacks %q:\n%s", want, view)
		}
	}

	opt.Choices["voice.voice_id"] = agent.FromDocs(liveVoices())
	_, d = focusVoice(t, &a, opt)
	view = flat(d.view())
	if !strings.Contains(view, "This list is from the provider's docs, not read live.") || strings.Contains(view, "Read live") {
		t.Errorf("a list from the docs is not marked as such:\n%s", d.view())
	}
}

// Issue 16: a list that could not be read is said in one line, and the
// field still takes a typed id.
func TestPickerWithoutItsListTakesATypedID(t *testing.T) {
	a := templateAgent(t)
	opt := Options{ListErrors: map[string]string{"voice.voice_id": "ElevenLabs could not be reached; check your connection."}, RefreshKey: "ctrl+f"}
	s, d := focusVoice(t, &a, opt)
	view := flat(d.view())
	if !strings.Contains(view, "The list could not be read: ElevenLabs could not be reached; check your connection. You can still type the id; ctrl+f tries again.") {
		t.Fatalf("no word of the failed list:\n%s", d.view())
	}
	d.press(tea.KeyEnd, 1) // Other (type a value)…
	d.press(tea.KeyEnter, 1)
	if d.focused() != "voice.voice_id#other" {
		t.Fatalf("Other led to %s", d.focused())
	}
	d.typeText("my-own-voice-id")
	pickVoice(t, d, s, &a, "my-own-voice-id")
}

// Issue 16: typing part of a name moves the cursor to the first entry
// holding it, in any case; backspace searches again; enter picks.
func TestTypingInAPickerMovesToTheFirstMatch(t *testing.T) {
	a := templateAgent(t)
	s, d := focusLiveVoices(t, &a)
	p, ok := d.form.GetFocusedField().(*picker)
	if !ok {
		t.Fatalf("the voice field is a %T, not a picker", d.form.GetFocusedField())
	}
	hovered := func() string { c, _ := p.Hovered(); return c.Value }
	d.typeText("ROS")
	if hovered() != "v-rosa" {
		t.Fatalf("after ROS the cursor is on %q, want the first match v-rosa", hovered())
	}
	d.typeText("em")
	if hovered() != "v-rose" || !strings.Contains(d.view(), "Finding “ROSem”") {
		t.Fatalf("after ROSem the cursor is on %q:\n%s", hovered(), d.view())
	}
	d.typeText("zz")
	if hovered() != "v-rose" || !strings.Contains(d.view(), "Nothing here holds") {
		t.Fatalf("a search with no match moved the cursor to %q or said nothing:\n%s", hovered(), d.view())
	}
	d.press(tea.KeyBackspace, len("ROSemzz"))
	d.typeText("british") // the detail counts too
	if hovered() != "v-bella" {
		t.Fatalf("a search by accent found %q", hovered())
	}
	pickVoice(t, d, s, &a, "v-bella")
}

// Issue 16: a value that is not in the live list (a cloned voice) is
// kept: it shows under Other, and enter through the picker leaves it.
func TestPickerKeepsACustomValue(t *testing.T) {
	a := templateAgent(t)
	a.Voice.VoiceID = "cloned-voice-42"
	s, d := focusLiveVoices(t, &a)
	if f := fieldAt(t, s, "voice.voice_id"); f.value != otherValue || f.custom != "cloned-voice-42" {
		t.Fatalf("the custom voice shows as %q / %q", f.value, f.custom)
	}
	d.press(tea.KeyEnter, 1)
	if d.focused() != "voice.voice_id#other" || !strings.Contains(d.view(), "cloned-voice-42") {
		t.Fatalf("enter on Other led to %s:\n%s", d.focused(), d.view())
	}
	pickVoice(t, d, s, &a, "cloned-voice-42")
}

// Issue 16: Dasha's inbound number is typed until its list is there, then
// picked from it.
func TestInboundNumberBecomesAPickerWithItsList(t *testing.T) {
	a := templateAgent(t)
	s := NewSection(agent.SectionAdvanced, &a, capsDasha(), Options{})
	if _, ok := fieldAt(t, s, "telephony.inbound_number").widget.(*picker); ok {
		t.Fatal("a picker with no list")
	}
	numbers := []agent.Choice{{Value: "+4930123456", Label: "Berlin office", Detail: "Twilio"}}
	s = NewSection(agent.SectionAdvanced, &a, capsDasha(), Options{Choices: map[string][]agent.Choice{agent.ListPhoneNumbers: numbers, "telephony.inbound_number": numbers}})
	if _, ok := fieldAt(t, s, "telephony.inbound_number").widget.(*picker); !ok {
		t.Fatal("the inbound number is not picked from its list")
	}
}

// flat is a form's text on one line, without the focus bar, so wrapped
// help reads whole.
func flat(view string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(view, "┃", " ")), " ")
}

// Issue 16: in a list too long to show whole (hundreds of voices), typing
// in the picker narrows what is shown, so the first match is found even
// far down the list.
func TestTypingInALongPickerFindsEntriesFarDown(t *testing.T) {
	a := templateAgent(t)
	voices := append(manyVoices(300), agent.Choice{Value: "v-rosa", Label: "Rosa", Detail: "Spanish, Mexican, female"})
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), Options{Choices: map[string][]agent.Choice{"voice.voice_id": voices}})
	d := newDriver(t, s.Form)
	for i := 0; d.focused() != "voice.voice_id" && i < 20; i++ {
		d.press(tea.KeyEnter, 1)
	}
	d.typeText("rosa")
	if p := d.form.GetFocusedField().(*picker); !strings.Contains(d.view(), "Rosa · v-rosa") {
		t.Fatalf("Rosa is not shown after typing rosa:\n%s", d.view())
	} else if c, _ := p.Hovered(); c.Value != "v-rosa" {
		t.Fatalf("the cursor is on %q", c.Value)
	}
	pickVoice(t, d, s, &a, "v-rosa")
}
