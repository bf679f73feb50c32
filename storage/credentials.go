package storage

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
	"go.yaml.in/yaml/v3"
)

// Credentials is the credentials file: provider API keys and the secret
// values that drafts refer to by agent.SecretRef. It is the only place
// agentdeck writes a key, always with mode 0600. It implements
// agent.SecretStore.
type Credentials struct {
	path string
	mu   sync.Mutex
	data credentialsFile
}

// credentialsFile is the file's whole content: keys and nothing else.
type credentialsFile struct {
	APIKeys map[string]string `yaml:"api_keys,omitempty"` // by provider id
	// EnvAPIKeys are keys of named environments, by provider id, then
	// environment.
	EnvAPIKeys map[string]map[string]string     `yaml:"environment_api_keys,omitempty"`
	Secrets    map[agent.SecretRef]*secretEntry `yaml:"secrets,omitempty"`
}

// secretEntry is one secret value and the place it was made for (see
// agent.SecretPlace). Files written before places were recorded hold the
// bare value; such an entry reads as one without a place, and is bound at
// its first push to where it sits in the draft being pushed.
type secretEntry struct {
	Value string             `yaml:"value"`
	Place *agent.SecretPlace `yaml:"place,omitempty"`
}

// UnmarshalYAML reads both the bare value of older files and the entry.
func (e *secretEntry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&e.Value)
	}
	type plain secretEntry
	return n.Decode((*plain)(e))
}

// MarshalYAML writes an entry without a place as the bare value, as older
// versions did, so a file with no bound secrets still reads everywhere.
func (e *secretEntry) MarshalYAML() (any, error) {
	if e.Place == nil {
		return e.Value, nil
	}
	type plain secretEntry
	return (*plain)(e), nil
}

var _ agent.PlacedSecrets = (*Credentials)(nil)

// OpenCredentials reads the credentials file at path; a missing file is an
// empty one (it is created at the first Set).
func OpenCredentials(path string) (*Credentials, error) {
	c := &Credentials{path: path}
	data, err := readCredentials(path)
	if err != nil {
		return nil, err
	}
	c.data = data
	return c, nil
}

func readCredentials(path string) (credentialsFile, error) {
	var data credentialsFile
	// The parser's message can quote the text it choked on, which may be a
	// key; only the line numbers are passed on.
	if err := readYAMLFile(path, "the credentials file", &data, lineNumbers); err != nil {
		return credentialsFile{}, err
	}
	return data, nil
}

var lineRef = regexp.MustCompile(`line \d+`)

// lineNumbers says where a parse error is without quoting the file.
func lineNumbers(err error) string {
	lines := lineRef.FindAllString(err.Error(), -1)
	if len(lines) == 0 {
		return "it is not valid YAML"
	}
	return "a problem at " + strings.Join(lines, ", ")
}

// APIKey returns the saved key of a provider, "" when none (or c is nil).
func (c *Credentials) APIKey(providerID string) string {
	if c == nil {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.data.APIKeys[providerID]
}

// SetAPIKey saves a provider's key; "" removes it.
func (c *Credentials) SetAPIKey(providerID, key string) error {
	return c.update(func(f *credentialsFile) {
		f.APIKeys = setOrDelete(f.APIKeys, providerID, strings.TrimSpace(key))
	})
}

// Secret implements agent.SecretLookup.
func (c *Credentials) Secret(ref agent.SecretRef) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.data.Secrets[ref]
	if e == nil {
		return "", false
	}
	return e.Value, true
}

// SecretPlace implements agent.PlacedSecrets.
func (c *Credentials) SecretPlace(ref agent.SecretRef) (agent.SecretPlace, bool) {
	if c == nil {
		return agent.SecretPlace{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.data.Secrets[ref]
	if e == nil || e.Place == nil {
		return agent.SecretPlace{}, false
	}
	return *e.Place, true
}

// SetSecret implements agent.SecretStore; "" removes the value. An entry
// that already has a place keeps it; a new one has none until its first
// push binds it.
func (c *Credentials) SetSecret(ref agent.SecretRef, value string) error {
	return c.setSecret(ref, value, nil)
}

// SetSecretAt implements agent.PlacedSecrets: value under ref, bound to
// place.
func (c *Credentials) SetSecretAt(ref agent.SecretRef, value string, place agent.SecretPlace) error {
	return c.setSecret(ref, value, &place)
}

func (c *Credentials) setSecret(ref agent.SecretRef, value string, place *agent.SecretPlace) error {
	if !agent.IsRef(string(ref)) {
		return fmt.Errorf("%q is not a secret reference", ref)
	}
	return c.update(func(f *credentialsFile) {
		if value == "" {
			delete(f.Secrets, ref)
			return
		}
		if f.Secrets == nil {
			f.Secrets = map[agent.SecretRef]*secretEntry{}
		}
		e := f.Secrets[ref]
		if e == nil {
			e = &secretEntry{}
			f.Secrets[ref] = e
		}
		e.Value = value
		if place != nil {
			e.Place = place
		}
	})
}

// BindSecret implements agent.PlacedSecrets. An entry that already has a
// place keeps it: a binding is never moved.
func (c *Credentials) BindSecret(ref agent.SecretRef, place agent.SecretPlace) error {
	c.mu.Lock()
	e := c.data.Secrets[ref]
	done := e == nil || e.Place != nil
	c.mu.Unlock()
	if done {
		return nil
	}
	return c.update(func(f *credentialsFile) {
		if e := f.Secrets[ref]; e != nil && e.Place == nil {
			e.Place = &place
		}
	})
}

// update applies change to the file as it is on disk now, so that a value
// another agentdeck process saved meanwhile is kept, and writes it back.
func (c *Credentials) update(change func(*credentialsFile)) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := ensureDir(filepath.Dir(c.path)); err != nil {
		return err
	}
	unlock, err := lockFile(c.path + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	current, err := readCredentials(c.path)
	if err != nil {
		return err
	}
	change(&current)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(current); err != nil {
		return errors.New("could not encode the credentials")
	}
	if err := enc.Close(); err != nil {
		return errors.New("could not encode the credentials")
	}
	if err := writeFileAtomic(c.path, buf.Bytes()); err != nil {
		return fmt.Errorf("the credentials were not saved: %w", err)
	}
	c.data = current
	return nil
}

func setOrDelete[K comparable](m map[K]string, k K, v string) map[K]string {
	if v == "" {
		delete(m, k)
		return m
	}
	if m == nil {
		m = map[K]string{}
	}
	m[k] = v
	return m
}
