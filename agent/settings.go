package agent

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Settings are a provider's own settings, the ones the neutral model does
// not name: provider id → setting key → value. They live in the draft
// under agent.settings.<provider>, so a draft switched to another provider
// keeps them for when it comes back, and they never reach a provider whose
// table does not list them.
//
// A value is what YAML or JSON gives: text (string), a number (float64, or
// an int from YAML), yes/no (bool), a list of text ([]string or []any), or,
// for a list of records, []map[string]any / []any of maps. Read values
// through SettingText, SettingNumber and friends, which accept each of
// those forms.
type Settings map[string]map[string]any

// Setting describes one provider setting: where it sits in the provider's
// document, how people edit it and in which section.
type Setting struct {
	// Key names the setting in the draft under agent.settings.<provider>:
	// lower-case letters, digits and _, unique within the provider.
	Key string
	// Wire is where the value sits in the provider's document, as dotted
	// keys ("conversation_config.turn.turn_model"). In a record of a list
	// setting it is relative to the record.
	Wire string
	// Section is the editor section (SectionTurn, …) it is shown in.
	Section string
	// Group titles the page the setting is shown on, like "Transcriber".
	Group string
	Label string
	Help  string // plain sentences; say what it does, not its wire name
	// Kind is how it is edited: KindText, KindLongText, KindNumber,
	// KindInteger, KindBool, KindChoice, KindList, or KindItems for a list
	// of records described by Items.
	Kind Kind
	// Spec carries choices, ranges, patterns, default and note, as for a
	// field of the model.
	Spec FieldSpec
	// Advanced settings sit behind the section's "More settings" switch,
	// so the common form stays short.
	Advanced bool
	// Undocumented marks free text the provider's docs give no values for;
	// forms and `fields` say so.
	Undocumented bool
	// ReadOnly, when set, is the reason the setting is shown but cannot be
	// edited here (for example "its meaning is not documented").
	ReadOnly string
	// Items are the fields of each record of a KindItems setting; their
	// Wire is relative to the record.
	Items []Setting
	// KeyedBy, for a KindItems setting whose document form is an object of
	// records keyed by name rather than a list, is the Key of the item
	// field that holds the record's name.
	KeyedBy string
}

// SettingsPrefix starts the path of every provider setting.
const SettingsPrefix = "settings."

// SettingPath is the model path of a provider setting:
// settings.<provider>.<key>.
func SettingPath(provider, key string) string { return SettingsPrefix + provider + "." + key }

// SplitSettingPath splits settings.<provider>.<key>[…] into the provider,
// the key and the rest ("[2].name"); ok is false for other paths.
func SplitSettingPath(path string) (provider, key, rest string, ok bool) {
	tail, ok := strings.CutPrefix(path, SettingsPrefix)
	if !ok {
		return "", "", "", false
	}
	provider, tail, ok = strings.Cut(tail, ".")
	if !ok || provider == "" {
		return "", "", "", false
	}
	end := strings.IndexAny(tail, "[.")
	if end < 0 {
		return provider, tail, "", tail != ""
	}
	return provider, tail[:end], tail[end:], end > 0
}

// Get returns the value of provider's setting key, if set.
func (s Settings) Get(provider, key string) (any, bool) {
	v, ok := s[provider][key]
	return v, ok && v != nil
}

// With returns a copy of s with provider's key set to v (nil removes it).
// Agents are copied by value, so the maps are never written in place.
func (s Settings) With(provider, key string, v any) Settings {
	out := make(Settings, len(s)+1)
	for p, kv := range s {
		out[p] = kv
	}
	kv := make(map[string]any, len(s[provider])+1)
	for k, x := range s[provider] {
		kv[k] = x
	}
	if v == nil {
		delete(kv, key)
	} else {
		kv[key] = v
	}
	if len(kv) == 0 {
		delete(out, provider)
	} else {
		out[provider] = kv
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// SettingText reads a text value.
func SettingText(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok
}

// SettingNumber reads a finite number, whichever form the file gave it.
func SettingNumber(v any) (float64, bool) {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case float32:
		f = float64(x)
	case int:
		f = float64(x)
	case int64:
		f = float64(x)
	case uint64:
		f = float64(x)
	case fmt.Stringer: // json.Number
		p, err := strconv.ParseFloat(x.String(), 64)
		if err != nil {
			return 0, false
		}
		f = p
	default:
		return 0, false
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// SettingInteger reads a whole number within ±(2³¹−1).
func SettingInteger(v any) (int, bool) {
	f, ok := SettingNumber(v)
	if !ok || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
		return 0, false
	}
	return int(f), true
}

// SettingBool reads yes/no.
func SettingBool(v any) (bool, bool) {
	b, ok := v.(bool)
	return b, ok
}

// SettingList reads a list of text.
func SettingList(v any) ([]string, bool) {
	switch x := v.(type) {
	case []string:
		return x, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

// SettingRecords reads a list of records.
func SettingRecords(v any) ([]map[string]any, bool) {
	switch x := v.(type) {
	case []map[string]any:
		return x, true
	case []any:
		out := make([]map[string]any, 0, len(x))
		for _, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
		return out, true
	}
	return nil, false
}

// SettingFits reports whether v has the form kind k stores.
func SettingFits(k Kind, v any) bool {
	var ok bool
	switch k {
	case KindNumber:
		_, ok = SettingNumber(v)
	case KindInteger:
		_, ok = SettingInteger(v)
	case KindBool:
		_, ok = SettingBool(v)
	case KindList:
		_, ok = SettingList(v)
	case KindItems:
		_, ok = SettingRecords(v)
	default:
		_, ok = SettingText(v)
	}
	return ok
}

// SettingByKey finds a setting of the table by key.
func SettingByKey(table []Setting, key string) (Setting, bool) {
	for _, s := range table {
		if s.Key == key {
			return s, true
		}
	}
	return Setting{}, false
}

// Setting returns the description of the provider setting at path
// (settings.<provider>.<key>, or a field of one of its records:
// settings.<provider>.<key>[2].<field>, or of a record of a list inside
// one: …[2].<field>[0].<inner>), when caps lists it.
func (c Capabilities) Setting(path string) (Setting, bool) {
	provider, key, rest, ok := SplitSettingPath(path)
	if !ok || provider != c.Provider {
		return Setting{}, false
	}
	s, ok := SettingByKey(c.Settings, key)
	if !ok {
		return Setting{}, false
	}
	rest = StripIndices(rest)
	if rest == "" {
		return s, true
	}
	fields, ok := strings.CutPrefix(rest, ".")
	if !ok {
		return Setting{}, false
	}
	// A record's field may itself be a list of records (a transfer's SIP
	// headers): each step goes one list deeper.
	for _, field := range strings.Split(fields, ".") {
		if s.Kind != KindItems {
			return Setting{}, false
		}
		if s, ok = SettingByKey(s.Items, field); !ok {
			return Setting{}, false
		}
	}
	return s, true
}

// Info is the catalogue entry of a provider setting, in the words
// the forms and `fields` use for the model's own fields.
func (s Setting) Info(path string) FieldInfo {
	return FieldInfo{Path: path, Section: s.Section, Label: s.Label, Help: s.freeText(s.Help), Kind: s.Kind, Min: s.Spec.Min, Max: s.Spec.Max}
}

// WireField ties one request-body setting a provider documents to where
// agentdeck edits it: `agentdeck fields` prints these, and each provider's
// coverage test checks that every documented path is listed, editable or
// read-only with a reason.
type WireField struct {
	// Wire is the provider's path as its docs write it, list items as
	// "tools[].name".
	Wire string
	// Path is the draft path that edits it: a model field ("voice.speed")
	// or a provider setting ("settings.elevenlabs.turn_model"); "" when
	// agentdeck only keeps it.
	Path string
	// ReadOnly is why it cannot be edited here, when Path is "".
	ReadOnly string
}

// settingLabel names a provider setting's path for people when no table is
// at hand: its key in plain letters ("Turn model", "Criteria 2 › Name").
func settingLabel(path string) string {
	_, key, rest, _ := SplitSettingPath(path)
	return recordLabel(plainName(key), rest, plainName)
}

// recordLabel names a place inside a setting labelled label, rest being
// what follows its key: "" for the setting itself, "[i]" for a record (by
// its number from 1), "[i].field" for one of its fields, named by
// fieldLabel.
func recordLabel(label, rest string, fieldLabel func(field string) string) string {
	if strings.HasPrefix(rest, "[") {
		if end := strings.Index(rest, "]"); end > 0 {
			if n, err := strconv.Atoi(rest[1:end]); err == nil {
				label += " " + strconv.Itoa(n+1)
			}
			rest = rest[end+1:]
		}
	}
	if field, ok := strings.CutPrefix(rest, "."); ok && field != "" {
		return label + " › " + fieldLabel(field)
	}
	return label
}

// plainName is a key in plain letters: "turn_model" → "Turn model".
func plainName(key string) string { return capitalize(strings.ReplaceAll(key, "_", " ")) }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// LabelWith is LabelIn with a provider setting named by its table's
// labels: "Turn-taking › Turn model", "Evaluation criteria 2 › Goal".
func LabelWith(caps Capabilities, a *Agent, path string) string {
	provider, key, rest, ok := SplitSettingPath(path)
	if !ok {
		return LabelIn(a, path)
	}
	s, found := caps.Setting(SettingPath(provider, key))
	if !found {
		return settingLabel(path)
	}
	if rest == "" {
		return sectionTitle(s.Section) + " › " + s.Label
	}
	return recordLabel(s.Label, rest, func(field string) string {
		if f, ok := SettingByKey(s.Items, field); ok {
			return f.Label
		}
		return plainName(field)
	})
}
