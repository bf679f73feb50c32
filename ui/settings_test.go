package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func openSettings(t *testing.T, opts ...harnessOption) *harness {
	t.Helper()
	h := newHarness(t, opts...).start(80, 24)
	h.press(h.keys().Drafts.Settings)
	if _, ok := h.top().(*settingsScreen); !ok {
		t.Fatalf("s opened %T", h.top())
	}
	return h
}

func TestSettingsKeyIsMaskedStoredAndNeverShown(t *testing.T) {
	t.Parallel()
	h := openSettings(t)
	k := h.keys()
	h.requireView("Nova", "API key", "not set")
	h.press(k.Settings.Edit)
	h.typeText("nv-secret-123")
	if strings.Contains(h.view(), "nv-secret-123") {
		t.Fatal("the key shows while typing")
	}
	h.press(k.Dialog.Confirm) // to the base URL
	h.typeText("https://nova.example.test/api")
	h.press(k.Global.Back) // esc saves
	if got := h.settings.get("nova", "api_key"); got != "nv-secret-123" {
		t.Fatalf("stored key %q", got)
	}
	if got := h.settings.get("nova", "base_url"); got != "https://nova.example.test/api" {
		t.Fatalf("stored base URL %q", got)
	}
	h.requireView("saved (hidden)", "https://nova.example.test/api", "Saved the Nova settings")
	if strings.Contains(h.view(), "nv-secret-123") {
		t.Fatal("the key shows after saving")
	}

	// An empty key field keeps the stored key.
	h.press(k.Settings.Edit)
	h.press(k.Global.Back)
	if got := h.settings.get("nova", "api_key"); got != "nv-secret-123" {
		t.Fatalf("opening and closing the form changed the key to %q", got)
	}
}

func TestSettingsTestConnectionReportsInPlainWords(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		key     string
		listErr error
		want    string
	}{
		"works":      {key: "k", want: "Connected to Nova: 2 agents found."},
		"no key yet": {want: "There is no API key for Nova yet. Press enter to add one."},
		"refused key": {key: "bad", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid api key"},
			want: "Could not connect to Nova. The provider refused the API key."},
		"unreachable": {key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnavailable},
			want: "Could not connect to Nova. The provider could not be reached."},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			if c.key != "" {
				h.settings.SaveProviderSettings("nova", map[string]string{"api_key": c.key})
			}
			h.providers.agents = map[string]int{"nova": 2}
			h.providers.listErr = map[string]error{"nova": c.listErr}
			h.start(80, 24)
			h.press(h.keys().Drafts.Settings)
			h.press(h.keys().Settings.Test)
			h.requireView(c.want[:30])
			if got := h.top().(*settingsScreen).tested["nova"]; !strings.HasPrefix(got, c.want) {
				t.Fatalf("the result reads %q, want %q", got, c.want)
			}
			if len(h.app.sh.cancels) != 0 {
				t.Fatal("the test's context was not released")
			}
		})
	}
}

func TestSettingsSayWhenTheEnvironmentWins(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.settings.env = map[string]string{"AGENTDECK_NOVA_API_KEY": "x"}
	h.start(80, 24)
	h.press(h.keys().Drafts.Settings)
	h.requireView("from $AGENTDECK_NOVA_API_KEY")
}

func TestSettingsEscLeavesAndNeverQuits(t *testing.T) {
	t.Parallel()
	h := openSettings(t)
	h.press(h.keys().Settings.Down)
	h.requireView("Trillet")
	h.press(h.keys().Global.Back)
	if _, ok := h.top().(*draftsScreen); !ok || h.quit {
		t.Fatalf("esc from settings left %T (quit %v)", h.top(), h.quit)
	}
}

// A refused save keeps the form open with what was typed: esc never
// discards.
func TestSettingsRefusedSaveKeepsWhatWasTyped(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.settings.refuse = errors.New("the base URL must start with https://")
	h.start(80, 24)
	k := h.keys()
	h.press(k.Drafts.Settings)
	h.press(k.Settings.Edit)
	h.typeText("nv-key")
	h.press(k.Dialog.Confirm)
	h.typeText("http://example.com")
	h.press(k.Global.Back)
	h.requireView("Not saved: The base URL must start with https://", "http://example.com")
	s := h.top().(*settingsScreen)
	if s.form == nil || *s.values["api_key"] != "nv-key" {
		t.Fatal("the refused save lost what was typed")
	}
	h.settings.refuse = nil
	h.press(k.Global.Back)
	if got := h.settings.get("nova", "api_key"); got != "nv-key" {
		t.Fatalf("the second try stored %q", got)
	}
}
