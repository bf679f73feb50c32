package proof

import (
	"net/http"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

const elevenlabsKey = "el-proof-key-0123456789"

// elevenlabsFake is the ElevenLabs fake of the provider's own tests.
func elevenlabsFake(t *testing.T) providerFake {
	fake := elevenlabstest.NewServer(t, elevenlabsKey)
	return providerFake{
		id:       "elevenlabs",
		key:      elevenlabsKey,
		upstream: strings.TrimSuffix(fake.BaseURL, elevenlabstest.Prefix),
		basePath: elevenlabstest.Prefix,
		opOf: func(r *http.Request) string {
			p := strings.TrimPrefix(r.URL.Path, elevenlabstest.Prefix)
			switch {
			case r.Method == http.MethodPost && p == "/agents/create":
				return "create"
			case r.Method == http.MethodPatch:
				return "update"
			case r.Method == http.MethodGet && p == "/agents":
				return "list"
			case r.Method == http.MethodGet && strings.HasPrefix(p, "/agents/"):
				return "get"
			}
			return "other"
		},
		agents: func() int { return len(fake.AgentIDs()) },
	}
}

// TestFaultsElevenLabs pushes to a fake ElevenLabs through every fault:
// zero or one agent, one plain sentence, the draft as it was (or only
// marked), and one agent after pushing again.
func TestFaultsElevenLabs(t *testing.T) {
	t.Parallel()
	runFaultCases(t, elevenlabsFake)
}
