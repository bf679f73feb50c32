package agent

// renameSettingsRef returns s with the reference from replaced by to in
// every provider setting, records included (a secret value of a record,
// like Dasha's address values). The reflection walk of renameRef cannot
// set values held in maps, and settings are never written in place, so
// the values it changes are copies.
func renameSettingsRef(s Settings, from, to SecretRef) Settings {
	return mapSettingTexts(s, func(t string) (string, bool) { return string(to), t == string(from) })
}

// hideSettingsRefs returns s with every reference in its settings replaced
// by hidden: see HideSecrets.
func hideSettingsRefs(s Settings, hidden SecretRef) Settings {
	return mapSettingTexts(s, func(t string) (string, bool) { return string(hidden), IsRefShape(t) })
}

// mapSettingTexts returns s with each text repl changes replaced, sharing
// every value it does not change.
func mapSettingTexts(s Settings, repl func(string) (string, bool)) Settings {
	var out Settings
	for provider, kv := range s {
		for key, v := range kv {
			nv, changed := mapTexts(v, repl)
			if !changed {
				continue
			}
			if out == nil {
				out = s
			}
			out = out.With(provider, key, nv)
		}
	}
	if out == nil {
		return s
	}
	return out
}

// mapTexts replaces the texts repl changes in a setting's value: a text, a
// list of texts or a list of records (records may hold lists of records).
// changed is false, and v returned as it is, when there is none.
func mapTexts(v any, repl func(string) (string, bool)) (any, bool) {
	switch t := v.(type) {
	case string:
		if r, ok := repl(t); ok {
			return r, true
		}
	case []string:
		var out []string
		for i, e := range t {
			if r, ok := repl(e); ok {
				if out == nil {
					out = append([]string(nil), t...)
				}
				out[i] = r
			}
		}
		if out != nil {
			return out, true
		}
	case []any, []map[string]any:
		recs, ok := SettingRecords(v)
		if !ok {
			break
		}
		var out []map[string]any
		for i, rec := range recs {
			copied := false
			for k, e := range rec {
				ne, changed := mapTexts(e, repl)
				if !changed {
					continue
				}
				if out == nil {
					out = append([]map[string]any(nil), recs...)
				}
				if !copied {
					out[i], copied = copyRecord(recs[i]), true
				}
				out[i][k] = ne
			}
		}
		if out != nil {
			return out, true
		}
	}
	return v, false
}

func copyRecord(r map[string]any) map[string]any {
	out := make(map[string]any, len(r))
	for k, v := range r {
		out[k] = v
	}
	return out
}
