package forms

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// formModel hosts a form in a real Bubble Tea program, as the ui does.
type formModel struct{ form *huh.Form }

func (m formModel) Init() tea.Cmd { return m.form.Init() }

func (m formModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	f, cmd := m.form.Update(msg)
	m.form = f.(*huh.Form)
	if m.form.State != huh.StateNormal {
		return m, tea.Quit
	}
	return m, cmd
}

func (m formModel) View() tea.View { return tea.NewView(m.form.View()) }

// runForm starts s's form in a real program at 80×40, without colours.
func runForm(t *testing.T, s *Section) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, formModel{s.Form}, teatest.WithInitialTermSize(80, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

// abortForm presses ctrl+c and waits for the program to end with the form
// aborted.
func abortForm(t *testing.T, tm *teatest.TestModel) {
	t.Helper()
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(formModel)
	if final.form.State != huh.StateAborted {
		t.Fatalf("state %v, want aborted by ctrl+c", final.form.State)
	}
}

// TestSearchInARunningProgram types into a long list's search while huh
// narrows the list in command goroutines; run with -race, it shows the
// search shares nothing unguarded between them.
func TestSearchInARunningProgram(t *testing.T) {
	a := templateAgent(t)
	opt := Options{Theme: testTheme(), Choices: map[string][]agent.Choice{"voice.voice_id": manyVoices(300)}}
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), opt)
	tm := runForm(t, s)
	// The voice list's search is the first field of the voice section.
	tm.Type("number 27")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Type("1")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown})
	abortForm(t, tm)
	// Which voice the cursor lands on depends on whether the search goroutine
	// finished before the keys arrived, so only validity is checked here; the
	// narrowing itself is tested without goroutines in search_test.go.
	got := fieldAt(t, s, "voice.voice_id").current()
	if got != "" && !strings.HasPrefix(got, "voice-") {
		t.Errorf("voice became %q while searching, which is not in the list", got)
	}
}

// TestVoiceFollowsAVendorChangeInARunningProgram moves the vendor from Rime
// to Cartesia in a running program: the Rime voice is dropped, not sent
// with Cartesia. With -race it also shows the options function (run in a
// command goroutine) shares nothing unguarded.
func TestVoiceFollowsAVendorChangeInARunningProgram(t *testing.T) {
	a := templateAgent(t)
	a.Voice.Vendor, a.Voice.VoiceID = "rime", "mistv2_Brook"
	s := NewSection(agent.SectionVoice, &a, capsTrillet(), Options{Theme: testTheme()})
	tm := runForm(t, s)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown}) // rime → cartesia
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "> Cartesia") || strings.Contains(string(b), "> cartesia")
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // on to the voice list
	// The list is rebuilt in a command goroutine; once it is, its "not
	// set" option no longer names the Rime default: the rest of that line
	// is erased (or the line ends there).
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "Provider default\x1b[K") || strings.Contains(string(b), "Provider default\n")
	}, teatest.WithDuration(5*time.Second))
	abortForm(t, tm)
	mustApply(t, s, &a)
	if a.Voice.Vendor != "cartesia" || a.Voice.VoiceID == "mistv2_Brook" {
		t.Errorf("vendor %q with voice %q: a Rime voice stayed with another vendor", a.Voice.Vendor, a.Voice.VoiceID)
	}
}
