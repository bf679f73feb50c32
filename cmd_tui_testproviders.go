//go:build tuitest

package main

import (
	"context"
	"errors"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// providerBuilders, in a binary built with -tags tuitest, gives the terminal
// UI two offline providers so the tmux test can walk the wizard and the
// editor before the real provider packages exist. They never reach a
// network; every remote call fails with a plain error. Release builds do
// not contain this file.
func providerBuilders() []providerBuilder {
	offline := func(info agent.ProviderInfo, caps agent.Capabilities) providerBuilder {
		return providerBuilder{info: info, build: func(storage.Connection) (agent.Provider, error) {
			return offlineProvider{info: info, caps: caps}, nil
		}}
	}
	return []providerBuilder{
		offline(agent.ProviderInfo{ID: storage.ProviderDasha, Name: "Dasha (test)", Summary: "Offline test provider with schedules and tools."},
			agent.Capabilities{Fields: map[string]agent.FieldSpec{
				"identity": {}, "llm": {}, "voice.vendor": {Choices: []agent.Choice{{Value: "ElevenLabs"}, {Value: "Cartesia"}}, Closed: true},
				"voice.voice_id": {}, "voice.speed": {}, "greeting": {}, "schedule": {}, "tools": {}, "builtins": {}, "variables": {},
			}}),
		offline(agent.ProviderInfo{ID: storage.ProviderTrillet, Name: "Trillet (test)", Summary: "Offline test provider with callbacks."},
			agent.Capabilities{Fields: map[string]agent.FieldSpec{
				"identity.name": {Required: true}, "llm.model": {}, "voice.vendor": {}, "voice.voice_id": {},
				"callbacks": {}, "variables": {},
			}}),
	}
}

var errOffline = errors.New("this is an offline test build; it reaches no provider")

type offlineProvider struct {
	info agent.ProviderInfo
	caps agent.Capabilities
}

func (p offlineProvider) Info() agent.ProviderInfo         { return p.info }
func (p offlineProvider) Capabilities() agent.Capabilities { return p.caps }
func (p offlineProvider) Validate(a *agent.Agent) agent.Problems {
	return agent.ValidateCommon(a, p.caps)
}
func (p offlineProvider) Choices(context.Context, string) ([]agent.Choice, error) {
	return nil, errOffline
}
func (p offlineProvider) Decode([]byte) (agent.Decoded, error) { return agent.Decoded{}, errOffline }
func (p offlineProvider) Encode(*agent.Agent, []byte, agent.SecretLookup) ([]byte, error) {
	return nil, errOffline
}
func (p offlineProvider) Requests([]byte, string) []agent.Request           { return nil }
func (p offlineProvider) Create(context.Context, []byte) (string, error)    { return "", errOffline }
func (p offlineProvider) Update(context.Context, string, []byte) error      { return errOffline }
func (p offlineProvider) Get(context.Context, string) ([]byte, error)       { return nil, errOffline }
func (p offlineProvider) List(context.Context) ([]agent.RemoteAgent, error) { return nil, errOffline }
