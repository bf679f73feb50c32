package ui

import (
	"errors"
	"net/http"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// testResult words a connection test for people, telling apart what
// each needs a different fix for: a missing key or id (Nova's
// organisation, Trillet's workspace), a key the provider refused, an
// account id that does not fit, an address that cannot be reached, and an
// answer agentdeck could not understand. A missing id is found before
// anything is sent (the client's NotSetError). Each is one sentence, said once;
// the provider's own words are added only when it answered and they say
// something the sentence does not.
func (s *settingsScreen) testResult(msg connectionTestedMsg) (string, bool) {
	return connectionResult(s.name(msg.provider), s.fields[msg.provider], msg.agents, msg.err)
}

// connectionResult words the test of the provider called name, whose
// settings are fields: agents were found, or err says why not.
func connectionResult(name string, fields []SettingField, agents int, err error) (string, bool) {
	if err == nil {
		return "Connected to " + name + ": " + plural(agents, "agent", "agents") + " found.", true
	}
	var notSet *agent.NotSetError
	if errors.As(err, &notSet) {
		if notSet.Setting == "API key" || !hasKeyIn(fields) {
			return "There is no API key for " + name + " yet. Press enter to add one.", false
		}
		setting := notSet.Setting
		if account := accountLabelIn(fields); account != "" && strings.EqualFold(strings.ReplaceAll(setting, "z", "s"), strings.ReplaceAll(account, "z", "s")) {
			setting = account // the field's own name, as the form shows it
		}
		return name + " needs its " + setting + " before agentdeck can connect. Press enter to add it.", false
	}
	if errors.Is(err, agent.ErrUnauthorized) && !hasKeyIn(fields) {
		return "There is no API key for " + name + " yet. Press enter to add one.", false
	}
	var pe *agent.ProviderError
	if !errors.As(err, &pe) {
		return "Could not connect to " + name + ". " + errText(err), false
	}
	account := accountLabelIn(fields)
	var text string
	switch {
	case pe.Status == http.StatusUnauthorized:
		text = name + " did not accept the API key. Press enter to check it."
	case pe.Status == http.StatusForbidden && account != "":
		text = name + " refused access: check the " + account + " and that the API key belongs to it."
	case errors.Is(err, agent.ErrNotFound) && account != "":
		text = name + " found nothing at that address: check the " + account + " and the base URL."
	case errors.Is(err, agent.ErrNotFound):
		text = name + " found nothing at that address: check the base URL."
	case errors.Is(err, agent.ErrUnavailable) && pe.Status == 0:
		text = "Could not reach " + name + ": check the base URL and your connection, then test again."
	case errors.Is(err, agent.ErrUnavailable):
		text = name + " answered but could not serve the request just now; test again in a while."
	case errors.Is(err, agent.ErrUnreadable):
		text = name + " answered in a form agentdeck could not read: check that the base URL is the address of " + name + "'s API, not of its website."
	default:
		return errTextFor(err, name), false
	}
	return text + saidBy(name, text, pe), false
}

// saidBy is the provider's own message, when it answered at all (a status
// of 0 means the words are agentdeck's) and the message adds to text.
func saidBy(name, text string, pe *agent.ProviderError) string {
	msg := strings.TrimSpace(pe.Message)
	if pe.Status == 0 || msg == "" || strings.Contains(strings.ToLower(text), strings.ToLower(strings.TrimSuffix(msg, "."))) {
		return ""
	}
	return " " + name + " said: " + strings.TrimSuffix(sentenceCase(msg), ".") + "."
}

// accountLabel is the label of the setting that names the account the key
// works in (Nova's organisation id, Trillet's workspace id); "" for none.
func accountLabelIn(fields []SettingField) string {
	for _, f := range fields {
		if f.Account {
			return strings.ToLower(f.Label[:1]) + f.Label[1:]
		}
	}
	return ""
}

// hasKeyIn says an API key is among fields, stored or from the environment.
func hasKeyIn(fields []SettingField) bool {
	for _, f := range fields {
		if f.Secret && (f.IsSet || f.EnvSet) {
			return true
		}
	}
	return false
}
