package agent

import (
	"errors"
	"reflect"
	"testing"
)

func TestLookupChoiceListTakesTheFieldsItFills(t *testing.T) {
	t.Parallel()
	for path, want := range map[string]string{
		"voice.voice_id": "voice.voice_id", "telephony.phone_number_ids": ListPhoneNumbers,
		"telephony.inbound_number": ListPhoneNumbers, " tools ": ListTools, "knowledge_base": ListKnowledgeBase,
	} {
		if l, ok := LookupChoiceList(path); !ok || l.Path != want {
			t.Errorf("%q → %q, %v; want %q", path, l.Path, ok, want)
		}
	}
	if _, ok := LookupChoiceList("voice.speed"); ok {
		t.Error("voice.speed has no list")
	}
}

func TestFilterChoicesMatchesIDOrNameInAnyCase(t *testing.T) {
	t.Parallel()
	l := []Choice{{Value: "abc", Label: "Rachel"}, {Value: "RACH-2"}, {Value: "x", Label: "Bob", Detail: "rachel's friend"}}
	if got := FilterChoices(l, "rAcH"); !reflect.DeepEqual(got, l[:2]) {
		t.Errorf("got %v", got)
	}
	if got := FilterChoices(l, "  "); len(got) != 3 {
		t.Errorf("an empty search keeps all: %v", got)
	}
}

func TestDocChoicesAreTheChosenVendorsOnly(t *testing.T) {
	t.Parallel()
	caps := Capabilities{Fields: map[string]FieldSpec{
		"voice.voice_id": {VendorDefault: "rime", VendorChoices: map[string][]Choice{"rime": {{Value: "r1"}}, "cartesia": {{Value: "c1"}}}},
		"llm.model":      {Choices: []Choice{{Value: "m1"}}},
	}}
	got, err := DocChoices(caps, ChoiceQuery{Path: "voice.voice_id"}, "p", "P")
	if err != nil || !reflect.DeepEqual(got, []Choice{{Value: "r1", FromDocs: true}}) {
		t.Errorf("default vendor: %v, %v", got, err)
	}
	if got, _ := DocChoices(caps, ChoiceQuery{Path: "voice.voice_id", Vendor: "cartesia"}, "p", "P"); len(got) != 1 || got[0].Value != "c1" {
		t.Errorf("cartesia: %v", got)
	}
	if _, err := DocChoices(caps, ChoiceQuery{Path: "voice.voice_id", Vendor: "openai"}, "p", "P"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a vendor with no docs list: %v", err)
	}
	if _, err := DocChoices(caps, ChoiceQuery{Path: ListTools}, "p", "P"); !errors.Is(err, ErrNotFound) {
		t.Errorf("no list at all: %v", err)
	}
	if caps.Fields["llm.model"].Choices[0].FromDocs {
		t.Error("DocChoices changed the capabilities' own list")
	}
}
