package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

func addSharedToolsFlag(cmd *cobra.Command) {
	cmd.Flags().Bool("shared-tools", false, "change tools kept in the workspace even when other agents use them")
}

func sharedTools(cmd *cobra.Command) bool {
	on, _ := cmd.Flags().GetBool("shared-tools")
	return on
}

// sharedToolFailure names the agents a push would have changed a tool for.
func sharedToolFailure(se *agent.SharedToolError) error {
	return fail(fmt.Sprintf("The tool %q is also used by %s, so nothing was sent.", plainWord(se.Tool), agentNames(se.Agents)),
		errors.New("push again with --shared-tools to change it for them too, or give this agent a tool of its own"))
}
