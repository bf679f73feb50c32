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

// TestSearchInARunningProgram types into a long list's search while huh
// narrows the list in command goroutines; run with -race, it shows the
// search shares nothing unguarded between them.
func TestSearchInARunningProgram(t *testing.T) {
	a := templateAgent(t)
	opt := Options{Theme: testTheme(), Choices: map[string][]agent.Choice{"voice.voice_id": manyVoices(300)}}
	s := NewSection(agent.SectionVoice, &a, capsElevenLabs(), opt)
	tm := teatest.NewTestModel(t, formModel{s.Form}, teatest.WithInitialTermSize(80, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	// The voice list's search is the first field of the voice section.
	tm.Type("number 27")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	tm.Type("1")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown})
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(formModel)
	if final.form.State != huh.StateAborted {
		t.Fatalf("state %v, want aborted by ctrl+c", final.form.State)
	}
	// Which voice the cursor lands on depends on whether the search goroutine
	// finished before the keys arrived, so only validity is checked here; the
	// narrowing itself is tested without goroutines in search_test.go.
	got := fieldAt(t, s, "voice.voice_id").current()
	if got != "" && !strings.HasPrefix(got, "voice-") {
		t.Errorf("voice became %q while searching, which is not in the list", got)
	}
}
