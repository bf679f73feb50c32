package storage

import (
	"errors"
	"fmt"
	"path/filepath"
)

// Paths says where agentdeck keeps its files.
type Paths struct {
	Config string // settings and credentials
	Data   string // drafts and trash
	Drafts string // one YAML file per draft
	Trash  string // deleted drafts, beside Drafts
}

// SettingsFile is the settings file's path.
func (p Paths) SettingsFile() string { return filepath.Join(p.Config, "settings.yaml") }

// CredentialsFile is the credentials file's path: API keys and secret values.
func (p Paths) CredentialsFile() string { return filepath.Join(p.Config, "credentials.yaml") }

// ResolvePaths picks the folders from the environment: $AGENTDECK_HOME holds
// everything when set; otherwise settings go under $XDG_CONFIG_HOME/agentdeck
// (default ~/.config/agentdeck) and drafts under $XDG_DATA_HOME/agentdeck
// (default ~/.local/share/agentdeck). Nothing is created here.
func ResolvePaths(getenv func(string) string) (Paths, error) {
	if home := getenv("AGENTDECK_HOME"); home != "" {
		abs, err := filepath.Abs(home)
		if err != nil {
			return Paths{}, fmt.Errorf("AGENTDECK_HOME (%s) is not a usable folder: %w", home, err)
		}
		return layout(abs, abs), nil
	}
	config, err := xdgDir(getenv, "XDG_CONFIG_HOME", ".config")
	if err != nil {
		return Paths{}, err
	}
	data, err := xdgDir(getenv, "XDG_DATA_HOME", filepath.Join(".local", "share"))
	if err != nil {
		return Paths{}, err
	}
	return layout(filepath.Join(config, "agentdeck"), filepath.Join(data, "agentdeck")), nil
}

func layout(config, data string) Paths {
	return Paths{
		Config: config,
		Data:   data,
		Drafts: filepath.Join(data, "drafts"),
		Trash:  filepath.Join(data, "trash"),
	}
}

// xdgDir follows the XDG base directory rules: a relative value is ignored,
// and the fallback lives under $HOME.
func xdgDir(getenv func(string) string, name, fallback string) (string, error) {
	if v := getenv(name); v != "" && filepath.IsAbs(v) {
		return v, nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("cannot tell where to keep agentdeck's files: set AGENTDECK_HOME to a folder (HOME is not set)")
	}
	return filepath.Join(home, fallback), nil
}
