package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// storeSecrets keeps newly typed secret values with the credentials, each
// under a fresh reference. The references reach the draft only once the
// values are stored, so a draft never points at a secret that is not there.
func (e *editorScreen) storeSecrets(typed map[string]string) tea.Cmd {
	todo := map[string]string{}
	for path, v := range typed {
		if e.secretsSeen[path] != v {
			todo[path] = v
			e.secretsSeen[path] = v
		}
	}
	if len(todo) == 0 {
		return nil
	}
	store := e.sh.deps.Secrets
	if store == nil {
		return func() tea.Msg {
			return secretsStoredMsg{err: errors.New("there is nowhere to keep secrets in this session")}
		}
	}
	values, paths := map[agent.SecretRef]string{}, map[agent.SecretRef]string{}
	for path, v := range todo {
		ref := agent.NewSecretRef(path)
		values[ref], paths[ref] = v, path
	}
	return keepSecrets(store, values, func(kept []agent.SecretRef, err error) tea.Msg {
		refs := make(map[string]agent.SecretRef, len(kept))
		for _, ref := range kept {
			refs[paths[ref]] = ref
		}
		return secretsStoredMsg{refs: refs, err: err}
	})
}

// secretsStored writes the references of stored secrets into the draft.
func (e *editorScreen) secretsStored(msg secretsStoredMsg) tea.Cmd {
	for path, ref := range msg.refs {
		if err := forms.SetSecretRef(&e.draft.Agent, path, ref); err != nil {
			return notice("Could not keep the secret for "+agent.Label(path)+": "+errText(err), levelError)
		}
	}
	var cmd tea.Cmd
	if len(msg.refs) > 0 {
		e.revalidate()
		cmd = e.changed()
	}
	if msg.err != nil {
		// Forget what was typed so the next change tries again.
		e.secretsSeen = map[string]string{}
		return tea.Batch(cmd, notice("Could not store the secret with your credentials: "+errText(msg.err)+" Type it again to retry.", levelError))
	}
	return cmd
}
