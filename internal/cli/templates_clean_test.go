package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/agentdeck/agentdeck/ui"
)

// TestNewDraftIsClean: every template, for every provider, fresh from
// `agentdeck new` and from the wizard, validates with no problems and no
// warnings — the template fills only what the provider can carry.
func TestNewDraftIsClean(t *testing.T) {
	t.Parallel()
	reg := newRegistry()
	eachOfflineProvider(t, func(d agent.Descriptor, p agent.Provider) {
		for _, tmpl := range agent.Templates {
			t.Run(d.ID()+"/"+tmpl.ID, func(t *testing.T) {
				t.Parallel()
				c := newCLI(t)
				code, stdout, stderr := c.run("new", "Front desk", "--provider", d.ID(), "--template", tmpl.ID)
				if code != exitOK {
					t.Fatalf("new: exit %d, stderr %q", code, stderr)
				}
				store, err := storage.Open(c.path("drafts"))
				if err != nil {
					t.Fatal(err)
				}
				saved, err := store.Load(strings.TrimSpace(stdout))
				if err != nil {
					t.Fatal(err)
				}
				if ps := p.Validate(&saved.Agent); len(ps) > 0 {
					t.Errorf("agentdeck new: a fresh draft has problems:\n%v", ps)
				}
				wiz := ui.DraftFromTemplate(newProviderSet(&connections{providers: reg}), tmpl.ID, d.ID(), "Front desk", time.Unix(0, 0))
				if ps := p.Validate(&wiz.Agent); len(ps) > 0 {
					t.Errorf("wizard: a fresh draft has problems:\n%v", ps)
				}
				if code, out, _ := c.run("validate", strings.TrimSpace(stdout)); code != exitOK || out != "" {
					t.Errorf("agentdeck validate: exit %d, listed %q", code, out)
				}
			})
		}
	})
}

// TestNewDraftTakesTheProvidersOwnValues: a value outside the provider's
// list is put in the list's own form, not kept as an "Other" value.
func TestNewDraftTakesTheProvidersOwnValues(t *testing.T) {
	t.Parallel()
	reg := newRegistry()
	for id, want := range map[string]string{"elevenlabs": "en", "trillet": "en", "dasha": "en-US"} {
		d, _ := reg.Lookup(id)
		p, err := d.Offline()
		if err != nil {
			t.Fatal(err)
		}
		if got := agent.Templates[0].For("x", p).Identity.Language; got != want {
			t.Errorf("%s: language %q, want %q", id, got, want)
		}
	}
}

// TestNewDraftKeepsWhatTheProviderCarries: fitting drops only what the
// provider cannot carry; Dasha hears the greeting through the prompt and
// detects machines instead of a voicemail tool.
func TestNewDraftKeepsWhatTheProviderCarries(t *testing.T) {
	t.Parallel()
	reg := newRegistry()
	el, _ := reg.Lookup("elevenlabs")
	p, _ := el.Offline()
	a := agent.Templates[3].For("x", p) // support
	if len(a.Tools) != 1 || a.Tools[0].Params[0].In != "query" || a.Greeting.Text == "" {
		t.Errorf("ElevenLabs support agent lost what ElevenLabs carries: %+v", a)
	}
	da, _ := reg.Lookup("dasha")
	p, _ = da.Offline()
	a = agent.Templates[2].For("x", p) // reminder
	if !strings.Contains(a.LLM.Prompt, "Open the call with:") || a.Telephony.MachineDetection == nil || !*a.Telephony.MachineDetection {
		t.Errorf("Dasha reminder: prompt %q, machine detection %v", a.LLM.Prompt, a.Telephony.MachineDetection)
	}
	if !a.Schedule.IsSet() || a.Schedule.Timezone == "" {
		t.Errorf("Dasha reminder lost its calling hours: %+v", a.Schedule)
	}
}
