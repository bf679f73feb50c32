package server

import (
	"fmt"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
)

// stopMsg is what the test model gets when its session must end.
type stopMsg struct{}

// spaceModel is a stand-in for agentdeck's UI: it shows which space it
// works in and the window size, writes a note into its space when 'w' is
// typed (reading back what is there first, so a test sees whether another
// space's note leaked in), and saves on stop.
type spaceModel struct {
	s             Session
	width, height int
	notes         int
	seen          string
}

func spaceModelFactory(s Session) (Program, error) {
	return Program{Model: &spaceModel{s: s}, Stop: stopMsg{}}, nil
}

func (m *spaceModel) Init() tea.Cmd { return nil }

func (m *spaceModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case stopMsg:
		_ = os.WriteFile(filepath.Join(m.s.Dir, "saved.txt"), []byte("saved on stop\n"), 0o600)
		return m, tea.Quit
	case tea.KeyPressMsg:
		switch msg.String() {
		case "w":
			path := filepath.Join(m.s.Dir, "note.txt")
			if old, err := os.ReadFile(path); err == nil {
				m.seen = string(old)
			}
			_ = os.WriteFile(path, []byte("note of "+m.s.Space+"\n"), 0o600)
			m.notes++
		case "q":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m *spaceModel) View() tea.View {
	seen := "none"
	if m.seen != "" {
		seen = "found"
	}
	v := tea.NewView(fmt.Sprintf("space=%s\nsize=%dx%d\nprofile=%s\nnotes=%d\nseen=%s\n",
		m.s.Space, m.width, m.height, m.s.Profile, m.notes, seen))
	v.AltScreen = true
	return v
}
