package httpx

import "github.com/agentdeck/agentdeck/agent"

// Setting is one thing a network call needs that the person gives: the API
// key, an organization or workspace id.
type Setting struct {
	Value  string // "" when it was not given
	Name   string // what people call it: "API key", "organization id"
	EnvVar string // the environment variable that sets it
}

// Ready says why the call op cannot be made yet: the first of the Needs
// that was not given (see MissingSetting), or nil. Calls check it before
// sending, so that offline uses (encode, decode, validate) need no key.
func (c *Client) Ready(op string) error {
	for _, s := range c.cfg.Needs {
		if s.Value == "" {
			return MissingSetting(c.cfg.Provider, op, s.Name, c.cfg.Name, s.EnvVar)
		}
	}
	return nil
}

// ReadyFor is Ready for a call on the one agent remoteID, whose id is
// checked first: an empty one would address the whole agent collection.
func (c *Client) ReadyFor(op, remoteID string) error {
	if err := agent.NeedRemoteID(c.cfg.Provider, op, remoteID); err != nil {
		return err
	}
	return c.Ready(op)
}
