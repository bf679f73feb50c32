package storage

import (
	"fmt"
	"strings"
	"time"
)

// Provider ids, as drafts, settings and environment variables name them.
const (
	ProviderNova       = "nova"
	ProviderTrillet    = "trillet"
	ProviderElevenLabs = "elevenlabs"
	ProviderDasha      = "dasha"
)

// Auth styles: how the API key travels.
const (
	AuthXAPIKey  = "x-api-key"  // header X-API-Key: <key>
	AuthXIAPIKey = "xi-api-key" // header xi-api-key: <key>
	AuthBearer   = "bearer"     // header Authorization: Bearer <key>
)

// ProviderIDs lists the providers whose connection details are kept here.
func ProviderIDs() []string {
	return []string{ProviderNova, ProviderTrillet, ProviderElevenLabs, ProviderDasha}
}

// DefaultBaseURL is where a provider's API lives unless a setting or
// AGENTDECK_<P>_BASE_URL says otherwise (DESIGN.md §1).
func DefaultBaseURL(providerID string) string {
	switch providerID {
	case ProviderNova:
		return "https://v2-nova-api.prod.czmx.in/api"
	case ProviderTrillet:
		return "https://api.trillet.ai"
	case ProviderElevenLabs:
		return "https://api.elevenlabs.io/v1/convai"
	case ProviderDasha:
		return "https://blackbox.dasha.ai"
	}
	return ""
}

// AuthStyles lists the auth styles a provider accepts, the default first;
// nil for an unknown provider. Nova's seed sends X-API-Key while its other
// docs send a bearer token; ElevenLabs uses xi-api-key while its seed shows
// x-api-key (an anonymised copy), so each keeps the other form as a choice.
func AuthStyles(providerID string) []string {
	switch providerID {
	case ProviderNova:
		return []string{AuthXAPIKey, AuthBearer}
	case ProviderTrillet:
		return []string{AuthXAPIKey}
	case ProviderElevenLabs:
		return []string{AuthXIAPIKey, AuthXAPIKey}
	case ProviderDasha:
		return []string{AuthBearer}
	}
	return nil
}

// Connection is everything needed to reach one provider. String never shows
// the key, so a Connection can be printed or logged safely.
type Connection struct {
	APIKey string
	// KeyFrom says where APIKey came from: its environment variable's name
	// or "the credentials file"; "" when there is no key.
	KeyFrom     string
	BaseURL     string
	OrgID       string // Nova
	WorkspaceID string // Trillet
	AuthStyle   string
	// Timeout is how long one request may take; 0 means the provider
	// client's default (AGENTDECK_TIMEOUT, see ParseTimeout).
	Timeout time.Duration
}

// String describes the connection with the key left out.
func (c Connection) String() string {
	key := "(none)"
	if c.APIKey != "" {
		key = "(set)"
	}
	return fmt.Sprintf("base URL %s, auth %s, key %s, org %q, workspace %q", c.BaseURL, c.AuthStyle, key, c.OrgID, c.WorkspaceID)
}

// GoString keeps the key out of %#v too.
func (c Connection) GoString() string { return "storage.Connection{" + c.String() + "}" }

// EnvPrefix is the start of a provider's environment variables, e.g.
// AGENTDECK_NOVA_.
func EnvPrefix(providerID string) string {
	return "AGENTDECK_" + strings.ToUpper(providerID) + "_"
}

// ProviderConfig gathers a provider's connection: each value from its
// environment variable when set (AGENTDECK_<P>_API_KEY, _BASE_URL,
// _AUTH_STYLE, AGENTDECK_NOVA_ORG_ID, AGENTDECK_TRILLET_WORKSPACE_ID), else
// from the credentials file (keys) or the settings file, else the default.
// creds may be nil.
func ProviderConfig(providerID string, getenv func(string) string, settings Settings, creds *Credentials) Connection {
	p := EnvPrefix(providerID)
	saved := settings.Providers[providerID]
	c := Connection{
		APIKey:    first(getenv(p+"API_KEY"), creds.APIKey(providerID)),
		BaseURL:   strings.TrimRight(first(getenv(p+"BASE_URL"), saved.BaseURL, DefaultBaseURL(providerID)), "/"),
		AuthStyle: first(getenv(p+"AUTH_STYLE"), saved.AuthStyle),
	}
	switch {
	case strings.TrimSpace(getenv(p+"API_KEY")) != "":
		c.KeyFrom = p + "API_KEY"
	case c.APIKey != "":
		c.KeyFrom = "the credentials file"
	}
	c.Timeout, _ = ParseTimeout(getenv(TimeoutEnv)) // main refuses a bad value before it gets here
	if styles := AuthStyles(providerID); c.AuthStyle == "" && len(styles) > 0 {
		c.AuthStyle = styles[0]
	}
	switch providerID {
	case ProviderNova:
		c.OrgID = first(getenv(p+"ORG_ID"), saved.OrgID)
	case ProviderTrillet:
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
