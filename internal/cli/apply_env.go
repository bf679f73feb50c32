package cli

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

// folderEnv is the one seam between plan, apply and pull --all and
// environments (issue 19, point 1): it checks the --env a command was given
// and names the environment whose remote state the command reads and
// writes. Until environments come, that is the default one: another name is
// refused before anything is read or sent.
func (a *app) folderEnv(cmd *cobra.Command, env string) (string, error) {
	env = strings.TrimSpace(env)
	if env == "" || env == agent.DefaultEnv {
		return agent.DefaultEnv, nil
	}
	return "", usageErrorf(cmd, "there is no environment %q: this build knows only the default one, so leave out --env", env)
}

// addEnvFlag gives cmd --env.
func addEnvFlag(cmd *cobra.Command, env *string) {
	cmd.Flags().StringVar(env, "env", "", "the environment to work on (the default one when not given)")
}
