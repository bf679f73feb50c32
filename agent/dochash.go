package agent

import "strings"

// withoutRefIdentity replaces every secret reference in a decoded JSON value
// by the bare prefix, so that DocHash sees where secrets are but not which
// random reference a decode happened to make for them.
func withoutRefIdentity(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = withoutRefIdentity(e)
		}
	case []any:
		for i, e := range t {
			t[i] = withoutRefIdentity(e)
		}
	case string:
		if IsRef(t) {
			return secretPrefix
		}
		// A reference written into an address (a password, a query value)
		// is as random as a whole one.
		for ref := range URLRefs(t) {
			t = strings.ReplaceAll(t, encodeRef(ref), secretPrefix)
		}
		return t
	}
	return v
}
