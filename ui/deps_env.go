package ui

import (
	"context"

	"github.com/agentdeck/agentdeck/agent"
)

// Environments reaches a draft's named environments: each with its own
// connection (the person's settings), and promote, which sends to one
// what another last received. main fills it with the command line's rules,
// so the TUI and `agentdeck push --env` / `promote` never disagree.
type Environments interface {
	// ProviderIn builds the provider id as it is reached in env.
	ProviderIn(id, env string) (agent.Provider, error)
	// Promotion works out, without sending anything, what promote would
	// send to `to` and what it would change there. An id with no
	// counterpart in `to` is an error that names it.
	Promotion(ctx context.Context, d agent.Draft, from, to string) (Promotion, error)
}

// Promotion is what a promote would do.
type Promotion struct {
	Send     agent.Payload
	Provider agent.Provider // reaching `to`
	Changes  []agent.Change // on to's agent; every setting when Creates
	Creates  bool           // to has no agent yet
}
