package elevenlabs

import "github.com/agentdeck/agentdeck/agent"

// Descriptor is what agentdeck knows of ElevenLabs Agents: its id, name,
// default address and auth styles (xi-api-key by default, as ElevenLabs
// documents; x-api-key, as its seed, an anonymised copy, shows). The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "ElevenLabs Agents",
			Summary: "ElevenLabs' voice agents: its own voices, a wide choice of LLMs, built-in call tools.",
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXIAPIKey, AuthXAPIKey},
		New:            fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	opts := []Option{WithBaseURL(c.BaseURL), WithAuthStyle(c.AuthStyle), WithKeySource(c.KeyFrom)}
	if c.Timeout > 0 {
		opts = append(opts, WithTimeout(c.Timeout))
	}
	client, err := New(c.APIKey, opts...)
	if err != nil {
		return nil, err
	}
	return client, nil
}
