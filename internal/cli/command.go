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

// draftToName opens the draft ref that rename or copy gives the name
// newName, returned trimmed: an empty name is wrong usage (ask says what to
// give), a draft not found fails with notFound.
func (a *app) draftToName(cmd *cobra.Command, ref, newName, ask, notFound string) (*storage.Store, agent.Draft, string, error) {
	newName = strings.TrimSpace(newName)
	if newName == "" {
		return nil, agent.Draft{}, "", usageErrorf(cmd, "%s", ask)
	}
	store, err := a.Store()
	if err != nil {
		return nil, agent.Draft{}, "", err
	}
	d, err := store.Resolve(ref)
	if err != nil {
		return nil, agent.Draft{}, "", fail(notFound, err)
	}
	return store, d, newName, nil
}
