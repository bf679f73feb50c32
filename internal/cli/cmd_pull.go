package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

var pullDoc = commandDoc{
	use:   "pull --provider P (AGENT_ID | --all [--env E])",
	short: "Make a draft of a remote agent (or refresh its draft); print the draft's id",
	long: "Fetch the agent AGENT_ID from provider P. If a draft is already linked to it, that draft\n" +
		"is refreshed (unpushed changes in it are first kept in a copy, so nothing is lost);\n" +
		"otherwise a new draft is made. Prints the draft's id.\n" +
		"--all does this for every agent on P, reading its whole list, and prints one line per agent.",
}

func newPullCommand(a *app) *cobra.Command {
	var provider, env string
	var all bool
	cmd := pullDoc.build(func(cmd *cobra.Command, args []string) error {
		if all {
			return noArgs(cmd, args)
		}
		return exactArgs("AGENT_ID")(cmd, args)
	}, func(cmd *cobra.Command, args []string) error {
		if all {
			return a.pullAll(cmd, provider, env)
		}
		if _, err := a.folderEnv(cmd, env); err != nil {
			return err
		}
		return a.pull(cmd, provider, args[0])
	})
	addProviderFlag(cmd, &provider, "the provider the agent lives on")
	cmd.Flags().BoolVar(&all, "all", false, "every agent on the provider")
	addEnvFlag(cmd, &env, "the environment whose links are refreshed")
	return cmd
}

func (a *app) pull(cmd *cobra.Command, providerID, remoteID string) error {
	p, store, creds, err := a.pullSetup(cmd, providerID)
	if err != nil {
		return err
	}
	name := p.Info().Name
	d, linked, err := linkedDraft(store, providerID, remoteID)
	if err != nil {
		return fail("Could not look through the drafts.", err)
	}
	opt := agent.PullOptions{Secrets: creds}
	if linked {
		opt.Linked = &d
	}
	res, err := agent.Pull(cmd.Context(), p, remoteID, store, opt)
	if err != nil {
		var pe *agent.PullError
		if errors.As(err, &pe) && pe.Step != agent.PullFetch {
			return fail(pe.Summary()+".", pe.Err)
		}
		return explain(err, p)
	}
	if res.Copy != nil {
		a.notef("The draft had changes that were never pushed; they are kept in the copy %s.\n", res.Copy.ID)
	}
	if _, err := fmt.Fprintln(a.stdout, res.Draft.ID); err != nil {
		return err
	}
	if res.Refreshed {
		a.notef("Refreshed the draft %q from the %s agent %s.\n", res.Draft.Name, name, remoteID)
	} else {
		a.notef("Made the draft %q from the %s agent %s.\n", res.Draft.Name, name, remoteID)
		a.noteNameTwins(store, res.Draft)
	}
	return nil
}

// pullSetup is what a pull needs: the provider (an unknown one refused as
// wrong usage), the drafts and the credentials.
func (a *app) pullSetup(cmd *cobra.Command, providerID string) (agent.Provider, *storage.Store, *storage.Credentials, error) {
	if err := a.checkProviderID(cmd, providerID); err != nil {
		return nil, nil, nil, err
	}
	p, err := a.provider(cmd, providerID)
	if err != nil {
		return nil, nil, nil, err
	}
	store, err := a.Store()
	if err != nil {
		return nil, nil, nil, err
	}
	creds, err := a.Credentials()
	if err != nil {
		return nil, nil, nil, err
	}
	return p, store, creds, nil
}

// linkedDraft finds the draft already linked to a remote agent, whichever
// provider it was switched to since.
func linkedDraft(store *storage.Store, providerID, remoteID string) (agent.Draft, bool, error) {
	ids, err := store.LinkedDrafts(providerID, remoteID)
	if err != nil {
		return agent.Draft{}, false, err
	}
	for _, id := range ids {
		d, err := store.Load(id)
		if err != nil {
			continue // reported by list; it cannot be the linked one we can refresh
		}
		if d.RemoteFor(providerID, agent.DefaultEnv).ID == remoteID {
			return d, true, nil
		}
	}
	return agent.Draft{}, false, nil
}
