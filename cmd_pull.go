package main

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

func newPullCommand(a *app) *cobra.Command {
	var provider string
	cmd := &cobra.Command{
		Use:   "pull --provider P AGENT_ID",
		Short: "Make a draft of a remote agent (or refresh its draft); print the draft's id",
		Long: "Fetch the agent AGENT_ID from provider P. If a draft is already linked to it, that draft\n" +
			"is refreshed (unpushed changes in it are first kept in a copy, so nothing is lost);\n" +
			"otherwise a new draft is made. Prints the draft's id.",
		Args: exactArgs("AGENT_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.pull(cmd, provider, args[0])
		},
	}
	cmd.Flags().StringVar(&provider, "provider", "", "the provider the agent lives on")
	return cmd
}

func (a *app) pull(cmd *cobra.Command, providerID, remoteID string) error {
	if err := checkProviderID(cmd, providerID); err != nil {
		return err
	}
	p, err := a.provider(cmd, providerID)
	if err != nil {
		return err
	}
	name := p.Info().Name
	raw, err := p.Get(cmd.Context(), remoteID)
	if err != nil {
		return explain(err, p)
	}
	store, err := a.Store()
	if err != nil {
		return err
	}
	d, linked, err := linkedDraft(store, providerID, remoteID)
	if err != nil {
		return fail("Could not look through the drafts.", err)
	}
	dec, err := p.Decode(raw)
	if err != nil {
		return fail(fmt.Sprintf("%s sent the agent in a form agentdeck cannot read.", name), err)
	}
	// The remote's hash is of what it showed, as push's read-back and diff
	// compute it.
	remoteHash := agent.DocHash(dec.Native)
	if _, hides := p.(agent.NativeMerger); hides && linked {
		// Settings the answer does not show (Nova's placeholders) keep the
		// values last pushed instead of being wiped.
		if merged, err := p.Decode(agent.MergeNative(p, lastPushed(p, d), raw)); err == nil {
			dec = merged
		}
	}
	if len(dec.Secrets) > 0 {
		creds, err := a.Credentials()
		if err != nil {
			return err
		}
		for ref, value := range dec.Secrets {
			if err := creds.SetSecret(ref, value); err != nil {
				return fail("Could not keep the agent's secret values, so no draft was changed.", err)
			}
		}
	}
	if linked && d.Status() == agent.StatusChanged {
		cp, err := store.SaveCopy(&d, d.Name+" (local changes)")
		if err != nil {
			return fail("Could not keep the draft's unpushed changes, so it was not refreshed.", err)
		}
		fmt.Fprintf(a.stderr, "The draft had changes that were never pushed; they are kept in the copy %s.\n", cp.ID)
	}
	if !linked {
		d = agent.Draft{Provider: providerID, Name: firstNonBlank(dec.Agent.Identity.Name, remoteID)}
	}
	d.Agent, d.Native = dec.Agent, string(dec.Native)
	d.Remote.ID, d.Remote.CreatePending = remoteID, false
	d.Remote.AgentHash, d.Remote.RemoteHash = agent.ContentHash(&d.Agent), remoteHash
	if err := store.Save(&d); err != nil {
		return fail("Could not save the draft.", err)
	}
	fmt.Fprintln(a.stdout, d.ID)
	if linked {
		fmt.Fprintf(a.stderr, "Refreshed the draft %q from the %s agent %s.\n", d.Name, name, remoteID)
	} else {
		fmt.Fprintf(a.stderr, "Made the draft %q from the %s agent %s.\n", d.Name, name, remoteID)
		a.noteNameTwins(store, d)
	}
	return nil
}

// lastPushed is the document a linked draft last sent, as far as it is
// known: rebuilt from the agent when nothing changed since the push, else
// the stored native document. Secret references stay references.
func lastPushed(p agent.Provider, d agent.Draft) []byte {
	if d.Status() == agent.StatusPushed {
		if doc, err := p.Encode(&d.Agent, []byte(d.Native), keepRefs{}); err == nil {
			return doc
		}
	}
	return []byte(d.Native)
}

// keepRefs resolves each secret reference to itself, so a document can be
// rebuilt without reading any secret value.
type keepRefs struct{}

func (keepRefs) Secret(ref agent.SecretRef) (string, bool) { return string(ref), true }

// linkedDraft finds the draft already linked to a remote agent.
func linkedDraft(store *storage.Store, providerID, remoteID string) (agent.Draft, bool, error) {
	entries, err := store.List()
	if err != nil {
		return agent.Draft{}, false, err
	}
	for _, e := range entries {
		if e.Provider != providerID || e.Damaged != "" || e.RemoteID != remoteID {
			continue // the index knows each draft's link: only a match is read
		}
		d, err := store.Load(e.ID)
		if err != nil {
			continue // reported by list; it cannot be the linked one we can refresh
		}
		if d.Remote.ID == remoteID {
			return d, true, nil
		}
	}
	return agent.Draft{}, false, nil
}
