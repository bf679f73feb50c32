package httpx

import "github.com/agentdeck/agentdeck/agent"

// SetConnection takes what every provider reads from an agent.Connection:
// the base URL, where the key came from, and the timeout when one is set
// (0 keeps the default). A provider's descriptor builds its client with it.
func (o *Options) SetConnection(c agent.Connection) error {
	if err := o.SetBaseURL(c.BaseURL); err != nil {
		return err
	}
	o.KeySource = c.KeyFrom
	if c.Timeout > 0 {
		return o.SetTimeout(c.Timeout)
	}
	return nil
}

// AsProvider hands a new client back as an agent.Provider: nil when err is
// set, so a nil client never becomes a Provider that is not nil.
func AsProvider[C agent.Provider](c C, err error) (agent.Provider, error) {
	if err != nil {
		return nil, err
	}
	return c, nil
}
