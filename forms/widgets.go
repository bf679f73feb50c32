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
	f.note = b.listNote(f)
	switch f.info.Kind {
	case agent.KindText:
		// A number people pick from the provider's list (Dasha's inbound
		// number) is a picker once the list is there, text until then.
		if b.isPicker(f) && len(b.opt.Choices[agent.StripIndices(f.path)]) > 0 {
			b.choice(f)
			return
		}
		b.input(f, textCheck(f.path, f.spec), defaultPlaceholder(f.spec))
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
		b.input(f, listCheck(f.spec), defaultPlaceholder(f.spec))
	default:
		b.input(f, textCheck(f.path, f.spec), defaultPlaceholder(f.spec))
	}
}

func (b *builder) input(f *field, check func(string) error, placeholder string) {
	in := b.newInput().Key(f.path).Title(f.info.Label).Description(f.description()).
		Value(&f.value).Validate(check)
	if placeholder != "" {
		in.Placeholder(placeholder)
	}
	f.widget, f.check = in, check
}

func (b *builder) text(f *field) {
	f.check = textCheck(f.path, f.spec)
	if !b.opt.Accessible {
		b.longText(f)
		return
	}
	t := b.newText().Key(f.path).Title(f.info.Label).Description(f.description()).
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

// longText is the multi-line field outside accessible mode (where huh
// asks for text on one line): one that costs the rows on screen per key,
// however long the text (LongText).
func (b *builder) longText(f *field) {
	t := NewLongText(&f.value).Key(f.path).Title(f.info.Label).Description(f.description()).
		Validate(f.check).Lines(textLines)
	if b.opt.ExternalEditor {
		t.ExternalEditor(true, b.editor()...)
	}
	if b.opt.Theme != nil {
		t.WithTheme(b.opt.Theme)
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
		f.widget = b.newConfirm().Key(f.path).Title(f.info.Label).Description(f.description()).
			Affirmative("Yes").Negative("No").Value(&f.checked)
		return
	}
	def := "Provider default"
	if f.spec.Default != "" {
		def += " (" + f.spec.Default + ")"
	}
	f.widget = b.newSelect().Key(f.path).Title(f.info.Label).Description(f.description()).
		Options(huh.NewOption(def, ""), huh.NewOption("Yes", yes), huh.NewOption("No", no)).
		Inline(true).Value(&f.value)
}

// choice is a select over the provider's choices; an open list ends with
// "Other (type a value)…", which reveals an input on the next page. A field
// with no choices at all is a plain input.
func (b *builder) choice(f *field) {
	choices, closed := choicesFor(f.path, f.spec, b.opt)
	_, dynamic := b.vendorBound(f, &choices) // a voice list that follows the vendor
	check := textCheck(f.path, f.spec)
	if len(choices) == 0 && dynamic == nil {
		b.input(f, check, defaultPlaceholder(f.spec))
		return
	}
	pick, raw := b.isPicker(f), choices
	if pick {
		choices = withIDs(choices)
	}
	opts, listed := choiceOptions(choices, closed, f.value, f.spec)
	if !listed && !closed {
		f.custom, f.value = f.value, otherValue
	}
	sel := b.newSelect().Key(f.path).Title(f.info.Label).Description(f.description())
	set := func(v string) { f.value = v }
	shown := func() []huh.Option[string] { return opts }
	var narrowTo func(string)
	switch {
	case dynamic != nil:
		shown, set = dynamic(sel, opts)
	case len(choices) > searchAbove && !b.opt.Accessible:
		// Accessible mode asks for a number from the full list instead:
		// it never loads an OptionsFunc.
		f.search, shown, set, narrowTo = b.searchable(f, sel, opts, len(choices))
	case len(opts) > longList:
		sel.Options(opts...).Value(&f.value).Height(listHeight)
	default:
		sel.Options(opts...).Value(&f.value)
	}
	f.widget = sel
	if pick {
		byValue := make(map[string]agent.Choice, len(choices))
		for _, c := range raw {
			byValue[c.Value] = c
		}
		f.widget = &picker{Select: sel, shown: shown, set: set, narrow: narrowTo, choices: byValue}
	}
	if closed {
		return
	}
	f.check = check
	title, desc := f.info.Label+": other value", "Type the value to use."
	if b.opt.Accessible {
		// Accessible mode asks this question even when Other was not
		// chosen, and shows titles only.
		title = f.info.Label + ": other value, used only if you chose Other (Enter skips)"
	}
	f.other = b.newInput().Key(f.path + "#other").Title(title).
		Description(desc).Value(&f.custom).Validate(check)
	if len(choices) > 0 {
		f.other.Placeholder("like " + choices[0].Value)
	}
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
	f.widget = b.newInput().Key(f.path).Title(f.info.Label).Description(f.description()).
		EchoMode(huh.EchoModePassword).Placeholder(placeholder).Value(&f.value).Validate(f.check)
}

func (b *builder) numberPlaceholder(f *field) string {
	if f.spec.Default != "" {
		return f.spec.Default + " (provider default)"
	}
	lo, hi := numberRange(f.info, f.spec, b.vendorFor(f.path)())
	return rangeWords(lo, hi)
}

func defaultPlaceholder(spec agent.FieldSpec) string {
	if spec.Default != "" {
		return spec.Default + " (provider default)"
	}
	return ""
}

// The constructors below set the ui's theme first, so that the measuring
// huh does while options and sizes are set already uses it.

func (b *builder) newInput() *huh.Input { return themed(b, huh.NewInput()) }

func (b *builder) newText() *huh.Text { return themed(b, huh.NewText()) }

func (b *builder) newSelect() *huh.Select[string] { return themed(b, huh.NewSelect[string]()) }

func (b *builder) newConfirm() *huh.Confirm { return themed(b, huh.NewConfirm()) }

// themed sets the ui's theme, when there is one, on a field just made.
func themed[F interface{ WithTheme(huh.Theme) huh.Field }](b *builder, f F) F {
	if b.opt.Theme != nil {
		f.WithTheme(b.opt.Theme)
	}
	return f
}
