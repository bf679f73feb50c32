package nova

import (
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// Issue 17: every request-body path Nova documents (seeds 000 and 001, the
// config objects opened by their documented fields) is editable or listed
// read-only with a reason, and at least 90% are editable.
func TestEveryDocumentedSettingIsEditableOrReadOnly(t *testing.T) {
	c, _ := New("")
	providertest.WireCoverage(t, c.Capabilities(), "testdata/seed_paths.txt", 0.9)
}
