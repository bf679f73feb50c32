package httpx

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestReadyNamesTheFirstMissingSettingAndChecksTheIDFirst: the key before
// the org id, the agent id before both, and nothing is sent meanwhile.
func TestReadyNamesTheFirstMissingSettingAndChecksTheIDFirst(t *testing.T) {
	t.Parallel()
	c := mustNew(t, Config{Provider: "fake", BaseURL: "http://127.0.0.1:1", Name: "Fake", Needs: []Setting{
		{Value: "", Name: "API key", EnvVar: "FAKE_KEY"},
		{Value: "", Name: "organization id", EnvVar: "FAKE_ORG"},
	}})
	err := c.Ready("list")
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || pe.Op != "list" || !errors.Is(err, agent.ErrUnauthorized) ||
		!strings.Contains(pe.Message, "no API key for Fake: set FAKE_KEY") {
		t.Errorf("Ready = %v, want the missing key named first", err)
	}
	if err := c.ReadyFor("update", ""); err == nil || strings.Contains(err.Error(), "API key") {
		t.Errorf("ReadyFor with no id = %v, want the id refused first", err)
	}
	if _, err := c.GetAgent(context.Background(), "a1", "/agents/a1"); !errors.As(err, &pe) || pe.Op != "get" {
		t.Errorf("GetAgent without a key = %v, want the missing key for get", err)
	}
	c.cfg.Needs[0].Value = "k"
	if err := c.Ready("list"); err == nil || !strings.Contains(err.Error(), "organization id") {
		t.Errorf("Ready with a key = %v, want the org id named", err)
	}
	c.cfg.Needs[1].Value = "o"
	if err := c.ReadyFor("get", "a1"); err != nil {
		t.Errorf("ReadyFor with everything given = %v", err)
	}
}
