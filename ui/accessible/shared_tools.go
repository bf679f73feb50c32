package accessible

import (
	"errors"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// askSharedTools, after a submit stopped because it would change a
// workspace tool other agents also use, names them and asks whether to
// change it for them too: allowed for that answer, asked false for any
// other outcome.
func (s *plainSession) askSharedTools(err error) (allowed, asked bool) {
	var se *agent.SharedToolError
	if !errors.As(err, &se) {
		return false, false
	}
	names := make([]string, 0, len(se.Agents))
	for _, a := range se.Agents {
		names = append(names, ui.Quote(ui.OneLine(a.Called(), 60)))
	}
	s.say("The tool %s is also used by %s. Nothing was sent.", ui.Quote(ui.OneLine(se.Tool, 60)), strings.Join(names, ", "))
	i, cerr := s.choose("Change the tool for them too?", []string{"Send nothing", "Change it for them too"})
	if cerr != nil || i != 1 {
		s.say("Nothing was sent; the tool stays as it is.")
		return false, true
	}
	return true, true
}
