package agent

import (
	"strings"
)

// FieldRow is one line of `agentdeck fields`: a setting agentdeck edits,
// or keeps read-only, for one provider.
type FieldRow struct {
	Path         string   `json:"path"`                    // the draft path; "" for a setting only kept
	ProviderPath string   `json:"provider_path,omitempty"` // where it sits in the provider's document
	Label        string   `json:"label"`
	Type         string   `json:"type"`
	Range        string   `json:"range,omitempty"`
	Choices      []string `json:"choices,omitempty"`
	Section      string   `json:"section,omitempty"`
	Editable     bool     `json:"editable"`
	Reason       string   `json:"reason,omitempty"`       // why it is read-only
	Undocumented bool     `json:"undocumented,omitempty"` // free text: the docs list no values
	Help         string   `json:"help,omitempty"`
}

// FieldList lists every setting agentdeck edits or keeps read-only for the
// provider whose capabilities caps are: the model's fields it carries, its
// own settings, and the documented paths agentdeck only keeps.
func FieldList(caps Capabilities) []FieldRow {
	wires := map[string][]string{}
	for _, w := range caps.Wires {
		if w.Path != "" {
			wires[StripIndices(w.Path)] = append(wires[StripIndices(w.Path)], w.Wire)
		}
	}
	var out []FieldRow
	model := append(append([]FieldInfo(nil), Fields...), SubFields...)
	for _, f := range model {
		if f.Kind == KindItems || !caps.Supports(f.Path) {
			continue
		}
		spec, _ := caps.Spec(f.Path)
		section := f.Section
		if section == "" {
			if parent, ok := FieldByPath(f.Path); ok {
				section = parent.Section
			}
		}
		out = append(out, FieldRow{
			Path: f.Path, ProviderPath: strings.Join(wires[f.Path], ", "), Label: f.Label,
			Type: kindWords(f.Kind), Range: rangeWords(f.Min, f.Max, spec), Choices: choiceValues(spec),
			Section: sectionTitle(section), Editable: true, Help: f.Help,
		})
	}
	for _, s := range caps.Settings {
		out = append(out, settingRows(SettingPath(caps.Provider, s.Key), s.Wire, s, s.Section)...)
	}
	for _, w := range caps.Wires {
		if w.Path == "" {
			out = append(out, FieldRow{ProviderPath: w.Wire, Label: w.Wire, Type: "kept as it is", Reason: w.ReadOnly})
		}
	}
	return out
}

func settingRows(path, wire string, s Setting, section string) []FieldRow {
	row := FieldRow{
		Path: path, ProviderPath: wire, Label: s.Label, Type: kindWords(s.Kind),
		Range: rangeWords(nil, nil, s.Spec), Choices: choiceValues(s.Spec), Section: sectionTitle(section),
		Editable: s.ReadOnly == "", Reason: s.ReadOnly, Undocumented: s.Undocumented, Help: s.Info(path).Help,
	}
	out := []FieldRow{row}
	for _, f := range s.Items {
		w := wire + "[]"
		if s.KeyedBy != "" {
			w = wire + ".<name>"
		}
		if f.Wire != "" {
			w += "." + f.Wire
		}
		if f.Key == s.KeyedBy {
			w = wire + " (the key of each entry)"
		}
		out = append(out, settingRows(path+"[]."+f.Key, w, f, section)...)
	}
	return out
}

func kindWords(k Kind) string {
	switch k {
	case KindLongText:
		return "long text"
	case KindNumber:
		return "number"
	case KindInteger:
		return "whole number"
	case KindBool:
		return "yes/no"
	case KindChoice:
		return "choice"
	case KindList:
		return "list of text"
	case KindSecret:
		return "secret"
	case KindItems:
		return "list of items"
	default:
		return "text"
	}
}

func rangeWords(lo, hi *float64, spec FieldSpec) string {
	if spec.Min != nil {
		lo = spec.Min
	}
	if spec.Max != nil {
		hi = spec.Max
	}
	switch {
	case lo != nil && hi != nil:
		return fmtNum(*lo) + " to " + fmtNum(*hi)
	case lo != nil:
		return fmtNum(*lo) + " or more"
	case hi != nil:
		return "up to " + fmtNum(*hi)
	}
	return ""
}

func choiceValues(spec FieldSpec) []string {
	if len(spec.Choices) == 0 {
		return nil
	}
	out := make([]string, len(spec.Choices))
	for i, c := range spec.Choices {
		out[i] = c.Value
	}
	return out
}
