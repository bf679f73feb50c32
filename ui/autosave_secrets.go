package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// takeURLSecrets takes the credentials typed into d's addresses (a
// password, a query value named like a key) out of the copy about to be
// saved, so the draft file holds only references, and returns the command
// that stores the values first. The editor keeps showing the address as
// typed; the cache gives it the same references at every save. Without a
// place to keep secrets nothing is taken, so nothing typed is lost.
func (a *App) takeURLSecrets(d *agent.Draft) tea.Cmd {
	store := a.sh.deps.Secrets
	if store == nil {
		return nil
	}
	cache := a.urlSecrets[d.ID]
	if cache == nil {
		cache = agent.URLSecretCache{}
		a.urlSecrets[d.ID] = cache
	}
	fresh := agent.TakeURLSecrets(&d.Agent, cache)
	if len(fresh) == 0 {
		return nil
	}
	id := d.ID
	return keepSecrets(store, fresh, func(_ []agent.SecretRef, err error) tea.Msg {
		return urlSecretsStoredMsg{id: id, err: err}
	})
}

// urlSecretsStored forgets the references of values that could not be
// stored, so the next save takes them again and retries.
func (a *App) urlSecretsStored(msg urlSecretsStoredMsg) tea.Cmd {
	if msg.err == nil {
		return nil
	}
	delete(a.urlSecrets, msg.id)
	return a.status.setNotice("Could not store the password in an address with your credentials: "+errText(msg.err)+" It is saved again with your next change.", levelError)
}
