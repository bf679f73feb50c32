package agent

import (
	"fmt"
	"regexp"
	"strings"
)

// checkSettings checks the values of the provider's own settings against
// their table: the kind of value, ranges, closed choice lists, patterns,
// and in lists of records the fields of each record.
func checkSettings(a *Agent, caps Capabilities, ps *Problems) {
	values := a.Settings[caps.Provider]
	for _, s := range caps.Settings {
		v, ok := values[s.Key]
		if !ok || v == nil || s.ReadOnly != "" {
			continue
		}
		checkSetting(SettingPath(caps.Provider, s.Key), s, v, ps)
	}
}

func checkSetting(path string, s Setting, v any, ps *Problems) {
	if !SettingFits(s.Kind, v) {
		ps.Add(path, "%s", settingKindWant(s.Kind))
		return
	}
	switch s.Kind {
	case KindNumber, KindInteger:
		n, _ := SettingNumber(v)
		checkRange(path, n, s.Spec, ps)
	case KindItems:
		checkRecords(path, s, v, ps)
	case KindText, KindLongText, KindChoice:
		t, _ := SettingText(v)
		checkText(path, t, s.Spec, ps)
	case KindSecret:
		// A draft holds only a reference; the value is with the
		// credentials. Text typed into the file itself is not sent.
		if t, _ := SettingText(v); !IsRefShape(t) {
			ps.Add(path, "a secret is not kept in the draft file; type it in agentdeck's editor instead")
		}
	case KindList:
		l, _ := SettingList(v)
		for _, t := range l {
			checkText(path, t, s.Spec, ps)
		}
	default: // yes/no has nothing more to check
	}
}

func checkRecords(path string, s Setting, v any, ps *Problems) {
	recs, _ := SettingRecords(v)
	if s.Spec.MaxItems > 0 && len(recs) > s.Spec.MaxItems {
		ps.Add(path, "keep at most %d items", s.Spec.MaxItems)
	}
	names := map[string]bool{}
	empty, taken := "give it a name", "use a name no other item has"
	if keyedByChoice(s) {
		// A list keyed by a choice (a channel, say) has no name to give.
		empty, taken = "choose one", "choose one no other item has"
	}
	for i, rec := range recs {
		at := fmt.Sprintf("%s[%d]", path, i)
		if s.KeyedBy != "" {
			name, _ := SettingText(rec[s.KeyedBy])
			switch {
			case strings.TrimSpace(name) == "":
				ps.Add(at+"."+s.KeyedBy, "%s", empty)
			case names[name]:
				ps.Add(at+"."+s.KeyedBy, "%s", taken)
			}
			names[name] = true
		}
		for _, f := range s.Items {
			fv, ok := rec[f.Key]
			if !ok || fv == nil || f.ReadOnly != "" {
				if f.Spec.Required && f.ReadOnly == "" {
					ps.Add(at+"."+f.Key, "fill this in")
				}
				continue
			}
			checkSetting(at+"."+f.Key, f, fv, ps)
		}
	}
}

// keyedByChoice reports whether the field that tells a list's items apart
// is picked from choices rather than typed.
func keyedByChoice(s Setting) bool {
	for _, f := range s.Items {
		if f.Key == s.KeyedBy {
			return f.Kind == KindChoice
		}
	}
	return false
}

func checkRange(path string, n float64, spec FieldSpec, ps *Problems) {
	switch {
	case spec.Min != nil && spec.Max != nil && (n < *spec.Min || n > *spec.Max):
		ps.Add(path, "use a number from %s to %s", fmtNum(*spec.Min), fmtNum(*spec.Max))
	case spec.Min != nil && n < *spec.Min:
		ps.Add(path, "use %s or more", fmtNum(*spec.Min))
	case spec.Max != nil && n > *spec.Max:
		ps.Add(path, "use %s or less", fmtNum(*spec.Max))
	}
}

func checkText(path, t string, spec FieldSpec, ps *Problems) {
	if spec.MaxLen > 0 && len([]rune(t)) > spec.MaxLen {
		ps.Add(path, "use at most %d characters", spec.MaxLen)
	}
	if spec.Closed && len(spec.Choices) > 0 && t != "" && !hasChoice(spec.Choices, t) {
		ps.Add(path, "choose one of %s", choiceList(spec.Choices))
	}
	if spec.Pattern != "" && t != "" {
		if re, err := regexp.Compile(spec.Pattern); err == nil && !re.MatchString(t) {
			hint := spec.PatternHint
			if hint == "" {
				hint = "a value the provider accepts"
			}
			ps.Add(path, "use %s", hint)
		}
	}
}

// settingKindWant says, as what to do, which kind of value a setting takes.
func settingKindWant(k Kind) string {
	switch k {
	case KindNumber:
		return "use a number like 1.1"
	case KindInteger:
		return "use a whole number like 3"
	case KindBool:
		return "choose yes or no"
	case KindList:
		return "use a list of words"
	case KindItems:
		return "use a list of items"
	default:
		return "use text"
	}
}

// settingOfOtherProvider reports whether path is a setting of a provider
// other than caps': such settings wait in the draft, unsent, for when it
// goes back to that provider, and are no problem.
func settingOfOtherProvider(path string, caps Capabilities) bool {
	p, _, _, ok := SplitSettingPath(path)
	return ok && p != caps.Provider
}
