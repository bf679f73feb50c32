package storage

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

// Settings is everything in the settings file: per-provider connection
// details and the look of the UI. It never holds keys (see Credentials).
type Settings struct {
	Providers map[string]ProviderSettings `yaml:"providers,omitempty"`
	// Environments are the connection details of named environments, by
	// environment, then provider (see ProviderConfigFor): each person's
	// own, never a draft's. What an environment leaves out comes from
	// Providers.
	Environments map[string]map[string]ProviderSettings `yaml:"environments,omitempty"`
	UI           UISettings                             `yaml:"ui,omitempty"`
	History      HistorySettings                        `yaml:"history,omitempty"`
}

// HistorySettings say how much of each draft's push history is kept.
type HistorySettings struct {
	// Keep is how many versions each draft keeps; 0 is DefaultHistoryKeep.
	Keep int `yaml:"keep,omitempty"`
}

// ProviderSettings are one provider's connection details. Empty means the
// default; each can be overridden by an environment variable (see
// ProviderConfig).
type ProviderSettings struct {
	BaseURL     string `yaml:"base_url,omitempty"`
	OrgID       string `yaml:"org_id,omitempty"`       // Nova
	WorkspaceID string `yaml:"workspace_id,omitempty"` // Trillet
	AuthStyle   string `yaml:"auth_style,omitempty"`   // see agent.Descriptor.AuthStyles
}

// UISettings is how the terminal UI looks.
type UISettings struct {
	Theme string `yaml:"theme,omitempty"` // auto (default), dark or light
}

// Themes are the values of UISettings.Theme.
const (
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// LoadSettings reads the settings file; a missing file gives empty settings.
// Unknown or invalid settings are refused with the reason, never dropped;
// providers says which providers and auth styles there are.
func LoadSettings(path string, providers agent.Registry) (Settings, error) {
	var s Settings
	if err := readYAMLFile(path, "the settings file", &s, plainYAMLError); err != nil {
		return Settings{}, err
	}
	if err := s.Check(providers); err != nil {
		return Settings{}, fmt.Errorf("the settings file %s has a problem: %w", path, err)
	}
	return s, nil
}

// SaveSettings writes the settings file atomically, readable by the owner
// only, creating its folder if needed.
func SaveSettings(path string, s Settings, providers agent.Registry) error {
	if err := s.Check(providers); err != nil {
		return err
	}
	if err := ensureDir(filepath.Dir(path)); err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(s); err != nil {
		return fmt.Errorf("could not encode the settings: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("could not encode the settings: %w", err)
	}
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("the settings were not saved: %w", err)
	}
	return nil
}

// Check reports the first invalid setting in plain words: a provider
// settings name must be one of providers, with one of its auth styles.
func (s Settings) Check(providers agent.Registry) error {
	switch s.UI.Theme {
	case "", ThemeAuto, ThemeDark, ThemeLight:
	default:
		return fmt.Errorf("ui.theme is %q; choose auto, dark or light", s.UI.Theme)
	}
	if s.History.Keep < 0 {
		return fmt.Errorf("history.keep is %d; give the number of versions to keep, 1 or more", s.History.Keep)
	}
	ids := make([]string, 0, len(s.Providers))
	for id := range s.Providers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		d, ok := providers.Lookup(id)
		if !ok {
			return fmt.Errorf("providers.%s: there is no such provider; use one of %s", id, providers.List())
		}
		styles := d.AuthStyles
		if style := s.Providers[id].AuthStyle; style != "" && !contains(styles, style) {
			return fmt.Errorf("providers.%s.auth_style is %q; choose %s", id, style, strings.Join(styles, " or "))
		}
	}
	return s.checkEnvironments(providers)
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
