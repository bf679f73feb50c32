package elevenlabs

import (
	"testing"

	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestDocumentLimits: a document past the one size and depth limit is
// refused with its plain message, and one just inside them (127 levels
// deep) costs in proportion to its size. Not parallel: it counts
// allocations.
func TestDocumentLimits(t *testing.T) {
	providertest.Limits(t, offlineForFuzz(t), `"name":"deep","conversation_config":{}`)
}
