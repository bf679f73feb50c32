package ui

import (
	"context"
	"strings"
	"testing"
	"time"
)

func runPlain(t *testing.T, h *harness, input string) string {
	t.Helper()
	var out strings.Builder
	deps := h.app.sh.deps
	if err := RunAccessible(context.Background(), deps, strings.NewReader(input), &out); err != nil {
		t.Fatalf("the accessible session failed: %v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Fatalf("the accessible output carries escape codes:\n%q", out.String())
	}
	return out.String()
}

func TestAccessibleMakesADraftByQuestionsAndAnswers(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	// Make a new draft; Receptionist; Dasha; a name; then quit.
	out := runPlain(t, h, "1\n2\n4\nFront desk\n12\n3\n")
	d := h.store.only()
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
	h := newHarness(t)
	d := h.seed("Desk", "trillet", "blank")
	// Open the draft, Basics, type a new name, and let the input end.
	out := runPlain(t, h, "1\n1\nNight line\n")
	got := h.store.get(d.ID)
	if got.Agent.Identity.Name != "Night line" || got.Revision <= d.Revision {
		t.Fatalf("the name on disk is %q at revision %d\n%s", got.Agent.Identity.Name, got.Revision, out)
	}
	if !strings.Contains(out, "Desk, for Trillet, new, last edit just now") {
		t.Fatalf("the drafts list did not read out the draft:\n%s", out)
	}
}

func TestAccessibleListsCanBeChanged(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "trillet", "blank")
	// Open, Variables & webhooks (9): yes to change Variables, add one,
	// name it, give a value.
	runPlain(t, h, "1\n9\n2\n1\ncity\nLeeds\n")
	got := h.store.get(d.ID).Agent.Variables
	if len(got) != 1 || got[0].Name != "city" || got[0].Value != "Leeds" {
		t.Fatalf("the variables on disk are %+v", got)
	}
}

func TestAccessibleStopsWhenTheInputEnds(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
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
