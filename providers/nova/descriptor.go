package nova

import "github.com/agentdeck/agentdeck/agent"

// Descriptor is what agentdeck knows of Nova: its id, name, default address,
// auth styles (X-API-Key by default, as its seeds send; a bearer token, as
// its other docs do), and that every request names an organisation. The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:               ProviderID,
			Name:             "Nova",
			Summary:          "Cozmo AI's Nova: voice, chat and video agents, pushed in two steps (create, then configure).",
			CreateThenUpdate: true,
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXAPIKey, AuthBearer},
		NeedsOrgID:     true,
		New:            fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	opts := []Option{WithBaseURL(c.BaseURL), WithOrgID(c.OrgID), WithAuthStyle(c.AuthStyle), WithKeySource(c.KeyFrom)}
	if c.Timeout > 0 {
		opts = append(opts, WithTimeout(c.Timeout))
	}
	client, err := New(c.APIKey, opts...)
	if err != nil {
		return nil, err
	}
	return client, nil
}
