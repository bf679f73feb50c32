package storage

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// SecretEnvPrefix starts the environment variable that gives a secret's
// value when the credentials file lacks it (CI): AGENTDECK_SECRET_<NAME>.
const SecretEnvPrefix = "AGENTDECK_SECRET_"

// SecretEnvName is the environment variable that gives ref's value:
// AGENTDECK_SECRET_ and the reference's label and suffix in upper case,
// each run of other characters as one _, so
// "secret:llm.api_key#3f9a1c0d" is AGENTDECK_SECRET_LLM_API_KEY_3F9A1C0D.
func SecretEnvName(ref agent.SecretRef) string {
	text := strings.TrimPrefix(string(ref), "secret:")
	var b strings.Builder
	b.WriteString(SecretEnvPrefix)
	gap := false
	for _, c := range strings.ToUpper(text) {
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			if gap && b.Len() > len(SecretEnvPrefix) {
				b.WriteByte('_')
			}
			b.WriteRune(c)
			gap = false
			continue
		}
		gap = true
	}
	return b.String()
}

// EnvSecrets is the credentials file with the environment behind it: a
// secret the file lacks is read from AGENTDECK_SECRET_<NAME>. A value from
// the environment has no place saved with it, so it may go only to the
// provider itself, or to an address whose host AGENTDECK_SECRET_<NAME>_HOST
// names: a draft from a shared repository cannot send a CI's key to a host
// of its own choosing.
type EnvSecrets struct {
	*Credentials
	Getenv func(string) string
}

var _ agent.PlacedSecrets = EnvSecrets{}

// NewEnvSecrets puts the environment behind creds.
func NewEnvSecrets(creds *Credentials, getenv func(string) string) EnvSecrets {
	return EnvSecrets{Credentials: creds, Getenv: getenv}
}

func (s EnvSecrets) fromEnv(ref agent.SecretRef) (string, bool) {
	if s.Getenv == nil || !agent.IsRefShape(string(ref)) {
		return "", false
	}
	v := s.Getenv(SecretEnvName(ref))
	return v, v != ""
}

// Secret implements agent.SecretLookup: the file's value, else the
// environment's.
func (s EnvSecrets) Secret(ref agent.SecretRef) (string, bool) {
	if v, ok := s.Credentials.Secret(ref); ok {
		return v, true
	}
	return s.fromEnv(ref)
}

// BindSecret implements agent.PlacedSecrets. A value from the environment
// is not saved; it is refused where it would go to a host its
// AGENTDECK_SECRET_<NAME>_HOST does not name.
func (s EnvSecrets) BindSecret(ref agent.SecretRef, place agent.SecretPlace) error {
	if _, saved := s.Credentials.Secret(ref); saved {
		return s.Credentials.BindSecret(ref, place)
	}
	if _, ok := s.fromEnv(ref); !ok || place.Host == "" {
		return nil
	}
	name := SecretEnvName(ref)
	if allowed := strings.TrimSpace(s.Getenv(name + "_HOST")); strings.EqualFold(allowed, place.Host) {
		return nil
	}
	return &agent.SecretPlaceError{Where: place.String(), EnvVar: name, Host: place.Host}
}

// MissingSecretVars names, for each reference of refs with no value, the
// environment variable that can give it.
func (s EnvSecrets) MissingSecretVars(refs []agent.SecretRef) []string {
	var out []string
	for _, ref := range refs {
		if _, ok := s.Secret(ref); !ok {
			out = append(out, SecretEnvName(ref))
		}
	}
	return out
}
