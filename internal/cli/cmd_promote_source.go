package cli

import (
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
)

// received is what the environment env last received on the draft's
// provider: the agent and the document it was laid over.
//
// Until the push history is merged this is known exactly only while env is
// in step with the draft (nothing changed since its last push): then it is
// the draft with env's values, over env's document. Otherwise promote is
// refused with the next step. This is the one place to switch to the
// history's last version for env.
func (a *app) received(d agent.Draft, env string) (agent.Payload, error) {
	switch d.EnvState(env) {
	case agent.EnvNever:
		return agent.Payload{}, fail(fmt.Sprintf("The draft has never been pushed to %s, so there is nothing to promote.", env),
			errors.New("push it first: agentdeck push "+d.ID+" --env "+env))
	case agent.EnvInStep:
	default:
		return agent.Payload{}, fail(fmt.Sprintf("The draft has changed since its last push to %s, so what %s received is not known exactly.", env, env),
			errors.New("push it to "+env+" first (agentdeck push "+d.ID+" --env "+env+"), then promote"))
	}
	view, err := envView(d, env)
	if err != nil {
		return agent.Payload{}, err
	}
	return agent.Payload{Agent: view.Agent, Native: []byte(view.Native())}, nil
}
