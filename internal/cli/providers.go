package cli

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha"
	"github.com/agentdeck/agentdeck/providers/elevenlabs"
	"github.com/agentdeck/agentdeck/providers/nova"
	"github.com/agentdeck/agentdeck/providers/trillet"
)

// newRegistry lists the providers this build talks to, in the order people
// see them. It is the one place that names concrete providers: adding a
// provider is its package with a Descriptor, plus one line here. Main
// builds it once; storage, the commands and the terminal UI read every
// fact of a provider (id, name, default base URL, auth styles, the ids it
// needs, how to build it) from it.
func newRegistry() agent.Registry {
	return agent.NewRegistry(nova.Descriptor(), trillet.Descriptor(), elevenlabs.Descriptor(), dasha.Descriptor())
}

// descriptorOf is the descriptor of provider id in reg, or, for an id reg
// does not know, the registry's error naming those it does.
func descriptorOf(reg agent.Registry, id string) (agent.Descriptor, error) {
	d, ok := reg.Lookup(id)
	if !ok {
		return agent.Descriptor{}, reg.Check(id)
	}
	return d, nil
}
