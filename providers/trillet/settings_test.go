package trillet

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
	"github.com/charmbracelet/x/exp/golden"
)

// fullSettings sets every editable Trillet setting.
var fullSettings = map[string]any{"type": "voice", "temperature": 0.65}

// fullDraft is the full test document's agent with every setting set, as a
// fresh draft: unmodelled keys (backgroundNoise, workflowTemplate) are not
// part of it.
func fullDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	d, secrets := pushDraft(t, c)
	d.Remotes = nil
	d.Agent.Settings = agent.Settings{ProviderID: fullSettings}
	return d, secrets
}

// Issue 17 point 5: a draft with every editable field set gives exactly
// this request (testdata/TestFullSettingsRequests.golden).
func TestFullSettingsRequests(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	providertest.EverySettingSet(t, c.Capabilities(), fullSettings)
	d, _ := fullDraft(t, c)
	doc, err := c.Encode(&d.Agent, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, providertest.RequestsText(c, doc, ""))
}

// The fake, refusing every key seed 002 does not document, takes the full
// draft, and the read-back finds nothing dropped.
func TestFullSettingsPushKeepsEverySetting(t *testing.T) {
	t.Parallel()
	f, _, res := pushedFull(t)
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("every setting should be kept: %v %v", res.NotKept, res.ReadBackErr)
	}
	if v, _ := fakeapi.Lookup(f.Stored(res.RemoteID), keySettings, "temperature"); v != json.Number("0.65") {
		t.Errorf("temperature = %v", v)
	}
}

// The fake answers a wrongly typed or undocumented key with Trillet's
// documented error body, which the client reads as a refusal.
func TestFakeRefusesUnknownAndWronglyTypedSettings(t *testing.T) {
	t.Parallel()
	_, c, res := pushedFull(t)
	for _, tc := range []struct{ name, body, msg string }{
		{"temperature as text", `{"settings":{"temperature":"warm"}}`, "settings.temperature must be a number"},
		{"a type other than voice", `{"type":"chat"}`, "type must be voice"},
		{"a type that is not text", `{"type":1}`, "type must be a string"},
		{"an undocumented setting", `{"settings":{"pitch":1}}`, "settings.pitch is not allowed"},
		{"an undocumented key", `{"prompt":"hi"}`, "prompt is not allowed"},
	} {
		err := c.Update(context.Background(), res.RemoteID, []byte(tc.body))
		var pe *agent.ProviderError
		if !errors.As(err, &pe) || pe.Kind != agent.ErrInvalid || !strings.Contains(pe.Message, tc.msg) {
			t.Errorf("%s: want a refusal saying %q, got %v", tc.name, tc.msg, err)
		}
	}
}

// pushedFull is a fake Trillet that refuses undocumented keys, holding the
// full draft pushed through a client of it.
func pushedFull(t *testing.T) (*trillettest.Server, *Client, agent.PushResult) {
	t.Helper()
	f := kit.NewFake(t)
	f.RefuseUnknownKeys(true)
	c := kit.Client(t, f)
	d, secrets := fullDraft(t, c)
	return f, c, kit.Pusher(c).MustPush(t, d, secrets)
}
