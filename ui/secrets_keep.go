package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// keepSecrets is the one flow that stores typed secrets, for the editor's
// secret fields and the passwords typed into addresses: off the UI loop it
// stores each value under its reference with the credentials, stopping at
// the first that cannot be kept, and done makes the message that reports
// the references kept and that error. The references reach a draft only
// through that message, so a draft never points at a secret not stored.
func keepSecrets(store agent.SecretStore, values map[agent.SecretRef]string, done func(kept []agent.SecretRef, err error) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		kept := make([]agent.SecretRef, 0, len(values))
		for ref, v := range values {
			if err := store.SetSecret(ref, v); err != nil {
				return done(kept, err)
			}
			kept = append(kept, ref)
		}
		return done(kept, nil)
	}
}
