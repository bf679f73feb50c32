package agent

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
)

// A secret is bound to the place it was made for: the provider whose request
// carries it, where in that request it sits, and — when it goes to an
// address of its own (a webhook's header, an MCP server's key, a password in
// a URL) — that address's host. A push fills a reference in only where it
// sits in that same place, so a crafted document that moves someone's
// reference into its own webhook gets the reference refused, not the key.

// SecretPlace is the place a secret was made for.
type SecretPlace struct {
	Provider string `yaml:"provider" json:"provider"`
	// Path is where the value sits in the provider's request document, keys
	// joined by dots, list positions left out ("tools[].webhook.headers.X"),
	// so that reordering tools does not unbind their keys; a part of an
	// address is named after it ("…url#password", "…url#query.key").
	Path string `yaml:"path" json:"path"`
	// Host is the host (and port) of the address the value is sent to, ""
	// when it goes only to the provider.
	Host string `yaml:"host,omitempty" json:"host,omitempty"`
}

// PlacedSecrets is a SecretStore that records, with each secret, the place
// it was made for. Entries saved without a place (by older versions, or
// typed in the editor before the first push) are bound at their first push.
type PlacedSecrets interface {
	SecretStore
	// SetSecretAt keeps value under ref, bound to place.
	SetSecretAt(ref SecretRef, value string, place SecretPlace) error
	// SecretPlace returns the place ref is bound to; bound is false for an
	// entry without one (or no entry).
	SecretPlace(ref SecretRef) (place SecretPlace, bound bool)
	// BindSecret records place for an entry that has none yet.
	BindSecret(ref SecretRef, place SecretPlace) error
}

// refAt is one reference found in a request document, and its place.
type refAt struct {
	ref   SecretRef
	place SecretPlace
}

// findRefs lists every reference in doc, a provider's request document, with
// the place it sits in. A document that is not JSON has none.
func findRefs(providerID string, doc []byte) []refAt {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var root any
	if dec.Decode(&root) != nil {
		return nil
	}
	var out []refAt
	var walk func(v any, path string, holders []map[string]any)
	found := func(s, path string, holders []map[string]any) {
		if IsRefShape(s) {
			out = append(out, refAt{SecretRef(s), SecretPlace{providerID, path, addressHost(holders)}})
			return
		}
		refs := URLRefs(s)
		parts := make([]SecretRef, 0, len(refs))
		for ref := range refs {
			parts = append(parts, ref)
		}
		sort.Slice(parts, func(i, j int) bool { return parts[i] < parts[j] })
		for _, ref := range parts {
			out = append(out, refAt{ref, SecretPlace{providerID, path + "#" + refs[ref], URLHost(s)}})
		}
	}
	walk = func(v any, path string, holders []map[string]any) {
		switch t := v.(type) {
		case map[string]any:
			holders = append(holders, t)
			for k, child := range t {
				walk(child, joinPath(path, k), holders)
			}
		case []any:
			for _, child := range t {
				walk(child, path+"[]", holders)
			}
		case string:
			found(t, path, holders)
		}
	}
	walk(root, "", nil)
	return out
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// addressHost is the host of the address a value is sent to: the first
// address-like field ("url", "…url", "endpoint", "uri") of the object
// holding the value or of one of its three nearest enclosing objects — a
// webhook's headers, its query parameters or an MCP server's
// authentication all sit within the object that holds their URL. The
// document's top level is not searched: a value there goes to the provider.
func addressHost(holders []map[string]any) string {
	for i, n := len(holders)-1, 0; i >= 1 && n < 4; i, n = i-1, n+1 {
		if h := objectAddress(holders[i]); h != "" {
			return h
		}
	}
	return ""
}

func objectAddress(obj map[string]any) string {
	if s, ok := obj["url"].(string); ok && LooksLikeURL(s) {
		return URLHost(s)
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		l := strings.ToLower(k)
		if strings.HasSuffix(l, "url") || l == "endpoint" || l == "uri" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if s, ok := obj[k].(string); ok && LooksLikeURL(s) {
			return URLHost(s)
		}
	}
	return ""
}

// describePlace names a place in plain words for a message: the header, the
// part of an address, or the setting, with the host it goes to.
func describePlace(p SecretPlace) string {
	path, part, _ := strings.Cut(p.Path, "#")
	leaf := path
	if i := strings.LastIndex(path, "."); i >= 0 {
		leaf = path[i+1:]
	}
	leaf = strings.TrimSuffix(leaf, "[]")
	var what string
	switch {
	case part == "password":
		what = "the password in an address"
	case strings.HasPrefix(part, "query."):
		what = "the “" + strings.TrimPrefix(part, "query.") + "” part of an address"
	case strings.Contains(strings.ToLower(path), "header"):
		what = "the “" + leaf + "” header"
	default:
		what = "the “" + leaf + "” setting"
	}
	if p.Host != "" {
		return what + " sent to " + p.Host
	}
	return what
}
