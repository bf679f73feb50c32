package ui_test

// The accessible front end's tests live here, beside the fakes they run
// on (export_test.go), since ui/accessible cannot import ui's test files.

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
	"github.com/agentdeck/agentdeck/ui/accessible"
)

func runPlain(t *testing.T, h ui.FakeSession, input string) string {
	t.Helper()
	var out strings.Builder
	if err := accessible.Run(context.Background(), h.Deps(), strings.NewReader(input), &out); err != nil {
		t.Fatalf("the accessible session failed: %v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Fatalf("the accessible output carries escape codes:\n%q", out.String())
	}
	return out.String()
}

// deskSession is a fake session with one blank Trillet draft, "Desk".
func deskSession(t *testing.T) (ui.FakeSession, agent.Draft) {
	t.Helper()
	h := ui.NewFakeSession(t)
	return h, h.Seed("Desk", "trillet", "blank")
}

func TestAccessibleMakesADraftByQuestionsAndAnswers(t *testing.T) {
	t.Parallel()
	h := ui.NewFakeSession(t)
	// Make a new draft; Receptionist; Dasha; a name; then quit.
	out := runPlain(t, h, "1\n2\n4\nFront desk\n12\n4\n")
	d := h.OnlyDraft()
	if d.Name != "Front desk" || d.Provider != "dasha" || d.Template != "receptionist" {
		t.Fatalf("made %q for %q from %q\n%s", d.Name, d.Provider, d.Template, out)
	}
	for _, want := range []string{"You have no drafts yet", "Receptionist", "Created “Front desk”", "Which section?", "Calling hours: complete"} {
		if !strings.Contains(out, want) {
			t.Errorf("the session never said %q:\n%s", want, out)
		}
	}
}

func TestAccessibleEditsASectionAndSavesIt(t *testing.T) {
	t.Parallel()
	h, d := deskSession(t)
	// Open the draft, Basics, type a new name, and let the input end.
	out := runPlain(t, h, "1\n1\nNight line\n")
	got := h.Draft(d.ID)
	if got.Agent.Identity.Name != "Night line" || got.Revision <= d.Revision {
		t.Fatalf("the name on disk is %q at revision %d\n%s", got.Agent.Identity.Name, got.Revision, out)
	}
	if !strings.Contains(out, "Desk, for Trillet, new, last edit just now") {
		t.Fatalf("the drafts list did not read out the draft:\n%s", out)
	}
}

func TestAccessibleListsCanBeChanged(t *testing.T) {
	t.Parallel()
	h, d := deskSession(t)
	// Open, Variables & webhooks (9): yes to change Variables, add one,
	// name it, give a value.
	runPlain(t, h, "1\n9\n2\n1\ncity\nLeeds\n")
	got := h.Draft(d.ID).Agent.Variables
	if len(got) != 1 || got[0].Name != "city" || got[0].Value != "Leeds" {
		t.Fatalf("the variables on disk are %+v", got)
	}
}

func TestAccessibleStopsWhenTheInputEnds(t *testing.T) {
	t.Parallel()
	h := ui.NewFakeSession(t)
	done := make(chan string, 1)
	go func() { done <- runPlain(t, h, "") }()
	select {
	case out := <-done:
		if !strings.Contains(out, "accessible mode") {
			t.Fatalf("unexpected output:\n%s", out)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the session kept asking after its input ended")
	}
}

// TestAccessibleOutputCarriesNoRawControls: the plain session for screen
// readers and dumb terminals lists a hostile name with nothing raw in it.
func TestAccessibleOutputCarriesNoRawControls(t *testing.T) {
	t.Parallel()
	h := ui.NewFakeSession(t)
	h.Seed(ui.HostileName, "trillet", "receptionist")
	out := runPlain(t, h, "")
	if !strings.Contains(out, "Front desk") {
		t.Fatalf("the draft is not listed:\n%s", out)
	}
	for _, r := range out {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			t.Fatalf("the plain session printed %q raw:\n%q", r, out)
		}
	}
}

// TestAccessibleFetchesTheListsOfProviderSettings: a section whose
// provider setting is picked from a live list (ElevenLabs' saved secrets)
// has that list read as the section opens, as for the model's fields.
func TestAccessibleFetchesTheListsOfProviderSettings(t *testing.T) {
	t.Parallel()
	const path = "settings.elevenlabs.custom_llm_api_key_secret_id"
	h, asked := ui.NewFakeSessionWithSettingList(t, agent.Setting{
		Key: "custom_llm_api_key_secret_id", Section: agent.SectionBrain, Group: "Custom language model",
		Label: "Key saved in ElevenLabs", Help: "A saved secret, chosen by name.", Kind: agent.KindText, Advanced: true,
		Spec: agent.FieldSpec{Live: true},
	}, func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		return []agent.Choice{{Value: "sec_1", Label: "LLM server key"}}, nil
	})
	h.Seed("Desk", "elevenlabs", "blank")
	// Open the draft, then the Brain section, and let the input end.
	out := runPlain(t, h, "1\n2\n")
	if n := asked(path); n != 1 {
		t.Fatalf("the saved secrets were asked for %d times, want once:\n%s", n, out)
	}
}
