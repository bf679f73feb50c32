package cli

import (
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"unicode"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// connections reads provider settings afresh each time, so what the
// settings screen saves takes effect on the next use.
type connections struct {
	getenv       func(string) string
	settingsFile string
	creds        *storage.Credentials
	// hosts limits base URLs from the settings file; an environment
	// variable is the operator's own choice and is not limited.
	hosts storage.HostPolicy
	mu    sync.Mutex // one settings write at a time
}

func (c *connections) settings() (storage.Settings, error) {
	return storage.LoadSettings(c.settingsFile)
}

// connection is everything needed to reach one provider now.
func (c *connections) connection(id string) (storage.Connection, error) {
	s, err := c.settings()
	if err != nil {
		return storage.Connection{}, err
	}
	conn := storage.ProviderConfig(id, c.getenv, s, c.creds)
	if strings.TrimSpace(c.getenv(storage.EnvPrefix(id)+"BASE_URL")) == "" {
		// Checked as the provider is built, before any request: a settings
		// file written some other way is held to the same rule as one
		// saved on the settings screen.
		if err := c.hosts.Check(id, s.Providers[id].BaseURL); err != nil {
			return storage.Connection{}, err
		}
	}
	return conn, nil
}

// providerSet gives the UI the providers this build of agentdeck has (those
// newProvider can build), each built from the settings of the moment it is
// asked for, so a key saved on the settings screen counts at once.
type providerSet struct {
	conn  *connections
	infos []agent.ProviderInfo
}

// newProviderSet lists the providers newProvider knows, in the order of
// storage.ProviderIDs. Building one with no settings does no IO.
func newProviderSet(conn *connections) *providerSet {
	p := &providerSet{conn: conn}
	for _, id := range storage.ProviderIDs() {
		offline := storage.ProviderConfig(id, func(string) string { return "" }, storage.Settings{}, nil)
		if prov, err := newProvider(id, offline); err == nil {
			p.infos = append(p.infos, prov.Info())
		}
	}
	return p
}

func (p *providerSet) List() []agent.ProviderInfo { return p.infos }

func (p *providerSet) Get(id string) (agent.Provider, error) {
	if err := knownProvider(id); err != nil {
		return nil, err
	}
	c, err := p.conn.connection(id)
	if err != nil {
		return nil, err
	}
	return newProvider(id, c)
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
	if err := knownProvider(id); err != nil {
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
		field(ui.SettingField{Key: keyAPIKey, Label: "API key", Secret: true, IsSet: p.conn.creds.APIKey(id) != "",
			Help: "The key from your provider account; kept in the credentials file only."}, env+"API_KEY"),
		field(ui.SettingField{Key: keyBaseURL, Label: "Base URL", Value: saved.BaseURL, Help: p.baseURLHelp(id),
			Check: func(v string) error { return p.checkBaseURL(id, v) }}, env+"BASE_URL"),
	}
	switch id {
	case storage.ProviderNova:
		fields = append(fields, field(ui.SettingField{Key: keyOrgID, Label: "Organisation id", Value: saved.OrgID, Account: true,
			Help: "Your Nova organisation; every request goes to /org/<id>."}, env+"ORG_ID"))
	case storage.ProviderTrillet:
		fields = append(fields, field(ui.SettingField{Key: keyWorkspaceID, Label: "Workspace id", Value: saved.WorkspaceID, Account: true,
			Help: "Your Trillet workspace, sent with every request."}, env+"WORKSPACE_ID"))
	}
	if styles := storage.AuthStyles(id); len(styles) > 1 {
		fields = append(fields, field(ui.SettingField{Key: keyAuthStyle, Label: "How the key is sent", Value: saved.AuthStyle,
			Choices: styles, Help: "Change only if the provider says the key is sent another way."}, env+"AUTH_STYLE"))
	}
	return fields, nil
}

func (p *providerSettings) SaveProviderSettings(id string, values map[string]string) error {
	if err := knownProvider(id); err != nil {
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
	if err := storage.SaveSettings(p.conn.settingsFile, s); err != nil {
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

func (p *providerSettings) baseURLHelp(id string) string {
	h := "Empty for " + storage.DefaultBaseURL(id) + "; must start with https://."
	if p.conn.hosts.Restricted() {
		h = "Empty for " + storage.DefaultBaseURL(id) + "; on this server only that host, or one the server's owner allows."
	}
	return h
}

// checkBaseURL accepts "" (the default), https:// addresses, and http://
// only on this machine (DESIGN.md §3).
func checkBaseURL(raw string) error {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Errorf("the base URL %q is not a web address; write it like https://api.example.com", raw)
	}
	switch {
	case u.Scheme == "https":
		return nil
	case u.Scheme == "http" && isLoopback(u.Hostname()):
		return nil
	}
	return fmt.Errorf("the base URL must start with https:// (plain http:// only for this machine, like http://127.0.0.1:8080)")
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
