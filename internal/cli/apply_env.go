package cli

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

// folderEnv is the one seam between plan, apply and pull --all and
// environments: it checks the --env a command was given (letters, digits,
// - and _; "" is the default one) and names the environment whose remote
// state, values and connection the command uses.
func (a *app) folderEnv(cmd *cobra.Command, env string) (string, error) {
	if err := checkEnvFlag(cmd, env); err != nil {
		return "", err
	}
	return agent.EnvName(env), nil
}
