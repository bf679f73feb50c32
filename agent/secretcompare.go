package agent

import "strings"

// Decoding a provider document gives every secret a fresh reference (see
// NewSecretRef), so the same remote agent read twice carries different
// reference texts. Comparisons across two decodes therefore treat two
// references as the same value: the secret values themselves are never in
// the agent, so they cannot be compared here.

// sameValue reports whether two flattened values count as equal.
func sameValue(a, b string) bool {
	return a == b || IsRef(a) && IsRef(b)
}

// canonicalRefs replaces every reference in a parsed JSON value by its
// label alone ("secret:llm.api_key"), so a document's hash does not change
// with the random part of its references.
func canonicalRefs(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			t[k] = canonicalRefs(child)
		}
		return t
	case []any:
		for i, child := range t {
			t[i] = canonicalRefs(child)
		}
		return t
	case string:
		if IsRef(t) {
			if i := strings.LastIndex(t, "#"); i > 0 {
				return t[:i]
			}
		}
		return t
	default:
		return v
	}
}
