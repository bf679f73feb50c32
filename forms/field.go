package forms

import (
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// field is one form field bound to plain values the Section holds. huh
// writes to value, custom and checked as people type; Apply reads them.
type field struct {
	path string // full path with indices, e.g. tools[0].name
	info agent.FieldInfo
	spec agent.FieldSpec
	slot slot

	value   string // what the main widget edits: text, number, yes/no, a choice
	custom  string // the "Other" input of an open choice list
	checked bool   // a plain yes/no (Confirm)
	// base is current() as loaded, or as last applied: a field whose text
	// still equals it was not edited and is left alone, so opening a form
	// never rewrites what it shows (textarea sanitising included).
	base string

	widget huh.Field  // the main widget
	other  *huh.Input // the "Other" input of an open choice list, or nil
	search *huh.Input // narrows a long choice list, or nil (see search.go)
	// kept is set while the typed text could not be written into the
	// agent (abc over a number): the ui keeps the text for the next form
	// of this field, with its error, instead of dropping it.
	kept bool
	// check validates typed text (the input, or the "Other" input); nil
	// for fields that offer only valid values.
	check func(string) error

	// divert, when it returns true, sends a typed value to the secrets
	// under divertPath instead of the agent (a header named Authorization).
	divert     func() bool
	divertPath string

	// note says where a picker's list comes from, or why there is none.
	note string
}

// current is the value as it would be written: the custom text when
// "Other" is chosen, trimmed for one-line fields.
func (f *field) current() string {
	if t, ok := f.widget.(*LongText); ok {
		t.Sync() // its value waits for this
	}
	switch {
	case f.slot.plainBool:
		if f.checked {
			return yes
		}
		return no
	case f.value == otherValue && strings.TrimSpace(f.custom) == "":
		// "Other" chosen, nothing typed yet: no change until there is
		// ("Provider default" is the way to clear a value).
		return f.base
	case f.value == otherValue:
		return strings.TrimSpace(f.custom)
	case f.info.Kind == agent.KindLongText, f.info.Kind == agent.KindSecret:
		return f.value
	default:
		return strings.TrimSpace(f.value)
	}
}

// apply writes an edited value into a. A secret is never written: it goes
// to secrets, keyed by its path, for the ui to store and reference.
func (f *field) apply(a *agent.Agent, secrets map[string]string, ps *agent.Problems) {
	v := f.current()
	if f.slot.secret != nil {
		if v = strings.TrimSpace(v); v != "" && v != f.base {
			secrets[f.path] = v
			f.base = v
		}
		return
	}
	f.kept = false
	if v == f.base {
		return
	}
	if f.divert != nil && v != "" && f.divert() {
		secrets[f.divertPath] = v
		_ = f.slot.set(a, "") // the plain copy must not stay in the draft
		f.base = v
		return
	}
	if err := f.slot.set(a, v); err != nil {
		ps.Add(f.path, "%s", err.Error())
		f.kept = true
		return
	}
	f.base = v
}

// settle lets the widget normalise what it was given (textarea and text
// input replace tabs and control characters) and records the result as the
// unedited state.
func (f *field) settle() {
	type settleMsg struct{}
	if f.widget != nil {
		_, _ = f.widget.Update(settleMsg{})
	}
	if f.other != nil {
		_, _ = f.other.Update(settleMsg{})
	}
	if f.search != nil {
		_, _ = f.search.Update(settleMsg{})
	}
	f.base = f.current()
}

// description is the catalogue help, with the provider's remark if any,
// each a full sentence, and what the field itself adds (where a picker's
// list comes from).
func (f *field) description() string {
	d := agent.HelpWithNote(f.info.Help, f.spec.Note)
	if f.note != "" {
		d += " " + f.note
	}
	return d
}
