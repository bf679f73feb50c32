package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
)

// maxCandidatesShown bounds the agents an unsure push lists.
const maxCandidatesShown = 10

// adoptFailure says that an earlier, unclear create may have made one of the
// agents listed, that nothing was sent, and how to link one on purpose.
func adoptFailure(ae *agent.AdoptError, d agent.Draft) error {
	var b strings.Builder
	reason := []rune(ae.Reason + ".")
	b.WriteString(strings.ToUpper(string(reason[:1])) + string(reason[1:]))
	if len(ae.Candidates) > 0 {
		b.WriteString("\nAgents it may have made on " + ae.Provider + ":")
		for i, c := range ae.Candidates {
			if i == maxCandidatesShown {
				fmt.Fprintf(&b, "\n  … and %d more", len(ae.Candidates)-i)
				break
			}
			fmt.Fprintf(&b, "\n  %s  %s", plainWord(c.ID), plainWord(c.Name))
			if !c.Created.IsZero() {
				fmt.Fprintf(&b, "  (created %s)", c.Created.UTC().Format("2006-01-02 15:04 UTC"))
			}
		}
		fmt.Fprintf(&b, "\nIf one of them is this draft's, link it on purpose with:\n  agentdeck push %s --adopt AGENT_ID", plainWord(d.ID))
	} else {
		b.WriteString("\nCheck the agents on " + ae.Provider + "'s dashboard; to link one to this draft on purpose:\n  agentdeck push " + plainWord(d.ID) + " --adopt AGENT_ID")
	}
	return fail("An earlier push may have created this agent; nothing was sent.", errors.New(b.String()))
}

// plainWord is s when it is all printable, else s quoted with its control
// characters escaped, so that nothing a provider sends moves the cursor or
// rewrites the screen.
func plainWord(s string) string { return errtext.Word(s) }
