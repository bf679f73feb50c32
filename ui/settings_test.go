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
	cases := map[string]settingsTestCase{
		"works":      {key: "k", want: "Connected to Nova: 2 agents found."},
		"no key yet": {want: "There is no API key for Nova yet. Press enter to add one."},
		"refused key": {
			key: "bad", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid api key"},
			want: "Nova did not accept the API key. Press enter to check it. Nova said: Invalid api key.",
		},
		// "unreachable" is settingsTestCases' "unreachable, said once".
		// The organisation id is missing: nothing was sent, and the key is
		// not to blame (today: "refused the API key").
		"no organisation id": {
			key: "k", listErr: httpxMissing("organization id", "AGENTDECK_NOVA_ORG_ID"),
			// Named as the form names the field, not as the provider spells it.
			want: "Nova needs its organisation id before agentdeck can connect. Press enter to add it.",
		},
		"wrong organisation id": {
			key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrNotFound, Status: 404, Message: "Organization not found"},
			want: "Nova found nothing at that address: check the organisation id and the base URL. Nova said: Organization not found.",
		},
		"unreadable answer": {
			key: "k", listErr: &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnreadable, Message: "Nova's agent list could not be read"},
			// Nova did answer, so "could not connect" would not be true.
			want: "Nova answered in a form agentdeck could not read: check that the base URL is the address of Nova's API, not of its website.",
		},
	}
	for name, c := range settingsTestCases {
		cases[name] = c
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			if c.key != "" {
				if err := h.settings.SaveProviderSettings("nova", map[string]string{"api_key": c.key}); err != nil {
					t.Fatal(err)
				}
			}
			h.providers.agents = map[string]int{"nova": 2}
			h.providers.listErr = map[string]error{"nova": c.listErr}
			h.start(80, 24)
			h.press(h.keys().Drafts.Settings)
			h.press(h.keys().Settings.Test)
			h.requireView(c.want[:30])
			got := h.top().(*settingsScreen).tested["nova"]
			if !strings.HasPrefix(got, c.want) {
				t.Fatalf("the result reads %q, want %q", got, c.want)
			}
			requireSaidOnce(t, got)
			if len(h.app.sh.cancels) != 0 {
				t.Fatal("the test's context was not released")
			}
		})
	}
}

// httpxMissing is the error a provider client returns for a call made
// without a setting it needs (httpx.MissingSetting).
func httpxMissing(setting, envVar string) error {
	return &agent.ProviderError{
		Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized,
		Message: "no " + setting + " for Nova: set " + envVar + " or add it in Settings",
		Err:     &agent.NotSetError{Setting: setting, EnvVar: envVar},
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
	h, k := editRefusedSettings(t, errors.New("the base URL must start with https://"))
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
