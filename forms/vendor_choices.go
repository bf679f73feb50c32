package forms

import (
	"slices"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
)

// Choice lists that follow the section's vendor (FieldSpec.VendorChoices):
// Trillet's voices belong to one voice vendor each, so the voice list shows
// only the chosen vendor's, and changes as the vendor select moves.

// vendorChoices returns the list for vendor ("" is the provider's default
// vendor, and a custom vendor typed under "Other" has no list), and the spec
// to label "Provider default" with: the provider's default value is named
// only where it belongs to this vendor.
func vendorChoices(spec agent.FieldSpec, vendor string) ([]agent.Choice, agent.FieldSpec) {
	switch vendor {
	case otherValue:
		vendor = "\x00" // no vendor has this name
	case "":
		vendor = spec.VendorDefault
	}
	choices := spec.VendorChoices[vendor]
	if !slices.ContainsFunc(choices, func(c agent.Choice) bool { return c.Value == spec.Default }) {
		spec.Default = ""
	}
	return choices, spec
}

// vendorOptions are the select options for vendor with current the field's
// value now. When current belongs to no option (a Rime voice after the
// vendor became Cartesia), "not set" is marked selected, so the select
// moves there instead of keeping a voice the new vendor does not have.
func vendorOptions(spec agent.FieldSpec, vendor, current string) []huh.Option[string] {
	choices, labelled := vendorChoices(spec, vendor)
	opts, _ := choiceOptions(choices, spec.Closed, "", labelled)
	if current != "" && !slices.ContainsFunc(opts, func(o huh.Option[string]) bool { return o.Value == current }) {
		opts[0] = opts[0].Selected(true)
	}
	return opts
}

// vendorBound reports whether f's choices follow a vendor, and if so sets
// choices (and spec's default label) to the vendor's as the form opens. The
// returned dynamic, when not nil, makes sel follow the vendor select of the
// same form as it changes; it is nil in accessible mode (which never loads
// an options function) and when the form has no plain vendor select.
//
// dynamic returns the options shown now and the way to choose one, for a
// picker.
func (b *builder) vendorBound(f *field, choices *[]agent.Choice) (bound bool, dynamic func(sel *huh.Select[string], opts []huh.Option[string]) (shown func() []huh.Option[string], set func(string))) {
	spec := f.spec
	if len(spec.VendorChoices) == 0 || len(*choices) > 0 {
		return false, nil
	}
	vendorNow := b.vendorFor(f.path)()
	*choices, f.spec = vendorChoices(spec, vendorNow)
	f.spec.VendorChoices = spec.VendorChoices
	section, _, _ := strings.Cut(agent.StripIndices(f.path), ".")
	vf := b.s.byPath[section+".vendor"]
	if b.opt.Accessible || vf == nil || vf.search != nil {
		return true, nil
	}
	vsel, ok := vf.widget.(*huh.Select[string])
	if !ok {
		return true, nil
	}
	// huh runs options functions in command goroutines: they read guarded
	// copies of both values, never the fields themselves.
	vendor := newSharedText(&vf.value)
	vsel.Accessor(vendor)
	return true, func(sel *huh.Select[string], opts []huh.Option[string]) (func() []huh.Option[string], func(string)) {
		value := newSharedText(&f.value)
		sel.Options(opts...).Accessor(value).OptionsFunc(func() []huh.Option[string] {
			return vendorOptions(spec, vendor.load(), value.load())
		}, &vf.value)
		// A fixed height fits the longest vendor's list, so the form does
		// not jump as the vendor changes (huh gives an options function a
		// tall default height otherwise).
		longest := 0
		for _, cs := range spec.VendorChoices {
			longest = max(longest, len(cs))
		}
		sel.Height(min(longest+2+4, listHeight)) // not set, Other, title and description
		return func() []huh.Option[string] { return vendorOptions(spec, vf.value, f.value) }, value.Set
	}
}
