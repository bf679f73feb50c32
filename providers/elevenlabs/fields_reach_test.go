package elevenlabs

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestEveryModelFieldReachesElevenLabs: a draft with every model field
// ElevenLabs supports set (and every setting, as in the settings test)
// passes validation, is accepted by the fake (which holds it to the
// official schema) and reads back whole. A field newly supported fails
// here until its wire, the fake and the schema agree.
func TestEveryModelFieldReachesElevenLabs(t *testing.T) {
	t.Parallel()
	needSpec(t)
	fake, c := fakeAndClient(t)
	a := providertest.FillEveryField(t, c.Capabilities(), validFullAgent())
	a.Variables = []agent.Variable{{Name: "clinic", Value: "Smile Dental"}}
	a.Identity.Language = "en" // ElevenLabs keeps no region (en-US reads back en), as the field's note says
	providertest.EveryFieldSet(t, c.Capabilities(), &a)
	res := pushNew(t, c, a)
	if len(res.NotKept) != 0 {
		t.Errorf("not kept after the push: %v", res.NotKept)
	}
	if fake.Count() != 1 {
		t.Errorf("%d agents on the fake, want 1", fake.Count())
	}
	providertest.EveryFieldReadsBack(t, c, res.RemoteID, &a)
}
