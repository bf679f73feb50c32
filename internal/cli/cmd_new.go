package cli

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

func newNewCommand(a *app) *cobra.Command {
	var provider, template, from string
	newDoc := commandDoc{
		use:   "new NAME --provider P [--template T] [--from AGENT]",
		short: "Make a new draft and print its id",
		long: "Make a new draft named NAME for provider P (" + a.providers.List() + "),\n" +
			"starting from a template, and print the new draft's id.\n\n" +
			"With --from AGENT (Nova), the agent starts as a copy of AGENT, one of your\n" +
			"organisation's agents named by its name or id, when it is first pushed.\n\nTemplates:\n" + templateHelp(),
	}
	cmd := newDoc.build(exactArgs("NAME"), func(cmd *cobra.Command, args []string) error {
		return a.newDraft(cmd, args[0], provider, template, from)
	})
	cmd.Flags().StringVar(&provider, "provider", "", "the provider the agent is for: "+a.providers.List())
	cmd.Flags().StringVar(&template, "template", "blank", "what to start from: "+strings.Join(templateIDs(), ", "))
	cmd.Flags().StringVar(&from, "from", "", "an agent of the provider, by name or id, the new agent starts as a copy of (Nova)")
	return cmd
}

func (a *app) newDraft(cmd *cobra.Command, name, provider, templateID, from string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return usageErrorf(cmd, "give the draft a name")
	}
	switch {
	case provider == "":
		return usageErrorf(cmd, "say which provider the agent is for with --provider (%s)", a.providers.List())
	case a.providers.Check(provider) != nil:
		return usageErrorf(cmd, "%s", a.providers.Check(provider))
	}
	tmpl, ok := agent.TemplateByID(templateID)
	if !ok {
		return usageErrorf(cmd, "there is no template %q; use one of %s", templateID, strings.Join(templateIDs(), ", "))
	}
	store, err := a.Store()
	if err != nil {
		return err
	}
	// The template fills only what the provider can carry; building the
	// provider for that reads no settings, so a broken settings file does
	// not stop a new draft.
	desc, _ := a.providers.Lookup(provider)
	p, err := desc.Offline()
	if err != nil {
		return fail("Could not set up "+desc.Info.Name+".", err)
	}
	d := agent.Draft{Name: name, Provider: provider, Template: tmpl.ID, Agent: tmpl.For(name, p)}
	if from = strings.TrimSpace(from); from != "" {
		// Only --from reads the provider's settings and asks it anything.
		online, err := a.provider(cmd, provider)
		if err != nil {
			return err
		}
		id, err := a.copySource(cmd, online, from)
		if err != nil {
			return err
		}
		d.Agent.Settings = d.Agent.Settings.With(provider, copyFromKey, id)
	}
	if err := store.Save(&d); err != nil {
		return fail("Could not save the new draft.", err)
	}
	if _, err := fmt.Fprintln(a.stdout, d.ID); err != nil {
		return err
	}
	a.noteNameTwins(store, d)
	return nil
}

// noteNameTwins warns when other drafts share the new draft's name, since
// such a name no longer picks one draft.
func (a *app) noteNameTwins(store *storage.Store, d agent.Draft) {
	entries, err := store.List()
	if err != nil {
		return
	}
	var twins []string
	for _, e := range entries {
		if e.Name == d.Name && e.ID != d.ID {
			twins = append(twins, e.ID)
		}
	}
	if len(twins) > 0 {
		a.notef("Note: other drafts are also named %q (%s); refer to this one by its id, %s.\n",
			d.Name, strings.Join(twins, ", "), d.ID)
	}
}

func templateIDs() []string {
	ids := make([]string, len(agent.Templates))
	for i, t := range agent.Templates {
		ids[i] = t.ID
	}
	return ids
}

func templateHelp() string {
	var b strings.Builder
	for _, t := range agent.Templates {
		fmt.Fprintf(&b, "  %-14s %s\n", t.ID, t.Summary)
	}
	return b.String()
}
