package elevenlabs

import (
	"bytes"
	"encoding/json"
	"testing"

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
