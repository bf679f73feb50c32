package storage

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Connection is everything needed to reach one provider; ProviderConfig
// gathers it from the environment, the settings file and the credentials.
type Connection = agent.Connection

// EnvPrefix is the start of a provider's environment variables, e.g.
// AGENTDECK_NOVA_.
func EnvPrefix(providerID string) string {
	return "AGENTDECK_" + strings.ToUpper(providerID) + "_"
}

// ProviderConfig gathers a provider's connection: each value from its
// environment variable when set (AGENTDECK_<P>_API_KEY, _BASE_URL,
// _AUTH_STYLE, _ORG_ID or _WORKSPACE_ID where the provider needs one), else
// from the credentials file (keys) or the settings file, else the
// descriptor's default. creds may be nil.
func ProviderConfig(d agent.Descriptor, getenv func(string) string, settings Settings, creds *Credentials) Connection {
	providerID := d.ID()
	p := EnvPrefix(providerID)
	saved := settings.Providers[providerID]
	c := Connection{
		APIKey:    first(getenv(p+"API_KEY"), creds.APIKey(providerID)),
		BaseURL:   strings.TrimRight(first(getenv(p+"BASE_URL"), saved.BaseURL, d.DefaultBaseURL), "/"),
		AuthStyle: first(getenv(p+"AUTH_STYLE"), saved.AuthStyle),
	}
	switch {
	case strings.TrimSpace(getenv(p+"API_KEY")) != "":
		c.KeyFrom = p + "API_KEY"
	case c.APIKey != "":
		c.KeyFrom = "the credentials file"
	}
	c.Timeout, _ = ParseTimeout(getenv(TimeoutEnv)) // main refuses a bad value before it gets here
	if c.AuthStyle == "" && len(d.AuthStyles) > 0 {
		c.AuthStyle = d.AuthStyles[0]
	}
	if d.NeedsOrgID {
		c.OrgID = first(getenv(p+"ORG_ID"), saved.OrgID)
	}
	if d.NeedsWorkspaceID {
		c.WorkspaceID = first(getenv(p+"WORKSPACE_ID"), saved.WorkspaceID)
	}
	return c
}

// first returns the first non-blank value, trimmed.
func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
