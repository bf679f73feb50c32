package dasha

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestEmptyFillersLetDashaChoose is issue 13 point 12 on Dasha: the help
// says an empty filler list lets Dasha choose, but a new draft sent the
// seed's example phrase ["um"]. Through the fake: a create with no phrases
// sends fillers without a strategy; phrases typed later go as a static list;
// clearing them drops the strategy again.
func TestEmptyFillersLetDashaChoose(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	store := &providertest.MemSaver{}
	d := providertest.TemplateDraft(t, ProviderID, "support", "Fillers")
	fillersSent := func(op string) map[string]any {
		t.Helper()
		bodies := f.Bodies(op)
		var doc struct {
			Config struct {
				Features struct {
					Fillers map[string]any `json:"fillers"`
				} `json:"features"`
			} `json:"config"`
		}
		if err := json.Unmarshal(bodies[len(bodies)-1], &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Config.Features.Fillers
	}

	res, _, err := pusher(c).Push(t, store, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fillersSent("create"), map[string]any{"version": "v1", "isEnabled": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("create sent fillers %v, want %v (no strategy: Dasha chooses)", got, want)
	}

	d = res.Draft
	d.Agent.Turn.Fillers.Phrases = []string{"Let me see.", "One moment."}
	if res, _, err = pusher(c).Push(t, store, d, agent.SecretMap{}); err != nil {
		t.Fatal(err)
	}
	strategy, _ := fillersSent("update")["strategy"].(map[string]any)
	if want := map[string]any{"type": "static", "texts": []any{"Let me see.", "One moment."}}; !reflect.DeepEqual(strategy, want) {
		t.Errorf("update sent strategy %v, want %v", strategy, want)
	}

	d = res.Draft
	d.Agent.Turn.Fillers.Phrases = nil
	if _, _, err = pusher(c).Push(t, store, d, agent.SecretMap{}); err != nil {
		t.Fatal(err)
	}
	if s, ok := fillersSent("update")["strategy"]; ok {
		t.Errorf("cleared phrases still sent strategy %v", s)
	}
}
