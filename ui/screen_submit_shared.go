package ui

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// When a submit stops because it would change a workspace tool other
// agents also use (agent.SharedToolError), the submit screen asks, naming
// them: change it for them too (the submit runs again, allowed to), or
// send nothing. Nothing shared is changed without that answer.

// sharedToolDialog asks whether to change a tool other agents use.
type sharedToolDialog struct{ question }

// sharedToolsAllowedMsg is the answer "change it for them too".
type sharedToolsAllowedMsg struct{}

func (d *sharedToolDialog) menu() *question { return &d.question }

func (d *sharedToolDialog) answer(choice int) tea.Msg {
	return yesIsSecond(choice, sharedToolsAllowedMsg{})
}

// newSharedToolDialog asks about se's tool and agents.
func newSharedToolDialog(se *agent.SharedToolError) *sharedToolDialog {
	names := make([]string, 0, len(se.Agents))
	for _, a := range se.Agents {
		names = append(names, quote(plainText(a.Called())))
	}
	return &sharedToolDialog{question{
		title: "Change a tool other agents use?",
		body: "The tool " + quote(plainText(se.Tool)) + " is also used by " + strings.Join(names, ", ") +
			". Nothing was sent. Changing it changes it for them too.",
		options: []string{"Send nothing", "Change it for them too"},
		danger:  true,
	}}
}

// askSharedTools is the question for err, nil when err is not a submit
// that stopped on a shared tool.
func askSharedTools(err error) tea.Cmd {
	var se *agent.SharedToolError
	if !errors.As(err, &se) {
		return nil
	}
	return openDialog(newSharedToolDialog(se))
}

// allowSharedTools runs the submit again, allowed to change shared tools.
func (s *submitScreen) allowSharedTools() tea.Cmd {
	s.sharedTools = true
	s.phase = submitWaiting
	return s.waitForSaves()
}

// toolLinker is a LinkFinder that also knows which drafts link a
// provider-side tool (storage's Store).
type toolLinker interface {
	ToolLinks(provider, toolID string) ([]string, error)
}
