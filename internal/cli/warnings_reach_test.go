package cli

import (
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// TestEveryWarningCanBeActedOn: a warning is only ever shown where the
// field it names can be changed. For every provider, drafts with every
// template's settings — made for no provider, or for another provider and
// then switched — are validated, and each warning must name a field one of
// the provider's editor forms shows (so enter in the review lands on it),
// or be a value the provider does not carry (NotCarried), which enter in
// the review clears from the draft; clearing it must make the warning go.
func TestEveryWarningCanBeActedOn(t *testing.T) {
	t.Parallel()
	eachOfflineProvider(t, func(target agent.Descriptor, p agent.Provider) {
		caps := p.Capabilities()
		for _, tmpl := range agent.Templates {
			drafts := map[string]agent.Agent{"no provider": everySetting(tmpl)}
			eachOfflineProvider(t, func(from agent.Descriptor, fp agent.Provider) {
				drafts["from "+from.ID()] = tmpl.For("Front desk", fp)
				fuller := tmpl.For("Front desk", fp)
				moreSettings(&fuller)
				drafts["from "+from.ID()+", more set"] = fuller
			})
			for origin, a := range drafts {
				shown := map[string][]string{} // a section's form paths, built once per draft
				for _, w := range p.Validate(&a) {
					if !w.Warning {
						continue
					}
					where := target.ID() + "/" + tmpl.ID + " (" + origin + ")"
					switch {
					case w.NotCarried:
						cleared := a
						if !agent.Clear(&cleared, w.Path) {
							t.Errorf("%s: warning at %s is marked not carried, but clearing it removes nothing", where, w.Path)
						}
						for _, after := range p.Validate(&cleared) {
							if after.Warning && after.Path == w.Path {
								t.Errorf("%s: clearing %s leaves its warning: %s", where, w.Path, after.Message)
							}
						}
					case formShows(&a, caps, w.Path, shown):
					default:
						t.Errorf("%s: warning at %s, which no form shows and which is not marked to clear: %s", where, w.Path, w.Message)
					}
				}
			}
		}
	})
}

// everySetting is the template made for no provider, with every setting
// it has, plus the agent-wide ones a template leaves empty.
func everySetting(tmpl agent.Template) agent.Agent {
	a := tmpl.New("Front desk")
	if a.Greeting.Text == "" {
		a.Greeting.Text = "Hello, you are through to the front desk."
	}
	if a.Identity.Timezone == "" {
		a.Identity.Timezone = "Europe/Berlin"
	}
	return a
}

// moreSettings sets the agent-wide settings no template fills, so every
// section has something in it for the provider to warn about.
func moreSettings(a *agent.Agent) {
	f := func(v float64) *float64 { return &v }
	n := func(v int) *int { return &v }
	yes := func() *bool { v := true; return &v }
	a.Identity.Description, a.Identity.Tags, a.Identity.Channel = "Answers the phone.", []string{"desk"}, "voice"
	if a.Identity.Timezone == "" {
		a.Identity.Timezone = "Europe/Berlin"
	}
	a.LLM.TopP, a.LLM.MaxTokens = f(0.9), n(300)
	v := &a.Voice
	v.Stability, v.SimilarityBoost, v.Style, v.SpeakerBoost = f(0.5), f(0.7), f(0.1), yes()
	v.Volume, v.BackgroundSound, v.BackgroundLevel = f(1), "office", f(0.3)
	a.Speech.Keywords, a.Speech.LanguageSwitching = []string{"appointment"}, yes()
	a.Turn.Timeout, a.Turn.Interrupt.Enabled, a.Turn.VAD.Threshold = f(5), yes(), f(0.5)
	a.Turn.Silence.Enabled, a.Turn.Silence.RemindAfter, a.Turn.Silence.ReminderMessage = yes(), f(8), "Are you still there?"
	a.Turn.Fillers.Enabled, a.Turn.Backchannel.Enabled = yes(), yes()
	a.Greeting.Delay, a.Greeting.Interruptible, a.Greeting.VoicemailMessage = f(1), yes(), "Please call us back."
	a.Goodbye.Enabled, a.Goodbye.Message = yes(), "Goodbye."
	a.Limits.MaxDuration, a.Limits.WarningMessage, a.Limits.EndMessage, a.Limits.Concurrency = n(600), "One minute left.", "Time is up.", n(2)
}

// formShows mirrors the editor's jump (ui focusField): the section's form
// shows path, or path lies in one of the section's lists.
func formShows(a *agent.Agent, caps agent.Capabilities, path string, shown map[string][]string) bool {
	info, ok := agent.FieldByPath(path)
	if !ok || !forms.SectionSupported(info.Section, caps) {
		return false
	}
	paths, built := shown[info.Section]
	if !built {
		paths = forms.NewSection(info.Section, a, caps, forms.Options{}).Paths()
		shown[info.Section] = paths
	}
	if slices.Contains(paths, path) {
		return true
	}
	for _, l := range forms.Lists(info.Section, caps) {
		if path == l.ID {
			return true
		}
		i, rest, ok := agent.ItemAt(path, l.ID)
		if !ok {
			continue
		}
		if rest == "" || i >= len(forms.Items(l.ID, a)) {
			return rest == ""
		}
		for _, sub := range forms.ItemLists(l.ID, i, caps) {
			if path == sub.ID || strings.HasPrefix(path, sub.ID+"[") {
				return true
			}
		}
		return slices.Contains(forms.NewItem(l.ID, i, a, caps, forms.Options{}).Paths(), path)
	}
	return false
}
