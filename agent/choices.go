package agent

import (
	"fmt"
	"strings"
)

// ChoiceQuery asks a provider for one choice list.
type ChoiceQuery struct {
	// Path names the list: a draft field path (llm.model, voice.voice_id,
	// …) or one of the ChoiceLists paths. Indices are ignored.
	Path string
	// Vendor is the section's vendor (voice.vendor for voices) where the
	// list depends on it, as on Nova and Trillet; "" means the provider's
	// default vendor.
	Vendor string
	// Search is part of a name or id. A provider whose API searches may
	// pass it on to shorten the list; callers still filter what comes
	// back with FilterChoices, so every provider matches the same way.
	Search string
}

// ChoiceList is one kind of list a provider may offer for picking by name.
type ChoiceList struct {
	Path  string // what ChoiceQuery.Path names it by
	Words string // the list in plain words, after "the": "voices"
	// Fields are the draft fields the list fills, besides Path itself.
	Fields []string
}

// Choice list paths that are not themselves draft fields.
const (
	ListPhoneNumbers  = "telephony.phone_number"
	ListTools         = "tools"
	ListKnowledgeBase = "knowledge_base"
)

// ChoiceLists are the lists a provider may offer, in the order people read
// them. Which of them a provider has, and whether live or from its docs, is
// the provider's to say through Choices.
var ChoiceLists = []ChoiceList{
	{Path: "voice.voice_id", Words: "voices"},
	{Path: "llm.model", Words: "language models"},
	{Path: "voice.model", Words: "voice models"},
	{Path: ListPhoneNumbers, Words: "phone numbers", Fields: []string{"telephony.phone_number_ids", "telephony.inbound_number"}},
	{Path: ListTools, Words: "tools saved in the workspace"},
	{Path: ListKnowledgeBase, Words: "knowledge-base documents"},
	{Path: "webhooks.post_call.id", Words: "webhooks saved in the workspace"},
}

// LookupChoiceList finds the list a path names, by its own path or a draft
// field it fills; indices are ignored.
func LookupChoiceList(path string) (ChoiceList, bool) {
	p := StripIndices(strings.TrimSpace(path))
	for _, l := range ChoiceLists {
		if l.Path == p {
			return l, true
		}
		for _, f := range l.Fields {
			if f == p {
				return l, true
			}
		}
	}
	return ChoiceList{}, false
}

// NoChoiceList is the error of a provider that has no list for q, neither
// from its API nor from its docs.
func NoChoiceList(provider, name, path string) error {
	words := path
	if l, ok := LookupChoiceList(path); ok {
		words = l.Words
	}
	return &ProviderError{
		Provider: provider, Op: "list", Kind: ErrNotFound,
		Message: fmt.Sprintf("%s offers no list of %s, neither through its API nor in its docs; type the value instead", name, words),
	}
}

// FromDocs marks every choice of l as taken from the provider's docs, on a
// copy.
func FromDocs(l []Choice) []Choice {
	out := make([]Choice, len(l))
	for i, c := range l {
		c.FromDocs = true
		out[i] = c
	}
	return out
}

// FilterChoices keeps the choices whose value or label holds search, in
// any case; an empty search keeps all.
func FilterChoices(l []Choice, search string) []Choice {
	s := strings.ToLower(strings.TrimSpace(search))
	if s == "" {
		return l
	}
	var out []Choice
	for _, c := range l {
		if strings.Contains(strings.ToLower(c.Value), s) || strings.Contains(strings.ToLower(c.Label), s) {
			out = append(out, c)
		}
	}
	return out
}

// JoinDetail joins the non-empty parts with ", ": a voice's "English,
// British, female".
func JoinDetail(parts ...string) string { return JoinNonEmpty(", ", parts...) }

// JoinNonEmpty joins the parts that are not blank, trimmed, with sep.
func JoinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// DocChoices is the list a provider's docs name for q: the built-in
// choices of its Capabilities, each marked FromDocs. Where the list
// depends on the vendor (FieldSpec.VendorChoices) it is only q.Vendor's
// (the default vendor's when "") — never another vendor's, whose ids mean
// nothing to this one. name is the provider as people know it.
func DocChoices(caps Capabilities, q ChoiceQuery, provider, name string) ([]Choice, error) {
	spec, ok := caps.Spec(q.Path)
	switch {
	case ok && len(spec.VendorChoices) > 0:
		vendor := q.Vendor
		if vendor == "" {
			vendor = spec.VendorDefault
		}
		if l := spec.VendorChoices[vendor]; len(l) > 0 {
			return FromDocs(l), nil
		}
		words := "choices"
		if l, ok := LookupChoiceList(q.Path); ok {
			words = l.Words
		}
		return nil, &ProviderError{
			Provider: provider, Op: "list", Kind: ErrNotFound,
			Message: fmt.Sprintf("%s's docs name no %s for the vendor %q; type the id instead", name, words, vendor),
		}
	case ok && len(spec.Choices) > 0:
		return FromDocs(spec.Choices), nil
	}
	return nil, NoChoiceList(provider, name, q.Path)
}
