package storage

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// ProviderConfigFor is the connection to a provider in one environment.
// The default environment's is ProviderConfig's. A named environment takes
// each value from AGENTDECK_<P>_<NAME>_<ENV> (API_KEY_PROD, BASE_URL_PROD,
// ORG_ID_PROD, WORKSPACE_ID_PROD, AUTH_STYLE_PROD), else from its own
// settings and credentials, else from the default environment's — except
// the key when the environment has an address of its own: the default key
// was given for the default address, and a key goes only where its owner
// sent it.
func ProviderConfigFor(d agent.Descriptor, env string, getenv func(string) string, settings Settings, creds *Credentials) Connection {
	base := ProviderConfig(d, getenv, settings, creds)
	env = agent.EnvName(env)
	if env == agent.DefaultEnv {
		return base
	}
	id := d.ID()
	p := EnvPrefix(id)
	suffix := "_" + agent.EnvVarName(env)
	own := settings.Environments[env][id]
	c := base
	ownAddress := first(getenv(p+"BASE_URL"+suffix), own.BaseURL)
	if ownAddress != "" {
		c.BaseURL = strings.TrimRight(ownAddress, "/")
	}
	keyVar := p + "API_KEY" + suffix
	switch {
	case strings.TrimSpace(getenv(keyVar)) != "":
		c.APIKey, c.KeyFrom = strings.TrimSpace(getenv(keyVar)), keyVar
	case creds.EnvAPIKey(id, env) != "":
		c.APIKey, c.KeyFrom = creds.EnvAPIKey(id, env), "the credentials file ("+env+")"
	case ownAddress != "" && c.BaseURL != base.BaseURL:
		c.APIKey, c.KeyFrom = "", ""
	}
	c.AuthStyle = first(getenv(p+"AUTH_STYLE"+suffix), own.AuthStyle, base.AuthStyle)
	if d.NeedsOrgID {
		c.OrgID = first(getenv(p+"ORG_ID"+suffix), own.OrgID, base.OrgID)
	}
	if d.NeedsWorkspaceID {
		c.WorkspaceID = first(getenv(p+"WORKSPACE_ID"+suffix), own.WorkspaceID, base.WorkspaceID)
	}
	return c
}

// SameAccount reports whether two connections reach the same provider
// account — same address, key, organisation and workspace — so that ids
// of one are ids of the other.
func SameAccount(a, b Connection) bool {
	return a.BaseURL == b.BaseURL && a.APIKey == b.APIKey && a.OrgID == b.OrgID && a.WorkspaceID == b.WorkspaceID
}

// EnvAPIKey returns the saved key of a provider in a named environment,
// "" when none (or c is nil).
func (c *Credentials) EnvAPIKey(providerID, env string) string {
	if c == nil {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.data.EnvAPIKeys[providerID][env]
}

// SetEnvAPIKey saves a provider's key for a named environment; "" removes
// it.
func (c *Credentials) SetEnvAPIKey(providerID, env, key string) error {
	if err := agent.CheckEnvName(env); err != nil {
		return err
	}
	return c.update(func(f *credentialsFile) {
		keys := setOrDelete(f.EnvAPIKeys[providerID], env, strings.TrimSpace(key))
		if len(keys) == 0 {
			delete(f.EnvAPIKeys, providerID)
			return
		}
		if f.EnvAPIKeys == nil {
			f.EnvAPIKeys = map[string]map[string]string{}
		}
		f.EnvAPIKeys[providerID] = keys
	})
}

// checkEnvironments checks the environments' settings as Check does the
// providers': valid names, no two that read the same environment
// variables (prod and Prod), known providers, their auth styles.
func (s Settings) checkEnvironments(providers agent.Registry) error {
	if err := agent.CheckEnvNamesDistinct(slices.Collect(maps.Keys(s.Environments))); err != nil {
		return fmt.Errorf("environments: %w", err)
	}
	for _, env := range slices.Sorted(maps.Keys(s.Environments)) {
		if err := agent.CheckEnvName(env); err != nil {
			return fmt.Errorf("environments: %w", err)
		}
		if env == agent.DefaultEnv {
			return fmt.Errorf("environments.%s: the default environment's settings are those under providers", env)
		}
		for _, id := range slices.Sorted(maps.Keys(s.Environments[env])) {
			d, ok := providers.Lookup(id)
			if !ok {
				return fmt.Errorf("environments.%s.%s: there is no such provider; use one of %s", env, id, providers.List())
			}
			if style := s.Environments[env][id].AuthStyle; style != "" && !contains(d.AuthStyles, style) {
				return fmt.Errorf("environments.%s.%s.auth_style is %q; choose %s", env, id, style, strings.Join(d.AuthStyles, " or "))
			}
		}
	}
	return nil
}

// CheckEnvName refuses env when the settings have another environment
// whose name reads the same environment variables (prod beside Prod).
func (s Settings) CheckEnvName(env string) error {
	return agent.CheckEnvNameClash(env, slices.Collect(maps.Keys(s.Environments)))
}
