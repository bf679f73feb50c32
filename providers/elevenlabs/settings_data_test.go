package elevenlabs

import (
	"bytes"
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/exp/golden"
)

// TestSettingTablesAreUnchanged pins every ElevenLabs setting as the rest
// of the program sees it (section, page, choices, ranges, the fields of
// each record…) and every documented path, one JSON line each: the tables
// moved from Go literals to settingsdata/*.json, and anything the move or a
// later regeneration changes shows up here (refresh with go test -update).
func TestSettingTablesAreUnchanged(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for _, s := range settingsTable() {
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range wires() {
		if err := enc.Encode(w); err != nil {
			t.Fatal(err)
		}
	}
	golden.RequireEqual(t, out.Bytes())
}

// TestSettingsDataDecodes reads settingsdata/ the way the program does and
// refuses what would silently lose or bend a setting: a key the format does
// not know, a shared run that is not there, a kind or a section that does
// not exist, a choice that is not a value and a label.
func TestSettingsDataDecodes(t *testing.T) {
	t.Parallel()
	if _, err := decodeSettingTables(settingsFiles); err != nil {
		t.Fatal(err)
	}
	base := `{"builtin_slots":["end_call"]}`
	for name, bad := range map[string]string{
		"unknown key":      `{"settings":[{"key":"a","kind":"text","label":"A","help":"A.","colour":"red"}]}`,
		"unknown spec":     `{"settings":[{"key":"a","kind":"text","label":"A","help":"A.","max_length":3}]}`,
		"unknown part":     `{"setings":[]}`,
		"two values":       `{"settings":[]} {}`,
		"missing shared":   `{"settings":[{"use":"nowhere"}]}`,
		"unknown kind":     `{"settings":[{"key":"a","kind":"words","label":"A","help":"A."}]}`,
		"no key":           `{"settings":[{"kind":"text","label":"A","help":"A."}]}`,
		"bad choice":       `{"settings":[{"key":"a","kind":"choice","label":"A","help":"A.","choices":[["x"]]}]}`,
		"bad section":      `{"groups":[{"prefix":"a","section":"nowhere","title":"A"}]}`,
		"shared loop":      `{"shared":{"x":[{"use":"x"}]},"settings":[{"use":"x"}]}`,
		"each no rows":     `{"settings":[{"each":["a","b"]}]}`,
		"own of no slot":   `{"settings":[],"shared":{"y":[]}}`,
		"tools twice":      `{"builtin_slots":["skip_turn"]}`,
		"shared twice":     `{"shared":{"x":[]}}`,
		"rows not in each": `{"settings":[{"key":"a","kind":"text","label":"A","help":"A.","rows":[]}]}`,
	} {
		b := base
		switch name {
		case "own of no slot":
			b = `{"builtin_slots":["end_call"],"builtin_own":{"nowhere":[]}}`
		case "shared twice":
			b = `{"builtin_slots":["end_call"],"shared":{"x":[]}}`
		}
		fsys := fstest.MapFS{
			"settingsdata/a.json": {Data: []byte(bad)},
			"settingsdata/b.json": {Data: []byte(b)},
		}
		_, err := decodeSettingTables(fsys)
		if err == nil {
			t.Errorf("%s: %s decodes without an error", name, bad)
		}
		t.Logf("%s: %v", name, err)
	}
	ok := fstest.MapFS{"settingsdata/a.json": {Data: []byte(`{"builtin_slots":["end_call"],"settings":[{"key":"a","kind":"text","label":"A","help":"A."}]}`)}}
	got, err := decodeSettingTables(ok)
	if err != nil || len(got.settings) != 1 || got.settings[0].Key != "a" {
		t.Fatalf("a small valid table: %+v, %v", got.settings, err)
	}
}

// BenchmarkDecodeSettingTables is what the first look at ElevenLabs'
// settings costs (it happens once per run).
func BenchmarkDecodeSettingTables(b *testing.B) {
	for b.Loop() {
		if _, err := decodeSettingTables(settingsFiles); err != nil {
			b.Fatal(err)
		}
	}
}
