package cli

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha"
	"github.com/agentdeck/agentdeck/providers/elevenlabs"
	"github.com/agentdeck/agentdeck/providers/nova"
	"github.com/agentdeck/agentdeck/providers/trillet"
	"github.com/agentdeck/agentdeck/storage"
)

// newProvider builds the client of one provider from its connection
// settings (storage.ProviderConfig: environment, settings file and
// credentials). An empty key is fine: encoding, decoding and validation work
// offline, and network calls then say how to add a key. This is the one
// place that names concrete providers; each provider adds its case here.
func newProvider(id string, conn storage.Connection) (agent.Provider, error) {
	switch id {
	case storage.ProviderElevenLabs:
		opts := []elevenlabs.Option{elevenlabs.WithBaseURL(conn.BaseURL), elevenlabs.WithAuthStyle(conn.AuthStyle), elevenlabs.WithKeySource(conn.KeyFrom)}
		if conn.Timeout > 0 {
			opts = append(opts, elevenlabs.WithTimeout(conn.Timeout))
		}
		return elevenlabs.New(conn.APIKey, opts...)
	case storage.ProviderNova:
		opts := []nova.Option{nova.WithBaseURL(conn.BaseURL), nova.WithOrgID(conn.OrgID), nova.WithAuthStyle(conn.AuthStyle), nova.WithKeySource(conn.KeyFrom)}
		if conn.Timeout > 0 {
			opts = append(opts, nova.WithTimeout(conn.Timeout))
		}
		return nova.New(conn.APIKey, opts...)
	case storage.ProviderTrillet:
		opts := []trillet.Option{trillet.WithBaseURL(conn.BaseURL), trillet.WithWorkspaceID(conn.WorkspaceID), trillet.WithKeySource(conn.KeyFrom)}
		if conn.Timeout > 0 {
			opts = append(opts, trillet.WithTimeout(conn.Timeout))
		}
		return trillet.New(conn.APIKey, opts...)
	case storage.ProviderDasha:
		opts := []dasha.Option{dasha.WithBaseURL(conn.BaseURL), dasha.WithKeySource(conn.KeyFrom)}
		if conn.Timeout > 0 {
			opts = append(opts, dasha.WithTimeout(conn.Timeout))
		}
		return dasha.New(conn.APIKey, opts...)
	}
	return nil, fmt.Errorf("agentdeck cannot talk to %s yet", id)
}
