package cli

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/clitest"
	"github.com/agentdeck/agentdeck/storage"
)

// Regression (issue 13, point 11): no request is ever sent with an empty
// agent id — an update or read of "" would address the agent collection.
// Each provider refuses it before any HTTP.
func TestProvidersRefuseAnEmptyAgentID(t *testing.T) {
	t.Parallel()
	for _, id := range []string{"nova", "trillet", "elevenlabs", "dasha"} {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			srv, hits := clitest.CountingServer(t)
			env := map[string]string{
				"AGENTDECK_" + strings.ToUpper(id) + "_API_KEY":  "key-FAKE",
				"AGENTDECK_" + strings.ToUpper(id) + "_BASE_URL": srv.URL,
				"AGENTDECK_NOVA_ORG_ID":                          "org-1",
				"AGENTDECK_TRILLET_WORKSPACE_ID":                 "ws-1",
			}
			p, err := newProvider(id, storage.ProviderConfig(descriptor(id), func(k string) string { return env[k] }, storage.Settings{}, nil))
			if err != nil {
				t.Fatal(err)
			}
			for _, blank := range []string{"", " "} {
				if err := p.Update(context.Background(), blank, []byte(`{"name":"x"}`)); !errors.Is(err, agent.ErrNotFound) {
					t.Errorf("Update(%q): %v", blank, err)
				}
				if _, err := p.Get(context.Background(), blank); !errors.Is(err, agent.ErrNotFound) {
					t.Errorf("Get(%q): %v", blank, err)
				}
			}
			if n := hits.Load(); n != 0 {
				t.Fatalf("%d requests were sent with an empty agent id", n)
			}
		})
	}
}
