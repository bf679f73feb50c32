package elevenlabs

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/exp/golden"
)

// TestSettingTablesAreUnchanged pins every ElevenLabs setting as the rest
// of the program sees it (section, page, choices, ranges, the fields of
// each record…) and every documented path, one JSON line each: the tables
// moved from Go literals to settings_data.yaml, and anything the move or a
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
	base := "builtins: {slots: [end_call], common: []}\n"
	for name, bad := range map[string]string{
		"unknown key":    "settings:\n  - {key: a, kind: text, label: A, help: A., colour: red}\n",
		"unknown spec":   "settings:\n  - {key: a, kind: text, label: A, help: A., max_length: 3}\n",
		"unknown part":   "setings: []\n",
		"missing shared": "settings:\n  - use: nowhere\n",
		"unknown kind":   "settings:\n  - {key: a, kind: words, label: A, help: A.}\n",
		"no key":         "settings:\n  - {kind: text, label: A, help: A.}\n",
		"bad choice":     "settings:\n  - {key: a, kind: choice, label: A, help: A., choices: [[x]]}\n",
		"bad section":    "groups:\n  - {prefix: a, section: nowhere, title: A}\n",
		"shared loop":    "shared:\n  x:\n    - use: x\nsettings:\n  - use: x\n",
		"each no rows":   "settings:\n  - each: [a, b]\n",
		"own of no slot": "builtins2: x\n",
	} {
		fsys := fstest.MapFS{
			"settingsdata/a.yaml": {Data: []byte(bad)},
			"settingsdata/b.yaml": {Data: []byte(base)},
		}
		if _, err := decodeSettingTables(fsys); err == nil {
			t.Errorf("%s: %q decodes without an error", name, bad)
		}
	}
	ok := fstest.MapFS{"settingsdata/a.yaml": {Data: []byte(base + "settings:\n  - {key: a, kind: text, label: A, help: A.}\n")}}
	got, err := decodeSettingTables(ok)
	if err != nil || len(got.settings) != 1 || !strings.EqualFold(got.settings[0].Key, "a") {
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
