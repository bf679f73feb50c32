package providertest

import (
	"bufio"
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// WireCoverage checks a provider's Capabilities against the inventory of
// request-body paths its docs describe (a file of one path a line, list
// items as [], # comments): every path is listed in caps.Wires, each
// listed path edits something caps supports or says why it is read-only,
// a setting's entry names the setting's own wire path, and at least the
// share least (from 0 to 1) of the paths are editable. It returns the share.
func WireCoverage(t *testing.T, caps agent.Capabilities, inventory string, least float64) float64 {
	t.Helper()
	return DocumentedWires(t, caps, readInventory(t, inventory), least)
}

// DocumentedWires is WireCoverage for the documented paths themselves, for
// a provider whose inventory is part of its code.
func DocumentedWires(t *testing.T, caps agent.Capabilities, documented []string, least float64) float64 {
	t.Helper()
	listed := map[string]agent.WireField{}
	for _, w := range caps.Wires {
		if _, twice := listed[w.Wire]; twice {
			t.Errorf("%s is listed twice in the wire table", w.Wire)
		}
		listed[w.Wire] = w
		checkWireEntry(t, caps, w)
	}
	editable := 0
	for _, p := range documented {
		w, ok := listed[p]
		switch {
		case !ok:
			t.Errorf("%s is documented but neither editable nor listed read-only", p)
		case w.Path != "" && w.ReadOnly == "":
			editable++
		}
	}
	for wire := range listed {
		if !slices.Contains(documented, wire) {
			t.Errorf("%s is in the wire table but not documented in %s's inventory of request paths", wire, caps.Provider)
		}
	}
	share := float64(editable) / float64(len(documented))
	t.Logf("%s: %d of %d documented settings editable (%.0f%%)", caps.Provider, editable, len(documented), 100*share)
	if share < least {
		t.Errorf("only %.0f%% of the documented settings are editable; want at least %.0f%%", 100*share, 100*least)
	}
	return share
}

func checkWireEntry(t *testing.T, caps agent.Capabilities, w agent.WireField) {
	t.Helper()
	switch {
	case w.Path == "" && w.ReadOnly == "":
		t.Errorf("%s has neither a draft path nor a reason it is read-only", w.Wire)
	case w.Path == "":
	case !caps.Supports(w.Path):
		t.Errorf("%s is edited at %s, which the provider does not support", w.Wire, w.Path)
	case strings.HasPrefix(w.Path, agent.SettingsPrefix):
		s, _ := caps.Setting(w.Path)
		if (s.ReadOnly == "") != (w.ReadOnly == "") {
			t.Errorf("%s and the setting %s disagree on whether it is read-only", w.Wire, w.Path)
		}
		if _, key, rest, _ := agent.SplitSettingPath(w.Path); rest == "" {
			parent, _ := agent.SettingByKey(caps.Settings, key)
			if parent.Wire != w.Wire {
				t.Errorf("%s points at the setting %s, whose wire path is %s", w.Wire, w.Path, parent.Wire)
			}
		}
	}
}

func readInventory(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// EverySettingSet fails the test unless values (a draft's settings for
// caps' provider) set every editable setting of caps, and every editable
// field of each record of a list setting, so a golden of them covers all.
func EverySettingSet(t *testing.T, caps agent.Capabilities, values map[string]any) {
	t.Helper()
	for _, s := range caps.Settings {
		v, ok := values[s.Key]
		switch {
		case s.ReadOnly != "":
			if ok {
				t.Errorf("%s is read-only but set", s.Key)
			}
		case !ok:
			t.Errorf("the setting %s is not set", s.Key)
		case !agent.SettingFits(s.Kind, v):
			t.Errorf("the setting %s holds %T, not its kind", s.Key, v)
		case s.Kind == agent.KindItems:
			recs, _ := agent.SettingRecords(v)
			for _, f := range s.Items {
				for i, r := range recs {
					if _, ok := r[f.Key]; !ok && f.ReadOnly == "" {
						t.Errorf("record %d of %s has no %s", i, s.Key, f.Key)
					}
				}
			}
		}
	}
}
