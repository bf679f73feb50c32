package cli

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

// commandDoc is what a command says about itself in --help: how it is
// called, one line, the whole story and examples. Each cmd_<name>.go keeps
// its doc beside its code and builds its command with build, so the words
// stay apart from the wiring and every command is wired the same way.
type commandDoc struct {
	use, short, long, example string
}

// build is the command the doc describes: args checks the arguments (noArgs,
// exactArgs) and run does the work.
func (d commandDoc) build(args cobra.PositionalArgs, run func(cmd *cobra.Command, args []string) error) *cobra.Command {
	return &cobra.Command{Use: d.use, Short: d.short, Long: d.long, Example: d.example, Args: args, RunE: run}
}

// onDraft is a command on one DRAFT (an id, a unique name or a file's path).
func (d commandDoc) onDraft(run func(cmd *cobra.Command, ref string) error) *cobra.Command {
	return d.build(exactArgs("DRAFT"), func(cmd *cobra.Command, args []string) error { return run(cmd, args[0]) })
}

// onDraftInStore is a command on one DRAFT that works on the drafts folder
// itself (rm, restore): run gets the folder's store, opened.
func (a *app) onDraftInStore(doc commandDoc, run func(store *storage.Store, ref string) error) *cobra.Command {
	return doc.onDraft(func(_ *cobra.Command, ref string) error {
		store, err := a.Store()
		if err != nil {
			return err
		}
		return run(store, ref)
	})
}

// addProviderFlag adds --provider, which names a provider id, to cmd.
func addProviderFlag(cmd *cobra.Command, provider *string, usage string) {
	cmd.Flags().StringVar(provider, "provider", "", usage)
}

// targetFlags are --provider and --env of a command that reads a draft as
// it would go to a provider (export, validate); draftFor takes them.
type targetFlags struct {
	provider, env string
}

// add gives cmd both flags, each said in the command's own words.
func (f *targetFlags) add(cmd *cobra.Command, providerUsage, envUsage string) {
	addProviderFlag(cmd, &f.provider, providerUsage)
	addEnvFlag(cmd, &f.env, envUsage)
}

// newNameCommand is the command of rename or copy, on DRAFT and NEW_NAME:
// it opens the draft, gives it NEW_NAME (trimmed) and hands it to save with
// the name it had. An empty name is wrong usage (ask says what to give); a
// draft not found fails with notFound.
func (a *app) newNameCommand(doc commandDoc, ask, notFound string, save func(store *storage.Store, d agent.Draft, oldName string) error) *cobra.Command {
	return doc.build(exactArgs("DRAFT", "NEW_NAME"), func(cmd *cobra.Command, args []string) error {
		newName := strings.TrimSpace(args[1])
		if newName == "" {
			return usageErrorf(cmd, "%s", ask)
		}
		store, err := a.Store()
		if err != nil {
			return err
		}
		d, err := store.Resolve(args[0])
		if err != nil {
			return fail(notFound, err)
		}
		old := d.Name
		d.Rename(newName)
		return save(store, d, old)
	})
}
