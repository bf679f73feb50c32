package agent

import (
	"crypto/rand"
	"encoding/hex"
	"regexp"
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
	return SecretRef(secretPrefix + cleanLabel(label) + "#" + hex.EncodeToString(b[:]))
}

// cleanLabel keeps a label to characters that are safe inside a URL's
// password or query value and inside the reference's own shape: a header
// named "X Key#1" must not make a reference that is never recognised.
func cleanLabel(label string) string {
	b := []byte(label)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '.' || c == '_' || c == '-' || c == '[' || c == ']'
		if !ok {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "value"
	}
	return string(b)
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
// and so must be kept out of drafts: any name containing key, token, secret,
// auth, password, signature or credential (Authorization, X-Api-Key,
// X-Hub-Signature, …), case aside, and Cookie. A harmless header caught by
// this rule only costs a reference; a key missed by it ends up in a draft.
func IsSecretHeader(name string) bool {
	n := strings.ToLower(name)
	if n == "cookie" || n == "set-cookie" {
		return true
	}
	for _, part := range secretNameParts {
		if strings.Contains(n, part) {
			return true
		}
	}
	return false
}

var secretNameParts = []string{"key", "token", "secret", "auth", "passw", "signature", "credential"}

// IsSecretQueryParam reports whether a URL query parameter of this name
// carries a credential: the header rule (key, token, secret, auth, password,
// signature or credential anywhere in the name, so key, apikey, api_key,
// token, access_token, client_secret, auth, signature all count) plus the
// short names services use for the same thing: sig, pass and pwd.
func IsSecretQueryParam(name string) bool {
	switch strings.ToLower(name) {
	case "sig", "pass", "pwd":
		return true
	}
	return IsSecretHeader(name)
}

// refShape is the exact shape NewSecretRef produces. Only strings of this
// shape are resolved or bound, so a prompt that happens to start with
// "secret:" is never taken for a reference.
var refShape = regexp.MustCompile(`^secret:[^\s#]+#[0-9a-f]{8}$`)

// IsRefShape reports whether s is exactly a reference made by NewSecretRef.
func IsRefShape(s string) bool { return refShape.MatchString(s) }

// IsMasked reports whether a value is a stand-in for a secret (Masked, as an
// export shows it, or a key a provider shows starred out) rather than the
// secret itself.
func IsMasked(v string) bool { return v == Masked || strings.Contains(v, "****") }
