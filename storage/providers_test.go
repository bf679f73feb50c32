package storage

import "github.com/agentdeck/agentdeck/agent"

// The provider ids and auth styles the tests name.
const (
	ProviderNova       = "nova"
	ProviderTrillet    = "trillet"
	ProviderElevenLabs = "elevenlabs"
	ProviderDasha      = "dasha"

	AuthXAPIKey  = agent.AuthXAPIKey
	AuthXIAPIKey = agent.AuthXIAPIKey
	AuthBearer   = agent.AuthBearer
)

// testProviders stands in for the registry the composition root builds from
// the provider packages (which storage may not import): the same ids,
// default base URLs, auth styles and needed ids, with no constructors.
var testProviders = agent.NewRegistry(
	agent.Descriptor{
		Info: agent.ProviderInfo{ID: ProviderNova}, DefaultBaseURL: "https://v2-nova-api.prod.czmx.in/api",
		AuthStyles: []string{AuthXAPIKey, AuthBearer}, NeedsOrgID: true,
	},
	agent.Descriptor{
		Info: agent.ProviderInfo{ID: ProviderTrillet}, DefaultBaseURL: "https://api.trillet.ai",
		AuthStyles: []string{AuthXAPIKey}, NeedsWorkspaceID: true,
	},
	agent.Descriptor{
		Info: agent.ProviderInfo{ID: ProviderElevenLabs}, DefaultBaseURL: "https://api.elevenlabs.io/v1/convai",
		AuthStyles: []string{AuthXIAPIKey, AuthXAPIKey},
	},
	agent.Descriptor{
		Info: agent.ProviderInfo{ID: ProviderDasha}, DefaultBaseURL: "https://blackbox.dasha.ai",
		AuthStyles: []string{AuthBearer},
	},
)

// ProviderIDs is every provider id of testProviders.
func ProviderIDs() []string { return testProviders.IDs() }

// testProvider is the descriptor of id.
func testProvider(id string) agent.Descriptor {
	d, _ := testProviders.Lookup(id)
	return d
}
