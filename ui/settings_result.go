package ui

import (
	"errors"
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// testResult words a connection test for people, telling apart what
// each needs a different fix for: a missing setting, a refused key, an
// account id (Nova's organisation, Trillet's workspace) that does not
// fit, an address that cannot be reached or is not the provider's API.
func (s *settingsScreen) testResult(msg connectionTestedMsg) (string, bool) {
	name := s.name(msg.provider)
	err := msg.err
	if err == nil {
		return "Connected to " + name + ": " + plural(msg.agents, "agent", "agents") + " found.", true
	}
	var notSet *agent.NotSetError
	if errors.As(err, &notSet) {
		if notSet.Setting == "API key" || !s.hasKey(msg.provider) {
			return "There is no API key for " + name + " yet. Press enter to add one.", false
		}
		return name + " needs its " + notSet.Setting + " before agentdeck can connect. Press enter to add it.", false
	}
	if errors.Is(err, agent.ErrUnauthorized) && !s.hasKey(msg.provider) {
		return "There is no API key for " + name + " yet. Press enter to add one.", false
	}
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		return "Could not connect to " + name + ". " + errText(err), false
	}
	said := ""
	if pe.Message != "" {
		said = " " + name + " said: " + sentenceCase(pe.Message)
	}
	account := s.accountLabel(msg.provider)
	switch {
	case pe.Status == http.StatusUnauthorized:
		return name + " did not accept the API key. Press enter to check it." + said, false
	case pe.Status == http.StatusForbidden && account != "":
		return name + " refused access: check the " + account + " and that the API key belongs to it." + said, false
	case errors.Is(err, agent.ErrNotFound) && account != "":
		return name + " found nothing at that address: check the " + account + " and the base URL." + said, false
	case errors.Is(err, agent.ErrNotFound):
		return name + " found nothing at that address: check the base URL." + said, false
	case errors.Is(err, agent.ErrUnavailable) && pe.Status == 0:
		return "Could not reach " + name + ": check the base URL and your connection, then test again.", false
	}
	return "Could not connect to " + name + ". " + errTextFor(err, name), false
}

// accountLabel is the label of the setting that names the account the key
// works in (Nova's organisation id, Trillet's workspace id); "" for none.
func (s *settingsScreen) accountLabel(provider string) string {
	for _, f := range s.fields[provider] {
		if f.Account {
			return strings.ToLower(f.Label[:1]) + f.Label[1:]
		}
	}
	return ""
}
