package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/agent/errtext"
)

// Issue 17: every provider's own setting (Capabilities().Settings, and the
// fields of its records) reads in plain words wherever a person meets it —
// its label and whole help (f2, the accessible front end, `fields`), its
// choices, its name in a problem — and never as its key in plain letters.

func TestEveryProviderSettingsHelpIsPlain(t *testing.T) {
	t.Parallel()
	total := 0
	eachOfflineProvider(t, func(d agent.Descriptor, p agent.Provider) {
		caps := p.Capabilities()
		for _, s := range caps.Settings {
			total++
			path := agent.SettingPath(caps.Provider, s.Key)
			checkSettingWords(t, d.ID(), path, s)
			if got := agent.LabelWith(caps, nil, path); !strings.HasSuffix(got, " › "+s.Label) {
				t.Errorf("%s: %s is named %q, not by its label %q", d.ID(), path, got, s.Label)
			}
			for _, f := range s.Items {
				field := path + "[1]." + f.Key
				checkSettingWords(t, d.ID(), field, f)
				if want := s.Label + " 2 › " + f.Label; agent.LabelWith(caps, nil, field) != want {
					t.Errorf("%s: %s is named %q, want %q", d.ID(), field, agent.LabelWith(caps, nil, field), want)
				}
			}
		}
	})
	if total == 0 {
		t.Fatal("no provider lists settings of its own")
	}
}

func checkSettingWords(t *testing.T, provider, path string, s agent.Setting) {
	t.Helper()
	where := provider + " setting " + path
	if strings.TrimSpace(s.Label) == "" || strings.TrimSpace(s.Help) == "" {
		t.Errorf("%s has no label or no help", where)
	}
	checkPlain(t, where+" label", s.Label)
	full := s.FullHelp()
	checkPlain(t, where+" help", full)
	if s.Undocumented && !strings.Contains(full, "Free text: the docs list no values") {
		t.Errorf("%s is undocumented, and its help does not say so: %q", where, full)
	}
	if s.ReadOnly != "" && !strings.Contains(full, "Read-only here") {
		t.Errorf("%s is read-only, and its help does not say why: %q", where, full)
	}
	for _, c := range s.Spec.Choices {
		if c.Label != "" {
			checkPlain(t, where+" choice", c.Label)
		}
	}
}

// A wrong value in each setting makes a problem named by the setting's
// label in every sentence that reports it.
func TestEverySettingsProblemIsNamedByItsLabel(t *testing.T) {
	t.Parallel()
	named := 0
	eachOfflineProvider(t, func(d agent.Descriptor, p agent.Provider) {
		caps := p.Capabilities()
		a := agent.Templates[0].New("Plain")
		for _, s := range caps.Settings {
			if s.ReadOnly == "" && (s.Kind == agent.KindNumber || s.Kind == agent.KindInteger || s.Kind == agent.KindBool) {
				a.Settings = a.Settings.With(caps.Provider, s.Key, "not a value")
			}
		}
		for _, pr := range p.Validate(&a) {
			s, ok := caps.Setting(pr.Path)
			if !ok {
				continue
			}
			named++
			where := fmt.Sprintf("%s problem at %s", d.ID(), pr.Path)
			lines := errtext.ProblemLinesWith(caps, agent.Problems{pr}, false)
			sentence := errtext.SentenceWith(agent.Problems{pr}, d.Info.Name, caps)
			for _, text := range []string{lines, sentence} {
				checkPlain(t, where, text)
				if !strings.Contains(text, s.Label) {
					t.Errorf("%s: %q does not name %q", where, text, s.Label)
				}
			}
		}
	})
	if named == 0 {
		t.Fatal("no wrong setting value made a problem")
	}
}
