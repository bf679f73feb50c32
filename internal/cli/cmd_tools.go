package cli

// `agentdeck tools`: what a provider keeps of tools apart from agents.
// Deleting a workspace tool is its own explicit command, since removing a
// tool from an agent only detaches it; convert makes a draft's tools
// workspace tools from its next push on.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

// keepToolsKey is the provider setting that keeps a draft's tools in the
// provider's workspace (ElevenLabs).
const keepToolsKey = "tools_as_workspace_tools"

// toolDeleter is a provider whose tools live in the workspace.
type toolDeleter interface {
	ToolUsers(ctx context.Context, id string) ([]agent.RemoteAgent, error)
	DeleteTool(ctx context.Context, id string, force bool) error
}

var toolsDoc = commandDoc{
	use:   "tools",
	short: "Delete a tool saved in a provider's workspace, or keep a draft's tools there",
	long: "Tools saved in a provider's workspace (ElevenLabs) are used by agents by their id.\n" +
		"Removing a tool from an agent only stops that agent using it; 'tools rm' deletes it.",
}

var toolsRmDoc = commandDoc{
	use:   "rm TOOL_ID --provider P [--force]",
	short: "Delete a tool saved in the provider's workspace",
	long: "Delete the tool TOOL_ID from the provider's workspace. A tool agents still use is not\n" +
		"deleted: the agents are named. --force deletes it anyway and takes it off those agents.",
}

var toolsConvertDoc = commandDoc{
	use:   "convert DRAFT",
	short: "Keep the draft's tools in the provider's workspace from its next push on",
	long: "Tools of an agent you pulled stay written into the agent, as they were. convert switches\n" +
		"DRAFT over: its next push saves each of its tools in the workspace (ElevenLabs) and the\n" +
		"agent then uses them by their id instead.",
}

func newToolsCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: toolsDoc.use, Short: toolsDoc.short, Long: toolsDoc.long, Args: noArgs}
	var provider string
	var force bool
	rm := toolsRmDoc.build(exactArgs("TOOL_ID"), func(cmd *cobra.Command, args []string) error {
		return a.deleteTool(cmd, strings.TrimSpace(args[0]), provider, force)
	})
	addProviderFlag(rm, &provider, "the provider whose workspace holds the tool")
	rm.Flags().BoolVar(&force, "force", false, "delete the tool even when agents use it, taking it off them")
	cmd.AddCommand(rm, toolsConvertDoc.onDraft(a.convertTools))
	return cmd
}

func (a *app) deleteTool(cmd *cobra.Command, id, providerID string, force bool) error {
	if providerID == "" {
		return usageErrorf(cmd, "say which provider's workspace holds the tool with --provider")
	}
	if id == "" {
		return usageErrorf(cmd, "give the id of the tool to delete")
	}
	p, err := a.provider(cmd, providerID)
	if err != nil {
		return err
	}
	tools, ok := p.(toolDeleter)
	if !ok {
		return usageErrorf(cmd, "%s keeps no tools apart from its agents", p.Info().Name)
	}
	users, err := tools.ToolUsers(cmd.Context(), id)
	if err != nil {
		return a.explainDetailed(err, p)
	}
	if len(users) > 0 && !force {
		return fail(fmt.Sprintf("The tool %s is used by %s, so it was not deleted.", plainWord(id), agentNames(users)),
			errors.New("delete it anyway with --force, which takes it off them"))
	}
	if err := tools.DeleteTool(cmd.Context(), id, force); err != nil {
		return a.explainDetailed(err, p)
	}
	if len(users) > 0 {
		a.notef("Deleted the tool %s and took it off %s.\n", plainWord(id), agentNames(users))
		return nil
	}
	a.notef("Deleted the tool %s from the %s workspace.\n", plainWord(id), p.Info().Name)
	return nil
}

// agentNames names remote agents for a sentence: "the agent "Sales"" or
// "3 agents: "Sales", "Billing", "b_id"".
func agentNames(users []agent.RemoteAgent) string {
	names := make([]string, 0, len(users))
	for _, u := range users {
		names = append(names, fmt.Sprintf("%q", plainWord(u.Called())))
	}
	if len(names) == 1 {
		return "the agent " + names[0]
	}
	return fmt.Sprintf("%d agents: %s", len(names), strings.Join(names, ", "))
}

func (a *app) convertTools(_ *cobra.Command, ref string) error {
	store, d, err := a.draft(ref)
	if err != nil {
		return err
	}
	desc, _ := a.providers.Lookup(d.Provider)
	p, err := desc.Offline()
	if err != nil {
		return fail("Could not set up "+desc.Info.Name+".", err)
	}
	if _, ok := agent.SettingByKey(p.Capabilities().Settings, keepToolsKey); !ok {
		return fail("There is nothing to convert.", fmt.Errorf("%s keeps tools in the agent itself", desc.Info.Name))
	}
	if v, _ := d.Agent.Settings.Get(d.Provider, keepToolsKey); v == true {
		a.notef("%q already keeps its tools in the %s workspace.\n", d.Name, desc.Info.Name)
		return nil
	}
	d.Agent.Settings = d.Agent.Settings.With(d.Provider, keepToolsKey, true)
	if err := store.Save(&d); err != nil {
		return fail("Could not save the draft.", err)
	}
	a.notef("The next push of %q saves its %s in the %s workspace, and the agent uses them from there.\n",
		d.Name, count(len(d.Agent.Tools), "tool"), desc.Info.Name)
	return nil
}
