package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/spf13/cobra"
)

// pushSide is push's --ours and --theirs: the side that wins every conflict
// with changes made elsewhere.
type pushSide struct{ ours, theirs bool }

func (s *pushSide) flags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&s.ours, "ours", false, "where the agent was changed elsewhere too, keep the draft's values")
	cmd.Flags().BoolVar(&s.theirs, "theirs", false, "where the agent was changed elsewhere too, take the agent's values")
}

func (s *pushSide) get() agent.Side {
	switch {
	case s.ours:
		return agent.SideOurs
	case s.theirs:
		return agent.SideTheirs
	}
	return agent.SideUnset
}

// driftFailure words a push stopped by changes made elsewhere: nothing was
// sent and the draft is as it was.
func (a *app) driftFailure(de *agent.DriftError, d agent.Draft) error {
	var b strings.Builder
	switch {
	case len(de.Invalid) > 0:
		return fail(fmt.Sprintf("The agent was changed on %s, and the draft with those changes merged in has problems; nothing was sent.", de.Provider),
			errors.New(a.problemLines(de.Invalid)))
	case de.NoBase:
		fmt.Fprintf(&b, "This draft has no pushed version to merge on, so each difference is shown as %s's value → the draft's:\n", de.Provider)
		for _, c := range de.Changes {
			b.WriteString("  " + termsafe.OneLine(c.Label+": "+shortValue(c.From)+" → "+shortValue(c.To)) + "\n")
		}
		b.WriteString("Push again with --ours to send the draft over their changes, or --theirs to take the agent as it is on " +
			de.Provider + " (agentdeck pull --provider " + d.Provider + " " + de.RemoteID + " does that without pushing).")
		return fail(fmt.Sprintf("The agent %s was changed on %s since the last push; nothing was sent.", de.RemoteID, de.Provider), errors.New(b.String()))
	}
	verb := " were"
	if len(de.Conflicts) == 1 {
		verb = " was"
	}
	for _, c := range de.Conflicts {
		b.WriteString("  " + termsafe.OneLine(c.Label+": yours "+shortValue(c.Ours)+", theirs "+shortValue(c.Theirs)) + "\n")
	}
	b.WriteString("Push again with --ours to keep the draft's values, or --theirs to take theirs; every other change made there is kept either way.")
	return fail(fmt.Sprintf("The agent was changed on %s since the last push, and %s changed differently in the draft; nothing was sent.",
		de.Provider, count(len(de.Conflicts), "setting")+verb), errors.New(b.String()))
}

// mergeNotes says what a push took from changes made elsewhere, and when
// its version could not be kept.
func (a *app) mergeNotes(res agent.PushResult, name string) {
	if m := res.Merged; m != nil && len(m.Taken) > 0 {
		a.notef("Kept %s changed on %s since the last push: %s.\n", count(len(m.Taken), "setting"), name,
			termsafe.OneLine(strings.Join(m.Taken, ", ")))
	}
	if res.HistoryErr != nil {
		a.notef("The push worked, but its version could not be kept in the draft's history: %v\n", res.HistoryErr)
	}
}

// shortValue is a value cut to a length a line can hold, "(not set)" for
// none: both sides of a long prompt stay in view.
func shortValue(v string) string {
	if v == "" {
		return "(not set)"
	}
	return shorten(v, 70)
}
