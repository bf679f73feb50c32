package ui

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// openWizard opens the new-draft wizard on an empty drafts list, 80 by 24.
func openWizard(t *testing.T) (*harness, KeyMap) {
	t.Helper()
	h := newHarness(t).start(80, 24)
	k := h.keys()
	h.press(k.Drafts.New)
	return h, k
}

func TestWizardCreatesTheDraftAtOnceAndOpensTheEditor(t *testing.T) {
	t.Parallel()
	h, k := openWizard(t)
	h.press(k.Editor.Down) // Receptionist
	h.press(k.Dialog.Confirm)
	for i := 0; i < 3; i++ { // Dasha
		h.press(k.Editor.Down)
	}
	h.press(k.Dialog.Confirm)
	h.typeText("Front desk")
	h.press(k.Dialog.Confirm)

	d := h.store.only()
	if d.Name != "Front desk" || d.Provider != "dasha" || d.Template != "receptionist" || d.Revision != 1 {
		t.Fatalf("saved %q for %q from %q at revision %d", d.Name, d.Provider, d.Template, d.Revision)
	}
	if d.Agent.Identity.Name != "Front desk" || d.Agent.LLM.Prompt == "" {
		t.Fatalf("the agent was not built from the template: %+v", d.Agent.Identity)
	}
	if e := h.editor(); e.draft.ID != d.ID {
		t.Fatalf("the editor opened %q, want the new draft %q", e.draft.ID, d.ID)
	}
	if len(h.app.stack) != 2 {
		t.Fatalf("the wizard stayed on the stack: %d screens", len(h.app.stack))
	}
	h.press(k.Global.Back)
	h.requireView("Front desk", "Dasha", "new")
}

func TestWizardEscGoesBackOneStepAndNeverLosesTheAnswers(t *testing.T) {
	t.Parallel()
	h, k := openWizard(t)
	h.press(k.Dialog.Confirm)
	h.press(k.Editor.Down) // Trillet
	h.press(k.Dialog.Confirm)
	h.requireView("Name your draft", "step 3 of 3")
	h.press(k.Global.Back)
	h.requireView("Pick a provider", "step 2 of 3")
	if w := h.top().(*wizardScreen); w.provider != "trillet" {
		t.Fatalf("going back lost the provider: %q", w.provider)
	}
	h.press(k.Global.Back)
	h.requireView("Pick a template")
	h.press(k.Global.Back)
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("esc on the first step left %T on top", h.top())
	}
	if h.store.count() != 0 {
		t.Fatal("cancelling the wizard saved a draft")
	}
}

func TestWizardRefusesAnEmptyOrTakenName(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		typed string
		want  string
	}{
		"empty":       {"", "type a name for the draft"},
		"taken":       {"front DESK ", "you already have a draft called that"},
		"only spaces": {"   ", "type a name for the draft"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.seed("Front desk", "nova", "blank")
			h.start(80, 24)
			k := h.keys()
			h.press(k.Drafts.New)
			h.press(k.Dialog.Confirm)
			h.press(k.Dialog.Confirm)
			h.typeText(c.typed)
			h.press(k.Dialog.Confirm)
			h.requireView(c.want)
			if h.store.count() != 1 {
				t.Fatal("a draft was saved with a bad name")
			}
		})
	}
}

func TestWizardSaveFailureSaysWhyAndKeepsTheName(t *testing.T) {
	t.Parallel()
	h := newHarness(t).start(80, 24)
	h.store.saveErr = fs.ErrPermission
	k := h.keys()
	h.press(k.Drafts.New)
	h.press(k.Dialog.Confirm)
	h.press(k.Dialog.Confirm)
	h.typeText("Night line")
	h.press(k.Dialog.Confirm)
	h.requireView("Could not save the new draft", "not allowed to write")
	w, ok := h.top().(*wizardScreen)
	if !ok || w.name != "Night line" || w.step() != 2 {
		t.Fatalf("after a failed save the wizard is %T on step %d with %q", h.top(), w.step(), w.name)
	}
	h.store.saveErr = nil
	h.press(k.Dialog.Confirm)
	if d := h.store.only(); d.Name != "Night line" {
		t.Fatalf("retrying did not save: %+v", d)
	}
	if !errors.Is(fs.ErrPermission, fs.ErrPermission) || strings.Contains(h.view(), "Could not save") {
		t.Fatalf("the error stayed after the retry:\n%s", h.view())
	}
}

func TestWizardWithNoProvidersSaysSoAndGoesBack(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.providers.none = true
	h.start(80, 24)
	h.press(h.keys().Drafts.New)
	h.requireView("no providers to make a draft for")
	h.press(h.keys().Global.Back)
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("esc left %T on top", h.top())
	}
}
