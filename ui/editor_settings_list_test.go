package ui

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// settingsListScript is a provider with one setting of its own whose
// choices are read live, as ElevenLabs' post-call webhook is.
type settingsListScript struct {
	*scriptProvider
	asked []string
}

func (s *settingsListScript) Choices(_ context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	s.asked = append(s.asked, q.Path)
	if q.Path == agent.SettingPath("elevenlabs", "post_call_webhook") {
		return []agent.Choice{{Value: "wh_1", Label: "Orders webhook"}, {Value: "wh_2", Label: "CRM webhook"}}, nil
	}
	return nil, agent.ErrNotFound
}

// Issue 17 with issue 16: a provider's own setting that names something
// in the account (a webhook, a tool) is picked by name from the live list,
// like the voice is.
func TestProviderSettingIsPickedFromItsLiveList(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	p.caps.Provider = "elevenlabs"
	p.caps.Settings = []agent.Setting{{
		Key: "post_call_webhook", Section: agent.SectionTurn, Group: "After the call",
		Label: "After-call webhook", Help: "The workspace webhook told about each call.",
		Kind: agent.KindChoice, Spec: agent.FieldSpec{Live: true},
	}}
	prov := &settingsListScript{scriptProvider: p}
	h, _ := openSeeded(t, []harnessOption{withProvider(prov)}, "elevenlabs", "receptionist", nil)
	h.gotoEntry(agent.SectionTurn, "")
	h.press(h.keys().Editor.Open)
	path := agent.SettingPath("elevenlabs", "post_call_webhook")
	h.focusField(path)
	h.requireView("After-call webhook", "Orders webhook")
	found := false
	for _, a := range prov.asked {
		found = found || a == path
	}
	if !found {
		t.Fatalf("the list was never asked for; asked %v", prov.asked)
	}
}
