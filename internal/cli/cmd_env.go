package cli

// Environments on the command line: the --env flag that push, export,
// validate and diff share, and the draft as it goes to an environment.

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

// addEnvFlag gives cmd --env.
func addEnvFlag(cmd *cobra.Command, env *string, what string) {
	cmd.Flags().StringVar(env, "env", agent.DefaultEnv, what+" (letters, digits, - and _)")
}

// checkEnvFlag refuses an environment name that is not made of letters,
// digits, - and _ as wrong usage.
func checkEnvFlag(cmd *cobra.Command, env string) error {
	if err := agent.CheckEnvName(agent.EnvName(env)); err != nil {
		return usageErrorf(cmd, "--env: %s", err)
	}
	return nil
}

// envView is d as it goes to env: its agent with that environment's values
// applied, and d.Env set so its remote state and document are env's.
func envView(d agent.Draft, env string) (agent.Draft, error) {
	view, err := d.ForEnv(env)
	if err != nil {
		return agent.Draft{}, fail(fmt.Sprintf("The draft's values for the environment %s cannot be applied.", agent.EnvName(env)), err)
	}
	return view, nil
}

// typedView is view with its environment's overrides of p's own settings
// in the form each setting stores, held to p's table (see
// agent.TypeEnvSettings).
func typedView(view agent.Draft, p agent.Provider) (agent.Draft, error) {
	if err := view.TypeEnvSettings(p.Capabilities()); err != nil {
		return agent.Draft{}, fail(fmt.Sprintf("The draft's values for the environment %s cannot be applied.", agent.EnvName(view.Env)), err)
	}
	return view, nil
}

// inEnv names a provider with the environment when it is not the default:
// "Nova", "Nova (prod)".
func inEnv(name, env string) string {
	if env = agent.EnvName(env); env != agent.DefaultEnv {
		return name + " (" + env + ")"
	}
	return name
}

// secrets is the credentials file with AGENTDECK_SECRET_<NAME> behind it,
// for a run (CI) that has no credentials file of its own.
func (a *app) secrets(creds *storage.Credentials) storage.EnvSecrets {
	return storage.NewEnvSecrets(creds, a.getenv)
}

// noteMissingSecrets names, before a push, the environment variables that
// could give the secrets this run has no value for.
func (a *app) noteMissingSecrets(s storage.EnvSecrets, ag *agent.Agent) {
	missing := s.MissingSecretVars(agent.SecretRefs(ag))
	if len(missing) == 0 {
		return
	}
	a.notef("No saved value for %s; enter it in the editor, or give it for this run with %s.\n",
		count(len(missing), "secret"), joinList(missing))
}

// joinList is "A", "A and B", "A, B and C".
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	out := items[0]
	for _, it := range items[1 : len(items)-1] {
		out += ", " + it
	}
	return out + " and " + items[len(items)-1]
}
