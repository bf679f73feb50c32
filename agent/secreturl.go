package agent

import (
	"net/url"
	"strings"
)

// A URL can carry a credential of its own: a password (https://user:pass@…)
// or a query parameter such as ?key=… or ?access_token=…. Only that part
// becomes a reference; the rest of the address stays readable in the draft,
// e.g. https://bot:secret:webhooks.url.password%2363f1a2b4@hooks.example/x.
// The reference is written percent-encoded ('#' as %23) so that the address
// still parses as one; the stored value is the part's text exactly as the
// address had it, so a push sends back the very same bytes.

// urlPart is one credential-carrying part of an address.
type urlPart struct {
	start, end int    // the raw text of the value within the address
	name       string // "password", or the query parameter's name
	query      bool
}

// LooksLikeURL reports whether s is a whole absolute address (scheme://…),
// the only strings searched for credentials: a prompt that mentions an
// address is not one.
func LooksLikeURL(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 || len(s) > 8192 || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	for j := 0; j < i; j++ {
		c := s[j]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (j == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// URLHost returns the host (with its port, lower-cased) of an absolute
// address, "" when s is not one.
func URLHost(s string) string {
	if !LooksLikeURL(s) {
		return ""
	}
	auth := s[strings.Index(s, "://")+3:]
	if i := strings.IndexAny(auth, "/?#"); i >= 0 {
		auth = auth[:i]
	}
	if i := strings.LastIndex(auth, "@"); i >= 0 {
		auth = auth[i+1:]
	}
	return strings.ToLower(auth)
}

// urlParts finds the password and the query values of s, in order.
func urlParts(s string) []urlPart {
	if !LooksLikeURL(s) {
		return nil
	}
	var parts []urlPart
	authStart := strings.Index(s, "://") + 3
	authEnd := len(s)
	if i := strings.IndexAny(s[authStart:], "/?#"); i >= 0 {
		authEnd = authStart + i
	}
	if at := strings.LastIndex(s[authStart:authEnd], "@"); at >= 0 {
		userinfo := s[authStart : authStart+at]
		if c := strings.Index(userinfo, ":"); c >= 0 {
			parts = append(parts, urlPart{start: authStart + c + 1, end: authStart + at, name: "password"})
		}
	}
	q := strings.Index(s[authEnd:], "?")
	if q < 0 {
		return parts
	}
	qStart := authEnd + q + 1
	qEnd := len(s)
	if h := strings.Index(s[qStart:], "#"); h >= 0 {
		qEnd = qStart + h
	}
	pos := qStart
	for _, pair := range strings.Split(s[qStart:qEnd], "&") {
		if eq := strings.Index(pair, "="); eq >= 0 {
			name, err := url.QueryUnescape(pair[:eq])
			if err != nil {
				name = pair[:eq]
			}
			parts = append(parts, urlPart{start: pos + eq + 1, end: pos + len(pair), name: name, query: true})
		}
		pos += len(pair) + 1
	}
	return parts
}

// partRef returns the reference a part's raw text holds, if it holds one.
func partRef(raw string) (SecretRef, bool) {
	v, err := url.QueryUnescape(raw)
	if err != nil || !IsRefShape(v) {
		return "", false
	}
	return SecretRef(v), true
}

// encodeRef writes a reference so that it can stand in an address: every
// byte but letters, digits and -._~: percent-encoded ('#' as %23).
func encodeRef(ref SecretRef) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~:", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// isSecretPart reports whether a part's value is a credential to take out.
func isSecretPart(p urlPart, raw string) bool {
	if raw == "" || strings.Contains(raw, "{{") {
		// Empty, or a template placeholder the provider fills in per call
		// ({{token}}): not a secret of the person's.
		return false
	}
	if _, isRef := partRef(raw); isRef {
		return false
	}
	return !p.query || IsSecretQueryParam(p.name)
}

// ExtractURLSecrets replaces the credentials in the address s (a password,
// and query values whose names look like credentials) by new references
// labelled after label, and returns the new address and the values by
// reference. A masked value ("********") becomes a reference without a
// value, so a push asks for it instead of sending the mask.
func ExtractURLSecrets(s, label string) (string, map[SecretRef]string) {
	var found map[SecretRef]string
	out := replaceSecretParts(s, func(p urlPart, raw string) string {
		which := "password"
		if p.query {
			which = "query." + p.name
		}
		ref := NewSecretRef(label + "." + which)
		if found == nil {
			found = map[SecretRef]string{}
		}
		if !IsMasked(raw) {
			found[ref] = raw
		}
		return encodeRef(ref)
	})
	if found == nil {
		return s, nil
	}
	return out, found
}

// MaskURLSecrets is the address s with each credential ExtractURLSecrets
// would take out (a password, query values named like keys) written as
// mask, for showing an address whose values are in the clear.
func MaskURLSecrets(s, mask string) string {
	return replaceSecretParts(s, func(urlPart, string) string { return mask })
}

// replaceSecretParts is s with each credential part replaced by what with
// returns for it, in one pass over s.
func replaceSecretParts(s string, with func(p urlPart, raw string) string) string {
	var b strings.Builder
	last := 0
	for _, p := range urlParts(s) {
		raw := s[p.start:p.end]
		if !isSecretPart(p, raw) {
			continue
		}
		b.WriteString(s[last:p.start])
		b.WriteString(with(p, raw))
		last = p.end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// URLRefs lists the references written into the address s, with the part
// each stands for ("password", or "query.<name>").
func URLRefs(s string) map[SecretRef]string {
	var out map[SecretRef]string
	for _, p := range urlParts(s) {
		if ref, ok := partRef(s[p.start:p.end]); ok {
			if out == nil {
				out = map[SecretRef]string{}
			}
			out[ref] = partName(p)
		}
	}
	return out
}

func partName(p urlPart) string {
	if p.query {
		return "query." + p.name
	}
	return "password"
}

// ResolveURLSecrets puts the values behind the references in the address s
// back, and returns the parts whose value is missing. A lookup that answers
// a reference with itself (KeepRefs) leaves it written as it was.
func ResolveURLSecrets(s string, lookup SecretLookup) (string, []string) {
	parts := urlParts(s)
	var missing []string
	var b strings.Builder
	last, changed := 0, false
	for _, p := range parts {
		ref, ok := partRef(s[p.start:p.end])
		if !ok {
			continue
		}
		val, found := "", false
		if lookup != nil {
			val, found = lookup.Secret(ref)
		}
		if !found {
			missing = append(missing, partName(p))
			continue
		}
		if val == string(ref) {
			continue
		}
		b.WriteString(s[last:p.start])
		b.WriteString(val)
		last, changed = p.end, true
	}
	if !changed {
		return s, missing
	}
	b.WriteString(s[last:])
	return b.String(), missing
}
