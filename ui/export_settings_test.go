package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// NewFakeSessionWithSettingList is a fake session whose ElevenLabs has one
// provider setting in the Brain section picked from a live list, which
// lists gives; asked counts how often the provider was asked for a path.
func NewFakeSessionWithSettingList(t testing.TB, setting agent.Setting, lists func(agent.ChoiceQuery) ([]agent.Choice, error)) (f FakeSession, asked func(path string) int) {
	p := &listProvider{scriptProvider: newScriptProvider("elevenlabs"), lists: lists}
	p.caps.Provider = "elevenlabs"
	p.caps.Settings = append(p.caps.Settings, setting)
	return FakeSession{h: newHarness(t, withProvider(p))}, p.askedFor
}
