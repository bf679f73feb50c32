package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// received is what the environment env last received on the draft's
// provider: the agent and the document it was laid over, from the push
// history (the body that push sent, its secret references put back).
//
// A push made before history was kept has no version: then what env
// received is known exactly only while env is in step with the draft
// (nothing changed since that push), and otherwise promote is refused with
// the next step.
func (a *app) received(p agent.Provider, store *storage.Store, d agent.Draft, env string) (agent.Payload, error) {
	r := d.RemoteFor(d.Provider, env)
	if r.ID == "" {
		return agent.Payload{}, fail(fmt.Sprintf("The draft has never been pushed to %s, so there is nothing to promote.", env),
			errors.New("push it first: agentdeck push "+d.ID+" --env "+env))
	}
	if vs, err := store.Versions(d.ID); err == nil {
		if v, ok := agent.LastReceived(vs, d.Provider, env, r.ID); ok {
			out, _, err := agent.Rollback(p, d, v)
			if err != nil {
				return agent.Payload{}, fail(fmt.Sprintf("What %s last received cannot be read from the draft's history.", env), err)
			}
			return agent.Payload{Agent: out.Agent, Native: []byte(out.Native())}, nil
		}
	}
	if d.EnvState(env) != agent.EnvInStep {
		return agent.Payload{}, fail(fmt.Sprintf("The draft has changed since its last push to %s, and that push kept no version, so what %s received is not known exactly.", env, env),
			errors.New("push it to "+env+" first (agentdeck push "+d.ID+" --env "+env+"), then promote"))
	}
	view, err := envView(d, env)
	if err != nil {
		return agent.Payload{}, err
	}
	return agent.Payload{Agent: view.Agent, Native: []byte(view.Native())}, nil
}
