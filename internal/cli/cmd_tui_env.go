package cli

import (
	"context"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// tuiEnvironments gives the UI named environments with the command line's
// rules: the same connection per environment, the same promote.
type tuiEnvironments struct {
	a    *app
	conn *connections
}

// connectionIn is everything needed to reach one provider now, in the
// environment env. An address from the settings file — the default's,
// and env's own — is checked as the provider is built, before any
// request: a settings file written some other way is held to the same
// rule (a served space's hosts) as one saved on the settings screen; an
// environment variable is the operator's own choice.
func (c *connections) connectionIn(id, env string) (storage.Connection, error) {
	env = agent.EnvName(env)
	if err := agent.CheckEnvName(env); err != nil {
		return storage.Connection{}, err
	}
	d, err := descriptorOf(c.providers, id)
	if err != nil {
		return storage.Connection{}, err
	}
	s, err := c.settings()
	if err != nil {
		return storage.Connection{}, err
	}
	if err := s.CheckEnvName(env); err != nil {
		return storage.Connection{}, err
	}
	prefix := storage.EnvPrefix(id) + "BASE_URL"
	if strings.TrimSpace(c.getenv(prefix)) == "" {
		if err := c.hosts.Check(id, s.Providers[id].BaseURL); err != nil {
			return storage.Connection{}, err
		}
	}
	if env != agent.DefaultEnv && strings.TrimSpace(c.getenv(prefix+"_"+agent.EnvVarName(env))) == "" {
		if err := c.hosts.Check(id, s.Environments[env][id].BaseURL); err != nil {
			return storage.Connection{}, err
		}
	}
	return storage.ProviderConfigFor(d, env, c.getenv, s, c.creds), nil
}

func (e tuiEnvironments) ProviderIn(id, env string) (agent.Provider, error) {
	c, err := e.conn.connectionIn(id, env)
	if err != nil {
		return nil, err
	}
	d, _ := e.conn.providers.Lookup(id)
	return d.New(c)
}

func (e tuiEnvironments) Promotion(ctx context.Context, d agent.Draft, from, to string) (ui.Promotion, error) {
	cf, err := e.conn.connectionIn(d.Provider, from)
	if err != nil {
		return ui.Promotion{}, err
	}
	ct, err := e.conn.connectionIn(d.Provider, to)
	if err != nil {
		return ui.Promotion{}, err
	}
	p, err := e.ProviderIn(d.Provider, to)
	if err != nil {
		return ui.Promotion{}, err
	}
	send, err := e.a.promotion(p, d, from, to, storage.SameAccount(cf, ct))
	if err != nil {
		return ui.Promotion{}, err
	}
	if errs := p.Validate(&send.Agent).Errors(); len(errs) > 0 {
		return ui.Promotion{}, errs
	}
	changes, creates, err := promotionChanges(ctx, p, d, to, send)
	if err != nil {
		return ui.Promotion{}, err
	}
	return ui.Promotion{Send: send, Provider: p, Changes: changes, Creates: creates}, nil
}
