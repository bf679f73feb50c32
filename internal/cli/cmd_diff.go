package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var diffDoc = commandDoc{
	use:   "diff DRAFT",
	short: "Show field by field what a push would change on the remote agent",
	long: "Fetch DRAFT's remote agent and list, field by field, where it differs from the draft:\n" +
		"\"Label: remote value → draft value\", which is what the next push would change.",
}

func newDiffCommand(a *app) *cobra.Command {
	return diffDoc.onDraft(a.diff)
}

func (a *app) diff(cmd *cobra.Command, ref string) error {
	_, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	p, err := a.provider(cmd, d.Provider)
	if err != nil {
		return err
	}
	name := p.Info().Name
	if d.Remote().ID == "" {
		return fail("This draft has not been pushed yet, so there is no remote agent to compare with.",
			errors.New("push it first: agentdeck push "+d.ID))
	}
	remote, changedElsewhere, err := agent.Drift(cmd.Context(), p, &d)
	if err != nil {
		return explain(err, p)
	}
	changes, err := agent.PushDiff(p, &d, &remote.Agent)
	if err != nil {
		return fail("Could not work out what a push would send.", err)
	}
	for _, c := range changes {
		if _, err := fmt.Fprintln(a.stdout, c); err != nil {
			return err
		}
	}
	if changedElsewhere {
		a.notef("Note: the agent was changed on %s since the last push or pull; a push would overwrite those changes.\n", name)
	}
	if len(changes) == 0 {
		a.notef("The draft and the agent %s on %s are the same.\n", d.Remote().ID, name)
	}
	return nil
}
