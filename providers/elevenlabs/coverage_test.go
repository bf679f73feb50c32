package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestEveryDocumentedSettingIsListed is issue 17 points 1 and 3 for
// ElevenLabs: every documented path (testdata/seed_paths.txt: seed 003 and
// the agent-config parts of the OpenAPI schema) is in Capabilities.Wires,
// editable through a path the capabilities support or read-only with a
// reason, and at least 90% are editable.
func TestEveryDocumentedSettingIsListed(t *testing.T) {
	t.Parallel()
	providertest.WireCoverage(t, (&Client{}).Capabilities(), "testdata/seed_paths.txt", 0.90)
}

// TestSettingsTableIsWellFormed holds the table to agent.Setting's rules:
// keys unique, lower-case, help in full sentences, choices labelled.
func TestSettingsTableIsWellFormed(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, s := range settingsTable() {
		if seen[s.Key] {
			t.Errorf("key %s twice", s.Key)
		}
		seen[s.Key] = true
		checkSetting(t, s.Key, s)
		inner := map[string]bool{}
		for _, it := range s.Items {
			if inner[it.Key] {
				t.Errorf("%s: field %s twice", s.Key, it.Key)
			}
			inner[it.Key] = true
			checkSetting(t, s.Key+"."+it.Key, it)
		}
		if s.KeyedBy != "" && !inner[s.KeyedBy] {
			t.Errorf("%s is keyed by %s, which none of its fields is", s.Key, s.KeyedBy)
		}
	}
}

func checkSetting(t *testing.T, where string, s agent.Setting) {
	t.Helper()
	for _, r := range s.Key {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
			t.Errorf("%s: key has %q", where, r)
		}
	}
	if s.Label == "" || !strings.HasSuffix(s.Help, ".") {
		t.Errorf("%s: label %q, help %q", where, s.Label, s.Help)
	}
	for _, c := range s.Spec.Choices {
		if c.Label == "" {
			t.Errorf("%s: choice %s has no label", where, c.Value)
		}
	}
}
