package agent

import (
	"reflect"
	"testing"
)

// TestRecordListsKeyedByAChoiceAskForAChoice checks the words for an item
// with no key or a key another item has: a list keyed by a typed name asks
// for a name, one keyed by a choice (ElevenLabs' text replies by channel)
// asks to choose, since there is no name to give.
func TestRecordListsKeyedByAChoiceAskForAChoice(t *testing.T) {
	t.Parallel()
	recs := []map[string]any{{}, {"key": "web"}, {"key": "web"}}
	for _, c := range []struct {
		kind Kind
		want []string
	}{
		{KindText, []string{"give it a name", "use a name no other item has"}},
		{KindChoice, []string{"choose one", "choose one no other item has"}},
	} {
		s := Setting{Key: "list", Kind: KindItems, KeyedBy: "key", Items: []Setting{{Key: "key", Kind: c.kind}}}
		var ps Problems
		checkSetting("settings.x.list", s, recs, &ps)
		var got []string
		for _, p := range ps {
			got = append(got, p.Message)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("keyed by kind %v: %q, want %q", c.kind, got, c.want)
		}
	}
}
