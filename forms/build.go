package forms

import (
	"os"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// page is a run of fields shown together. A choice with an "Other" input
// and a long text each end a huh group, so one page can become several
// groups; they all carry the page's title.
type page struct {
	title string
	paths []string
	// when names a yes/no field; the page is hidden while that field is
	// "no" (silence details while silence handling is off).
	when string
}

// builder turns pages of paths into huh groups bound to a Section.
type builder struct {
	a      *agent.Agent
	caps   agent.Capabilities
	opt    Options
	slotOf func(path string) (slot, bool)
	s      *Section
	groups []*huh.Group
}

func newBuilder(a *agent.Agent, caps agent.Capabilities, opt Options, slotOf func(string) (slot, bool)) *builder {
	return &builder{a: a, caps: caps, opt: opt, slotOf: slotOf, s: &Section{byPath: map[string]*field{}}}
}

// field builds the field at path, or returns nil when the provider does not
// carry it or the model has no such field.
func (b *builder) field(path string) *field {
	if !b.caps.Supports(path) {
		return nil
	}
	info, ok := b.infoOf(path)
	if !ok {
		return nil
	}
	sl, ok := b.slotFor(path)
	if !ok {
		return nil
	}
	spec, _ := b.caps.Spec(path)
	if agent.StripIndices(path) == "builtins.kind" {
		// Only the kinds this provider offers, in plain words, and the
		// item's own kind even when it is no longer offered (a transfer).
		spec.Choices, spec.Closed = builtinKindsWith(b.caps, sl.get(b.a)), true
	}
	f := &field{path: path, info: info, spec: spec, slot: sl, value: sl.get(b.a)}
	b.widget(f)
	f.settle()
	b.restoreKept(f)
	b.s.fields = append(b.s.fields, f)
	b.s.byPath[path] = f
	return f
}

// infoOf is the catalogue entry of a model field, or of a provider setting
// from the provider's table.
func (b *builder) infoOf(path string) (agent.FieldInfo, bool) {
	if strings.HasPrefix(path, agent.SettingsPrefix) {
		s, ok := b.caps.Setting(path)
		return s.Info(path), ok
	}
	return fieldInfo(path)
}

// slotFor reaches the value at path: a provider setting, or what the
// form's own slotOf finds.
func (b *builder) slotFor(path string) (slot, bool) {
	if strings.HasPrefix(path, agent.SettingsPrefix) {
		return settingSlot(b.caps, path, false)
	}
	return b.slotOf(path)
}

// restoreKept puts back text typed earlier that could not be written into
// the agent, and shows its error at once. The base stays the agent's
// value, so the field counts as edited and Apply reports it again.
func (b *builder) restoreKept(f *field) {
	t, ok := b.opt.Kept[f.path]
	in, isInput := f.widget.(*huh.Input)
	if !ok || !isInput || f.other != nil {
		return
	}
	f.value, f.kept = t, true
	in.Value(&f.value)
	_ = in.Blur() // runs the field's check, so its error shows
}

// page adds p's supported fields as one or more groups.
func (b *builder) page(p page) {
	hide := b.hideWhenOff(p.when)
	var pending []huh.Field
	group := func(fields ...huh.Field) *huh.Group {
		g := huh.NewGroup(fields...)
		if b.opt.Theme != nil {
			g.WithTheme(b.opt.Theme)
		}
		if p.title != "" {
			g.Title(p.title)
		}
		b.groups = append(b.groups, g)
		return g
	}
	flush := func() {
		if len(pending) > 0 {
			g := group(pending...)
			if hide != nil {
				g.WithHideFunc(hide)
			}
			pending = nil
		}
	}
	for _, path := range p.paths {
		if n := b.readOnlyNote(path); n != nil {
			pending = append(pending, n)
			continue
		}
		f := b.field(path)
		switch {
		case f == nil:
		case f.info.Kind == agent.KindLongText:
			// One text field per group: huh writes the editor's result into
			// every text field of the group (huh#686).
			flush()
			pending = []huh.Field{f.widget}
			flush()
		case f.other != nil:
			if f.search != nil {
				pending = append(pending, f.search)
			}
			pending = append(pending, f.widget)
			flush()
			group(f.other).WithHideFunc(func() bool {
				return (hide != nil && hide()) || f.value != otherValue
			})
		case f.search != nil:
			pending = append(pending, f.search, f.widget)
		default:
			pending = append(pending, f.widget)
		}
	}
	flush()
}

// hideWhenOff returns a hide func for a page that depends on the yes/no
// field at path, or nil when that field is not in this form.
func (b *builder) hideWhenOff(path string) func() bool {
	if path == "" {
		return nil
	}
	f := b.s.byPath[path]
	if f == nil {
		return nil
	}
	return func() bool { return f.current() == no }
}

// vendorFor returns how to read the vendor that picks a number's range
// (FieldSpec.VendorRanges): the vendor field of this form as it is being
// edited, else the agent's.
func (b *builder) vendorFor(path string) func() string {
	section, _, _ := strings.Cut(agent.StripIndices(path), ".")
	var saved string
	switch section {
	case "voice":
		saved = b.a.Voice.Vendor
	case "llm":
		saved = b.a.LLM.Vendor
	case "speech":
		saved = b.a.Speech.Vendor
	default:
		return func() string { return "" }
	}
	byPath := b.s.byPath
	return func() string {
		if f := byPath[section+".vendor"]; f != nil {
			return f.current()
		}
		return saved
	}
}

func (b *builder) editor() []string {
	if len(b.opt.Editor) > 0 {
		return b.opt.Editor
	}
	return EditorCommand(os.Getenv)
}

// EditorCommand returns the external editor and its arguments: $VISUAL, then
// $EDITOR, then vi, which nearly every server has (huh's own fallback is
// nano, which many do not).
func EditorCommand(getenv func(string) string) []string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(name)); len(f) > 0 {
			return f
		}
	}
	return []string{"vi"}
}

// finish builds the form. A form with no fields gets one note, because huh
// panics on an empty group and the ui still needs something to show.
func (b *builder) finish(emptyNote string) *Section {
	s := b.s
	if len(b.groups) == 0 {
		s.empty = true
		note := huh.NewNote().Title(s.Title).Description(emptyNote)
		if b.opt.Theme != nil {
			note.WithTheme(b.opt.Theme)
		}
		b.groups = append(b.groups, huh.NewGroup(note))
	}
	s.Form = huh.NewForm(b.groups...).WithKeyMap(b.keyMap())
	if b.opt.Theme != nil {
		s.Form.WithTheme(b.opt.Theme)
	}
	if b.opt.Width > 0 {
		s.Form.WithWidth(b.opt.Width)
	}
	return s
}

// keyMap is the ui's keymap, or huh's, with the editor key switched off
// when the external editor is not allowed: huh enables it from the field
// only when it draws its own help, so a form without help would still
// open an editor.
func (b *builder) keyMap() *huh.KeyMap {
	km := b.opt.KeyMap
	if km == nil {
		km = huh.NewDefaultKeyMap()
	}
	if !b.opt.ExternalEditor {
		c := *km
		c.Text.Editor.SetEnabled(false)
		km = &c
	}
	return km
}
