package cli

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/baseurl"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// connections reads provider settings afresh each time, so what the
// settings screen saves takes effect on the next use.
type connections struct {
	providers    agent.Registry
	getenv       func(string) string
	settingsFile string
	creds        *storage.Credentials
	// hosts limits base URLs from the settings file; an environment
	// variable is the operator's own choice and is not limited.
	hosts storage.HostPolicy
	mu    sync.Mutex // one settings write at a time
}

func (c *connections) settings() (storage.Settings, error) {
	return storage.LoadSettings(c.settingsFile, c.providers)
}

// connection is everything needed to reach one provider now.
func (c *connections) connection(id string) (storage.Connection, error) {
	return c.connectionIn(id, agent.DefaultEnv)
}

// providerSet gives the UI the providers of the registry, each built from
// the settings of the moment it is asked for, so a key saved on the
// settings screen counts at once.
type providerSet struct{ conn *connections }

func newProviderSet(conn *connections) *providerSet { return &providerSet{conn: conn} }

func (p *providerSet) List() []agent.ProviderInfo { return p.conn.providers.Infos() }

func (p *providerSet) Get(id string) (agent.Provider, error) {
	c, err := p.conn.connection(id)
	if err != nil {
		return nil, err
	}
	d, _ := p.conn.providers.Lookup(id) // connection refused an unknown id
	return d.New(c)
}

// providerSettings lets the settings screen read and change one provider's
// key, base URL and ids.
type providerSettings struct{ conn *connections }

// Setting keys, as the settings screen hands them back.
const (
	keyAPIKey      = "api_key"
	keyBaseURL     = "base_url"
	keyOrgID       = "org_id"
	keyWorkspaceID = "workspace_id"
	keyAuthStyle   = "auth_style"
)

func (p *providerSettings) ProviderSettings(id string) ([]ui.SettingField, error) {
	d, err := descriptorOf(p.conn.providers, id)
	if err != nil {
		return nil, err
	}
	s, err := p.conn.settings()
	if err != nil {
		return nil, err
	}
	saved := s.Providers[id]
	env := storage.EnvPrefix(id)
	field := func(f ui.SettingField, envVar string) ui.SettingField {
		f.EnvVar = envVar
		f.EnvSet = strings.TrimSpace(p.conn.getenv(envVar)) != ""
		f.IsSet = f.IsSet || f.Value != ""
		return f
	}
	fields := []ui.SettingField{
		field(ui.SettingField{
			Key: keyAPIKey, Label: "API key", Secret: true, IsSet: p.conn.creds.APIKey(id) != "",
			Help: firstNonBlank(d.KeyHelp, "The key from your provider account; kept in the credentials file only."),
		}, env+"API_KEY"),
		field(ui.SettingField{
			Key: keyBaseURL, Label: "Base URL", Value: saved.BaseURL, Help: p.baseURLHelp(d),
			Check: func(v string) error { return p.checkBaseURL(id, v) },
		}, env+"BASE_URL"),
	}
	if d.NeedsOrgID {
		fields = append(fields, field(ui.SettingField{
			Key: keyOrgID, Label: "Organisation id", Value: saved.OrgID, Account: true,
			Help: firstNonBlank(d.AccountHelp, "The id of your "+d.Info.Name+" organisation; every request names it. "+idWhereUnknown(d.Info.Name)),
		}, env+"ORG_ID"))
	}
	if d.NeedsWorkspaceID {
		fields = append(fields, field(ui.SettingField{
			Key: keyWorkspaceID, Label: "Workspace id", Value: saved.WorkspaceID, Account: true,
			Help: firstNonBlank(d.AccountHelp, "The id of your "+d.Info.Name+" workspace; every request names it. "+idWhereUnknown(d.Info.Name)),
		}, env+"WORKSPACE_ID"))
	}
	if len(d.AuthStyles) > 1 {
		fields = append(fields, field(ui.SettingField{
			Key: keyAuthStyle, Label: "How the key is sent", Value: saved.AuthStyle,
			Choices: d.AuthStyles, Help: "Change only if the provider says the key is sent another way.",
		}, env+"AUTH_STYLE"))
	}
	return fields, nil
}

// idWhereUnknown says honestly that the provider's API documentation, as
// agentdeck's reference holds it (../shared/reference/providers.md), does
// not say where its dashboard shows the id, rather than guess a menu.
func idWhereUnknown(provider string) string {
	return provider + "'s API documentation does not say where its dashboard shows this id; if you cannot find it there, " + provider + "'s support can tell you."
}

func (p *providerSettings) SaveProviderSettings(id string, values map[string]string) error {
	if err := p.conn.providers.Check(id); err != nil {
		return err
	}
	if err := p.checkBaseURL(id, values[keyBaseURL]); err != nil {
		return err
	}
	// A pasted key loses the line break around it; one inside it cannot
	// be sent, and would later read as an unreachable provider.
	if key := strings.TrimSpace(values[keyAPIKey]); strings.ContainsFunc(key, unicode.IsControl) {
		return fmt.Errorf("the API key has a line break or another control character inside it; paste it again as one line")
	}
	p.conn.mu.Lock()
	defer p.conn.mu.Unlock()
	s, err := p.conn.settings()
	if err != nil {
		return err
	}
	if s.Providers == nil {
		s.Providers = map[string]storage.ProviderSettings{}
	}
	ps := s.Providers[id]
	ps.BaseURL = strings.TrimRight(strings.TrimSpace(values[keyBaseURL]), "/")
	if v, ok := values[keyOrgID]; ok {
		ps.OrgID = strings.TrimSpace(v)
	}
	if v, ok := values[keyWorkspaceID]; ok {
		ps.WorkspaceID = strings.TrimSpace(v)
	}
	if v, ok := values[keyAuthStyle]; ok {
		ps.AuthStyle = v
	}
	s.Providers[id] = ps
	if err := storage.SaveSettings(p.conn.settingsFile, s, p.conn.providers); err != nil {
		return err
	}
	if key := strings.TrimSpace(values[keyAPIKey]); key != "" {
		return p.conn.creds.SetAPIKey(id, key)
	}
	return nil
}

// checkBaseURL is checkBaseURL and then the host policy: on a server,
// only the provider's own host or one the owner allows.
func (p *providerSettings) checkBaseURL(id, raw string) error {
	if err := checkBaseURL(raw); err != nil {
		return err
	}
	return p.conn.hosts.Check(id, raw)
}

func (p *providerSettings) baseURLHelp(d agent.Descriptor) string {
	h := "Empty for " + d.DefaultBaseURL + "; must start with https://."
	if p.conn.hosts.Restricted() {
		h = "Empty for " + d.DefaultBaseURL + "; on this server only that host, or one the server's owner allows."
	}
	return h
}

// checkBaseURL accepts "" (the default), else what every provider client
// accepts (baseurl.Check): https://, and http:// only on this machine.
func checkBaseURL(raw string) error {
	if raw = strings.TrimSpace(raw); raw == "" {
		return nil
	}
	_, err := baseurl.Check(raw)
	return err
}

// Offline builds provider id for work that sends nothing (a new draft's
// template, the wizard's table), without reading the settings.
func (p *providerSet) Offline(id string) (agent.Provider, error) {
	d, err := descriptorOf(p.conn.providers, id)
	if err != nil {
		return nil, err
	}
	return d.Offline()
}
