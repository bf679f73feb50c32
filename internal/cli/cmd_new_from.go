package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/termsafe"
	"github.com/spf13/cobra"
)

// copyFromKey is the provider setting that makes a new agent start as a
// copy of another (Nova's copy source). A provider offers `new --from` by
// listing a setting with this key whose choices are read live.
const copyFromKey = "copy_from"

// copySource finds the agent `new --from AGENT` names, by id or by name,
// in provider p's list, and returns its id.
func (a *app) copySource(cmd *cobra.Command, p agent.Provider, from string) (string, error) {
	name := p.Info().Name
	path := agent.SettingPath(p.Info().ID, copyFromKey)
	if spec, ok := p.Capabilities().Spec(path); !ok || !spec.Live {
		return "", usageErrorf(cmd, "%s cannot start a new agent as a copy of another; leave out --from", name)
	}
	agents, err := p.Choices(cmd.Context(), agent.ChoiceQuery{Path: path})
	if err != nil {
		return "", fail(fmt.Sprintf("Could not read %s's agents to find %q.", name, termsafe.OneLine(from)), errors.New(reason(err, name)))
	}
	var byName []agent.Choice
	for _, c := range agents {
		if c.Value == from {
			return c.Value, nil
		}
		if strings.EqualFold(strings.TrimSpace(c.Label), strings.TrimSpace(from)) {
			byName = append(byName, c)
		}
	}
	switch len(byName) {
	case 1:
		return byName[0].Value, nil
	case 0:
		return "", fail("Could not find the agent to copy.", fmt.Errorf("%s has no agent named %q; check the name, or give the agent's id", name, termsafe.OneLine(from)))
	}
	ids := make([]string, len(byName))
	for i, c := range byName {
		ids[i] = termsafe.OneLine(c.Value)
	}
	return "", fail("Could not tell which agent to copy.", fmt.Errorf("%s has %d agents named %q (%s); give the id of the one to copy", name, len(byName), termsafe.OneLine(from), strings.Join(ids, ", ")))
}
