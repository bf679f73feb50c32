package agent

// String names the place in plain words (the header, the part of an
// address, or the setting, with the host it goes to), for messages.
func (p SecretPlace) String() string { return describePlace(p) }

// SecretRefs lists each secret reference the agent holds, once, in the
// order its settings are listed: those of settings and those written into
// addresses. A run without the credentials file (CI) is told which values
// it needs.
func SecretRefs(a *Agent) []SecretRef {
	seen := map[SecretRef]bool{}
	var out []SecretRef
	add := func(r SecretRef) {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	for _, f := range Flatten(a) {
		switch {
		case IsRefShape(f.Value):
			add(SecretRef(f.Value))
		case LooksLikeURL(f.Value):
			for _, r := range sortedKeys(refKeys(URLRefs(f.Value))) {
				add(SecretRef(r))
			}
		}
	}
	return out
}

func refKeys(m map[SecretRef]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for r := range m {
		out[string(r)] = true
	}
	return out
}
