package dasha

import (
	"regexp"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// Every request-body path seed 004 documents is listed in Capabilities.Wires,
// editable (a path caps supports) or read-only with a reason, and at least
// 90% of them are editable.
func TestEveryDocumentedPathIsEditableOrReadOnly(t *testing.T) {
	if len(documentedPaths) < 150 {
		t.Fatalf("the inventory lists %d paths; seed 004 documents more", len(documentedPaths))
	}
	providertest.DocumentedWires(t, capabilities(), documentedPaths, 0.9)
}

// Each setting has a unique key in the documented form, plain help, and,
// for records, fields of its own.
func TestSettingTableIsWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range settingTable {
		if seen[s.Key] || s.Key == "" || s.Label == "" || s.Help == "" || s.Section == "" || s.Wire == "" {
			t.Errorf("setting %q: duplicate key or missing label, help, section or wire", s.Key)
		}
		seen[s.Key] = true
		if (s.Kind == agent.KindItems) != (len(s.Items) > 0) {
			t.Errorf("setting %q: only a list of records has item fields", s.Key)
		}
	}
	for _, key := range []string{"speed_strategy", "reasoning_mode"} {
		if s, _ := agent.SettingByKey(settingTable, key); !s.Undocumented || s.Kind != agent.KindText {
			t.Errorf("%s must be free text marked undocumented", key)
		}
	}
}

// TestSettingWordsArePlain: labels, help and notes of Dasha's settings name
// no wire paths (dotted, indexed or snake_case words), as the words of the
// model's fields do not.
func TestSettingWordsArePlain(t *testing.T) {
	wire := regexp.MustCompile(`\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b|\w\[\d+\]|\b[a-z]+[A-Z]\w*\b`)
	var walk func(prefix string, table []agent.Setting)
	walk = func(prefix string, table []agent.Setting) {
		for _, s := range table {
			for _, text := range []string{s.Label, s.Help, s.Spec.Note, s.Info("").Help} {
				if m := wire.FindString(text); m != "" {
					t.Errorf("%s%s: wire word %q in %q", prefix, s.Key, m, text)
				}
			}
			walk(prefix+s.Key+".", s.Items)
		}
	}
	walk("", settingTable)
}
