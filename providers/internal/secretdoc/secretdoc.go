// Package secretdoc finds and fills in the credentials of a provider
// document held as a jsondoc tree, wherever the document keeps them: it
// joins the tree walk of internal/jsondoc (which knows nothing of secrets)
// and the secret rules of agent (which know nothing of trees). Nova and
// Trillet resolve every reference this way; ElevenLabs and Dasha, whose
// documents keep credentials in known places, use it for the addresses.
package secretdoc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Resolve replaces every secret reference in v (a tree value), and every
// reference written into an address, by its value from secrets. A
// reference with no value is an error that names where it is, so a push
// never sends a reference instead of a key.
func Resolve(v any, secrets agent.SecretLookup) error {
	var missing []string
	jsondoc.EachString(v, &jsondoc.Path{}, func(at *jsondoc.Path, s string) (string, bool) {
		if agent.LooksLikeURL(s) {
			// A password or query value of an address.
			out, gone := agent.ResolveURLSecrets(s, secrets)
			for _, part := range gone {
				missing = append(missing, at.String()+" ("+part+")")
			}
			return out, out != s
		}
		if !agent.IsRefShape(s) {
			return "", false
		}
		if val, ok := lookup(secrets, agent.SecretRef(s)); ok {
			return val, true
		}
		missing = append(missing, at.String())
		return "", false
	})
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("no saved value for the secret at %s; enter it again in the editor", strings.Join(missing, ", "))
	}
	return nil
}

// ExtractURLs replaces the credentials written into every address of v (a
// tree value) — passwords, and query values named like keys — by
// references, and returns the values by reference.
func ExtractURLs(v any) map[agent.SecretRef]string {
	found := map[agent.SecretRef]string{}
	EachURL(v, func(s, where string) (string, bool) {
		out, got := agent.ExtractURLSecrets(s, where)
		for ref, val := range got {
			found[ref] = val
		}
		return out, out != s
	})
	return found
}

// EachURL calls fn with every absolute address (scheme://…) in v and where
// it stands; when fn returns ok the address is replaced by out. A password
// or a key in an address is a credential wherever the address is kept.
func EachURL(v any, fn func(s, where string) (out string, ok bool)) {
	jsondoc.EachString(v, &jsondoc.Path{}, func(at *jsondoc.Path, s string) (string, bool) {
		if !agent.LooksLikeURL(s) {
			return "", false
		}
		return fn(s, at.String())
	})
}

func lookup(secrets agent.SecretLookup, ref agent.SecretRef) (string, bool) {
	if secrets == nil {
		return "", false
	}
	return secrets.Secret(ref)
}
