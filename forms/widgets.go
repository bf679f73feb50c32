package forms

import (
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Select heights: a list longer than longList options scrolls inside
// listHeight lines (title and description included), keeping forms short.
const (
	longList   = 8
	listHeight = 11
	textLines  = 5
)

// widget builds f's huh field(s) for its kind.
func (b *builder) widget(f *field) {
	switch f.info.Kind {
	case agent.KindLongText:
		b.text(f)
	case agent.KindNumber, agent.KindInteger:
		b.input(f, numberCheck(f.info, f.spec, b.vendorFor(f.path)), b.numberPlaceholder(f))
	case agent.KindBool:
		b.yesNo(f)
	case agent.KindChoice:
		b.choice(f)
	case agent.KindSecret:
		b.secret(f)
	case agent.KindList:
		b.input(f, textCheck(f.path, agent.FieldSpec{MaxLen: f.spec.MaxLen}), defaultPlaceholder(f.spec))
	default:
		b.input(f, textCheck(f.path, f.spec), defaultPlaceholder(f.spec))
	}
}

func (b *builder) input(f *field, check func(string) error, placeholder string) {
	in := huh.NewInput().Key(f.path).Title(f.info.Label).Description(f.description()).
		Value(&f.value).Validate(check)
	if placeholder != "" {
		in.Placeholder(placeholder)
	}
	f.widget, f.check = in, check
}

func (b *builder) text(f *field) {
	f.check = textCheck(f.path, f.spec)
	t := huh.NewText().Key(f.path).Title(f.info.Label).Description(f.description()).
		Value(&f.value).Validate(f.check).Lines(textLines).
		ExternalEditor(b.opt.ExternalEditor).EditorExtension("md")
	if b.opt.ExternalEditor {
		t.Editor(b.editor()...)
	}
	if p := defaultPlaceholder(f.spec); p != "" {
		t.Placeholder(p)
	}
	f.widget = t
}

// yesNo is a Confirm for a plain bool, or an inline select with "provider
// default" for an optional one, so "not set" stays distinct from "no".
func (b *builder) yesNo(f *field) {
	if f.slot.plainBool {
		f.checked = f.value == yes
		f.widget = huh.NewConfirm().Key(f.path).Title(f.info.Label).Description(f.description()).
			Affirmative("Yes").Negative("No").Value(&f.checked)
		return
	}
	def := "Provider default"
	if f.spec.Default != "" {
		def += " (" + f.spec.Default + ")"
	}
	f.widget = huh.NewSelect[string]().Key(f.path).Title(f.info.Label).Description(f.description()).
		Options(huh.NewOption(def, ""), huh.NewOption("Yes", yes), huh.NewOption("No", no)).
		Inline(true).Value(&f.value)
}

// choice is a select over the provider's choices; an open list ends with
// "Other (type a value)…", which reveals an input on the next page. A field
// with no choices at all is a plain input.
func (b *builder) choice(f *field) {
	choices, closed := choicesFor(f.path, f.spec, b.opt)
	check := textCheck(f.path, f.spec)
	if len(choices) == 0 {
		b.input(f, check, defaultPlaceholder(f.spec))
		return
	}
	opts, listed := choiceOptions(choices, closed, f.value, f.spec)
	if !listed && !closed {
		f.custom, f.value = f.value, otherValue
	}
	sel := huh.NewSelect[string]().Key(f.path).Title(f.info.Label).Description(f.description()).
		Options(opts...).Value(&f.value)
	if len(opts) > longList {
		sel.Height(listHeight)
	}
	f.widget = sel
	if closed {
		return
	}
	f.check = check
	desc := "Type the value to use."
	if b.opt.Accessible {
		desc = "Used only if you chose Other above; press Enter to skip."
	}
	f.other = huh.NewInput().Key(f.path + "#other").Title(f.info.Label + ": other value").
		Description(desc).Placeholder("like " + choices[0].Value).Value(&f.custom).Validate(check)
}

// secret is a masked input that starts empty: the stored value is never
// read back, only whether one is stored.
func (b *builder) secret(f *field) {
	placeholder := "Not set"
	if p := f.slot.secret(b.a); p != nil && *p != "" {
		placeholder = "Stored with your credentials; type to replace it"
	}
	f.value = ""
	f.check = textCheck(f.path, agent.FieldSpec{MaxLen: f.spec.MaxLen})
	f.widget = huh.NewInput().Key(f.path).Title(f.info.Label).Description(f.description()).
		EchoMode(huh.EchoModePassword).Placeholder(placeholder).Value(&f.value).Validate(f.check)
}

func (b *builder) numberPlaceholder(f *field) string {
	if f.spec.Default != "" {
		return f.spec.Default + " (provider default)"
	}
	lo, hi := numberRange(f.info, f.spec, b.vendorFor(f.path)())
	if w := rangeWords(lo, hi); w != "" {
		return "Empty for the provider default; " + w
	}
	return "Empty for the provider default"
}

func defaultPlaceholder(spec agent.FieldSpec) string {
	if spec.Default != "" {
		return spec.Default + " (provider default)"
	}
	return ""
}
