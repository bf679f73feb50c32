package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Issue 16: lists are cached per connection and key, so saving a
// provider's settings (a new key, another address) forgets its lists,
// and each App (one per session under serve) has its own cache.
func TestSavedSettingsForgetTheProvidersChoices(t *testing.T) {
	t.Parallel()
	a := New(Deps{Providers: &fakeProviders{}, Theme: "dark"})
	a.sh.choices.put("nova", "voice.voice_id", []agent.Choice{{Value: "v1"}})
	a.sh.choices.put("dasha", "voice.voice_id", []agent.Choice{{Value: "d1"}})
	s := newSettingsScreen(a.sh)
	s.saveReq = 7
	s.Update(settingsSavedMsg{reqID: 7, provider: "nova"})
	if _, ok := a.sh.choices.get("nova", "voice.voice_id"); ok {
		t.Error("Nova's lists outlived a change of its settings")
	}
	if _, ok := a.sh.choices.get("dasha", "voice.voice_id"); !ok {
		t.Error("Dasha's lists went with Nova's settings")
	}
	if other := New(Deps{Providers: &fakeProviders{}, Theme: "dark"}); len(other.sh.choices) != 0 {
		t.Error("a second session starts with the first one's lists")
	}
}
