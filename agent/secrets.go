package agent

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
)

// SecretRef names a secret kept in the credentials file, never in a draft.
// Its text is "secret:" followed by a label and a random suffix, so two
// drafts never share a reference by accident.
type SecretRef string

const secretPrefix = "secret:"

// Masked is what export and dry runs show in place of a secret value.
const Masked = "********"

// NewSecretRef returns a fresh reference labelled with the field path it is
// for, e.g. "secret:llm.api_key#3f9a1c0d".
func NewSecretRef(label string) SecretRef {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return SecretRef(secretPrefix + label + "#" + hex.EncodeToString(b[:]))
}

// IsRef reports whether s has the form of a secret reference.
func IsRef(s string) bool { return strings.HasPrefix(s, secretPrefix) }

// SecretLookup resolves references to values at the moment a request is built.
type SecretLookup interface {
	Secret(ref SecretRef) (string, bool)
}

// MaskSecrets resolves every reference to Masked; export and --dry-run use it.
type MaskSecrets struct{}

// Secret implements SecretLookup.
func (MaskSecrets) Secret(ref SecretRef) (string, bool) { return Masked, ref != "" }

// SecretMap is a SecretLookup over a plain map, for tests and for values a
// decode has just found.
type SecretMap map[SecretRef]string

// Secret implements SecretLookup.
func (m SecretMap) Secret(ref SecretRef) (string, bool) {
	v, ok := m[ref]
	return v, ok
}

// Resolve returns the value behind ref, or "" when ref is empty or unknown.
func Resolve(s SecretLookup, ref SecretRef) string {
	if ref == "" || s == nil {
		return ""
	}
	v, _ := s.Secret(ref)
	return v
}

// IsSecretHeader reports whether a header of this name carries a credential
// and so must be kept out of drafts (Authorization, X-Api-Key, …).
func IsSecretHeader(name string) bool {
	n := strings.ToLower(name)
	return n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
		strings.Contains(n, "api-key") || strings.Contains(n, "api_key") ||
		strings.Contains(n, "apikey") || strings.Contains(n, "token") || strings.Contains(n, "secret")
}
