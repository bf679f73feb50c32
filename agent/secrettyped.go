package agent

import "reflect"

// URLSecretCache remembers, by field path, the addresses whose credentials
// TakeURLSecrets took out, so an address typed once gets one reference
// however often the draft is saved while it stays on screen as typed.
type URLSecretCache map[string]TakenURL

// TakenURL is one address as typed, as kept in the draft, and the values
// of the references written into it.
type TakenURL struct {
	Typed, Kept string
	Values      map[SecretRef]string
}

// TakeURLSecrets replaces the credentials typed into the addresses of a (a
// password, a query value named like a key) by references, so a draft
// file never holds them, and returns the values under the references that
// cache did not already hold: those are the ones still to be stored. It
// works on every address field, whichever form it was typed in.
func TakeURLSecrets(a *Agent, cache URLSecretCache) map[SecretRef]string {
	fresh := map[SecretRef]string{}
	walkValues(reflect.ValueOf(a).Elem(), "", func(path string, v reflect.Value) {
		if v.Kind() != reflect.String || !v.CanSet() || !LooksLikeURL(v.String()) {
			return
		}
		typed := v.String()
		if t, ok := cache[path]; ok && t.Typed == typed {
			v.SetString(t.Kept)
			return
		}
		kept, values := ExtractURLSecrets(typed, path)
		if kept == typed {
			return
		}
		for ref, val := range values {
			fresh[ref] = val
		}
		cache[path] = TakenURL{Typed: typed, Kept: kept, Values: values}
		v.SetString(kept)
	})
	return fresh
}
