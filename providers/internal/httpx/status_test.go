package httpx

import (
	"errors"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestMissingSettingSaysWhereToSetIt(t *testing.T) {
	t.Parallel()
	err := MissingSetting("nova", "create", "API key", "Nova", "AGENTDECK_NOVA_API_KEY")
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrUnauthorized) || pe.Provider != "nova" || pe.Op != "create" {
		t.Fatalf("got %#v, want an unauthorized ProviderError of nova's create", err)
	}
	if want := "no API key for Nova: set AGENTDECK_NOVA_API_KEY or add it in Settings"; pe.Message != want {
		t.Errorf("message %q, want %q", pe.Message, want)
	}
}
