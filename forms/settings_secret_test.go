package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestASecretSettingGoesToTheCredentialsNeverIntoTheDraft(t *testing.T) {
	caps := agent.Capabilities{Provider: "acme", Settings: []agent.Setting{{
		Key: "server_key", Section: agent.SectionTurn, Group: "Server", Label: "Server key",
		Help: "The key of your server.", Kind: agent.KindSecret,
	}}}
	a := agent.Agent{}
	s := NewSection(agent.SectionTurn, &a, caps, Options{})
	if !strings.Contains(strings.Join(formViews(t, s), "\n"), "Not set") {
		t.Fatal("an empty secret setting does not say it is not set")
	}
	setText(t, s, "settings.acme.server_key", "sk-typed-1")
	mustApply(t, s, &a)
	if _, set := a.Settings.Get("acme", "server_key"); set {
		t.Fatalf("the typed value reached the draft: %v", a.Settings)
	}
	if got := s.Secrets()["settings.acme.server_key"]; got != "sk-typed-1" {
		t.Fatalf("secrets %v", s.Secrets())
	}
	ref := agent.NewSecretRef("settings.acme.server_key")
	if err := SetSecretRef(&a, "settings.acme.server_key", ref); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Settings.Get("acme", "server_key"); v != string(ref) {
		t.Fatalf("reference not written: %v", a.Settings)
	}
	if ps := settingErrors(&a, caps); len(ps) > 0 {
		t.Fatalf("a reference is refused: %v", ps)
	}
	again := NewSection(agent.SectionTurn, &a, caps, Options{})
	views := strings.Join(formViews(t, again), "\n")
	if !strings.Contains(views, "Stored with your credentials") || strings.Contains(views, "secret:") {
		t.Fatalf("the form shows:\n%s", views)
	}

	// A value written into the file by hand is refused, not sent.
	a.Settings = a.Settings.With("acme", "server_key", "sk-in-the-file")
	if ps := settingErrors(&a, caps); len(ps) == 0 {
		t.Fatal("a secret typed into the draft file is accepted")
	}
}

func settingErrors(a *agent.Agent, caps agent.Capabilities) []agent.Problem {
	var out []agent.Problem
	for _, p := range agent.ValidateCommon(a, caps).Errors() {
		if strings.HasPrefix(p.Path, agent.SettingsPrefix) {
			out = append(out, p)
		}
	}
	return out
}
