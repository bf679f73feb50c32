package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var diffDoc = commandDoc{
	use:   "diff DRAFT [--env E]",
	short: "Show field by field what a push would change on the remote agent",
	long: "Fetch DRAFT's remote agent and list, field by field, where it differs from the draft:\n" +
		"\"Label: remote value → draft value\", which is what the next push would change.\n" +
		"Tools a push saves in the provider's workspace (ElevenLabs) are compared too: a tool\n" +
		"it would save there reads \"saved in the workspace\", and one it would update lists\n" +
		"the settings that change; a tool not listed is left as it is.",
}

func newDiffCommand(a *app) *cobra.Command {
	var env string
	cmd := diffDoc.onDraft(func(cmd *cobra.Command, ref string) error { return a.diff(cmd, ref, env) })
	addEnvFlag(cmd, &env, "compare with this environment's agent")
	return cmd
}

func (a *app) diff(cmd *cobra.Command, ref, env string) error {
	if err := checkEnvFlag(cmd, env); err != nil {
		return err
	}
	_, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	if d, err = envView(d, env); err != nil {
		return err
	}
	p, err := a.providerIn(cmd, d.Provider, env)
	if err != nil {
		return err
	}
	if d, err = typedView(d, p); err != nil {
		return err
	}
	name := inEnv(p.Info().Name, env)
	if d.Remote().ID == "" {
		if env != "" && env != agent.DefaultEnv {
			return fail("This draft has not been pushed to the environment "+env+" yet, so there is no remote agent to compare with.",
				errors.New("push it first: agentdeck push "+d.ID+" --env "+env))
		}
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
	// What a push saves apart from the agent (ElevenLabs' workspace
	// tools), which the agent's document does not show.
	_, creds, err := a.settingsAndCredentials()
	if err != nil {
		return err
	}
	more, toolsErr := agent.PrepareChanges(cmd.Context(), p, &d.Agent, a.secrets(creds))
	changes = append(changes, more...)
	for _, c := range changes {
		if _, err := fmt.Fprintln(a.stdout, c); err != nil {
			return err
		}
	}
	if toolsErr != nil {
		// The agent's own changes are printed above; what stops the
		// tools' comparison (a secret not on this machine) is said after.
		return explain(toolsErr, p)
	}
	if changedElsewhere {
		a.notef("Note: the agent was changed on %s since the last push or pull; a push merges those changes in, "+
			"and stops to ask about any setting changed here too.\n", name)
	}
	if len(changes) == 0 {
		a.notef("The draft and the agent %s on %s are the same.\n", d.Remote().ID, name)
	}
	return nil
}
