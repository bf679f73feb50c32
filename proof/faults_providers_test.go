package proof

import (
	"net/http"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

// The providers' own fakes, from their tests, behind the fault proxy. Each
// key is obviously fake; the tests check it never shows.
const (
	elevenlabsKey = "el-proof-key-0123456789"
	dashaKey      = "dasha-proof-key-0123456789"
	novaKey       = "nova-proof-key-0123456789"
	trilletKey    = "trillet-proof-key-0123456789"
)

// agentOp names the operation of a request to any of the four agent APIs:
// a POST makes an agent, a PUT or PATCH changes one, a GET of the agents
// collection lists them and a GET of one agent reads it.
func agentOp(r *http.Request) string {
	path := strings.TrimSuffix(r.URL.Path, "/")
	switch {
	case r.Method == http.MethodPost:
		return "create"
	case r.Method == http.MethodPut || r.Method == http.MethodPatch:
		return "update"
	case r.Method == http.MethodGet && strings.HasSuffix(path, "/agents"):
		return "list"
	case r.Method == http.MethodGet && strings.Contains(path, "/agents/"):
		return "get"
	}
	return "other"
}

func elevenlabsFake(t *testing.T) providerFake {
	fake := elevenlabstest.NewServer(t, elevenlabsKey)
	return providerFake{
		id: "elevenlabs", key: elevenlabsKey,
		upstream: strings.TrimSuffix(fake.BaseURL, elevenlabstest.Prefix), basePath: elevenlabstest.Prefix,
		opOf: agentOp, agents: func() int { return len(fake.AgentIDs()) },
	}
}

func dashaFake(t *testing.T) providerFake {
	fake := dashatest.New(t, dashaKey)
	return providerFake{
		id: "dasha", key: dashaKey, upstream: fake.URL(),
		opOf: agentOp, agents: func() int { return len(fake.AgentIDs()) },
	}
}

func novaFake(t *testing.T) providerFake {
	fake := novatest.New(t, novaKey)
	return providerFake{
		id: "nova", key: novaKey,
		upstream: strings.TrimSuffix(fake.BaseURL, "/api"), basePath: "/api",
		opOf: agentOp, agents: fake.Count,
		extraEnv: []string{"AGENTDECK_NOVA_ORG_ID=" + novatest.Org},
	}
}

func trilletFake(t *testing.T) providerFake {
	fake := trillettest.New(t, trilletKey)
	return providerFake{
		id: "trillet", key: trilletKey, upstream: fake.BaseURL,
		opOf: agentOp, agents: fake.Count,
		extraEnv: []string{"AGENTDECK_TRILLET_WORKSPACE_ID=" + trillettest.Workspace},
	}
}

// TestFaults pushes to each provider's fake through every fault: after
// each, zero or one agent exists, the person reads one plain sentence, the
// draft is as it was (or carries only the create-pending marker), and
// pushing again leaves exactly one agent, linked to the draft.
func TestFaults(t *testing.T) {
	t.Parallel()
	for name, fake := range map[string]func(*testing.T) providerFake{
		"elevenlabs": elevenlabsFake, "dasha": dashaFake, "nova": novaFake, "trillet": trilletFake,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runFaultCases(t, fake)
		})
	}
}
