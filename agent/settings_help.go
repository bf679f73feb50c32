package agent

import "strings"

// Where a person meets a provider setting outside its form — f2, the
// accessible front end, a problem line — it reads as the form shows it: its
// table's label, its whole help, and what kind of value it takes.

// FullHelp is everything a person reads about s: its help with the note on
// its values, that it is free text when the docs list no values, and, when
// it cannot be edited here, why.
func (s Setting) FullHelp() string {
	help := s.freeText(HelpWithNote(s.Help, s.Spec.Note))
	if s.ReadOnly != "" {
		help = joinSentences(help, "Read-only here: "+Sentence(s.ReadOnly))
	}
	return help
}

// freeText is help with, for a setting the docs list no values for, the
// sentence that says so (forms, `fields` and f2 all read it).
func (s Setting) freeText(help string) string {
	if !s.Undocumented {
		return help
	}
	return joinSentences(help, "Free text: the docs list no values; type one the provider accepts.")
}

func joinSentences(a, b string) string {
	if a = strings.TrimSpace(a); a == "" {
		return b
	}
	return a + " " + b
}

// SectionOf is the editor section that shows the field at path: a model
// field's, or the section of the provider setting it is (or is a record
// field of); "" when neither the model nor c knows it.
func (c Capabilities) SectionOf(path string) string {
	if provider, key, _, ok := SplitSettingPath(path); ok {
		if s, found := c.Setting(SettingPath(provider, key)); found {
			return s.Section
		}
		return ""
	}
	if f, ok := FieldByPath(path); ok {
		return f.Section
	}
	return ""
}

// SectionPaths are the paths of the fields a section's form shows: the
// model's, then the provider's own settings there (lists of records aside,
// which are edited item by item).
func (c Capabilities) SectionPaths(section string) []string {
	var out []string
	for _, f := range FieldsIn(section) {
		out = append(out, f.Path)
	}
	for _, st := range c.Settings {
		if st.Section == section && st.Kind != KindItems {
			out = append(out, SettingPath(c.Provider, st.Key))
		}
	}
	return out
}
