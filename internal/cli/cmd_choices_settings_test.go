package cli

import (
	"reflect"
	"testing"
)

// TestChoicesForElevenLabsSettings: the workspace tools and documents an
// agent's settings attach, and the workspace webhooks the after-call
// webhook is picked from, are listed by the same command as voices.
func TestChoicesForElevenLabsSettings(t *testing.T) {
	t.Parallel()
	c, _ := elevenCLI(t)
	tests := map[string][]string{
		"settings.elevenlabs.tool_ids[0].id":       {"tool_1\tcheck_slot\twebhook tool"},
		"settings.elevenlabs.knowledge_base[0].id": {"doc_1\tOpening hours\tweb page, https://example.invalid/doc_1"},
		"webhooks.post_call.id":                    {"wh_1\tCall summaries\thttps://hooks.example.com/calls"},
	}
	for field, want := range tests {
		if lines, _ := c.choicesOK(field, "--provider", "elevenlabs"); !reflect.DeepEqual(lines, want) {
			t.Errorf("choices %s = %q, want %q", field, lines, want)
		}
	}
}
