package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// longHelpProvider has a language field with a long provider note (the
// help) and a closed list the draft's value is not on (a long problem).
func longHelpProvider() *scriptProvider {
	p := newScriptProvider("elevenlabs")
	var langs []string
	for _, l := range []string{"English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Polish", "Swedish", "Norwegian", "Danish", "Finnish", "Czech", "Slovak"} {
		langs = append(langs, l+" (spoken)")
	}
	spec := p.caps.Fields["identity.language"]
	spec.Choices, spec.Closed = choices(langs...), true
	spec.Note = strings.Repeat("This provider reads the language to pick its speech models and the accent of the greeting. ", 3) + "The end of the note."
	p.caps.Fields["identity.language"] = spec
	return p
}

// readAll scrolls the open question to its end and back, gathering every
// line it shows, as one text with the box and spacing taken away.
func (h *harness) readAll() string {
	var seen []string
	grab := func() {
		for _, row := range strings.Split(h.view(), "\n") {
			seen = append(seen, strings.Trim(row, "│ "))
		}
	}
	grab()
	for range 40 {
		h.press(h.keys().Dialog.ScrollDown)
		grab()
	}
	return strings.Join(strings.Fields(strings.Join(seen, " ")), " ")
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// At 80×24 a problem cut short on its line, and the focused field's long
// help, read whole with f2: the line names the key, the question shows
// every word and scrolls, and no line of it ends in "…".
func TestF2ReadsTheFocusedFieldsHelpAndProblemWhole(t *testing.T) {
	t.Parallel()
	h, d := openEditorWith(t, longHelpProvider(), func(d *agent.Draft) { d.Agent.Identity.Language = "Klingon" })
	h.editField(agent.SectionBasics, "identity.language")
	h.requireView("(f2: all)")
	var problem string
	for _, p := range h.editor().sectionProblems(agent.SectionBasics) {
		if p.Path == "identity.language" && len(p.Message) > len(problem) {
			problem = p.Message
		}
	}
	if len(problem) < 60 {
		t.Fatalf("the test needs a long problem, got %q", problem)
	}
	h.press(h.keys().Global.Explain)
	if _, ok := h.app.dialog.(*explainDialog); !ok {
		t.Fatalf("f2 showed no text in full:\n%s", h.view())
	}
	for _, row := range strings.Split(h.view(), "\n") {
		if strings.HasSuffix(strings.TrimRight(row, "│ "), "…") {
			t.Fatalf("a line ends in …:\n%s", h.view())
		}
	}
	all := h.readAll()
	for _, want := range []string{"The end of the note.", "Language: " + flat(problem)} {
		if !strings.Contains(all, want) {
			t.Fatalf("the full text lacks %q; read:\n%s", want, all)
		}
	}
	h.press(h.keys().Dialog.Confirm)
	if h.app.dialog != nil || h.store.get(d.ID).Agent.Identity.Language != "Klingon" {
		t.Fatal("closing the text did not close it, or changed the draft")
	}
	h.requireView("Language")
}

// On review, f2 reads the problem under the cursor whole.
func TestF2ReadsTheReviewProblemWhole(t *testing.T) {
	t.Parallel()
	h, _ := openEditorWith(t, longHelpProvider(), func(d *agent.Draft) { d.Agent.Identity.Language = "Klingon" })
	h.press(h.keys().Editor.Review)
	r, ok := h.top().(*reviewScreen)
	if !ok || len(r.problems) == 0 {
		t.Fatalf("no review with problems:\n%s", h.view())
	}
	p := r.problems[r.cursor]
	h.press(h.keys().Global.Explain)
	if _, ok := h.app.dialog.(*explainDialog); !ok {
		t.Fatalf("f2 showed no text in full:\n%s", h.view())
	}
	if all := h.readAll(); !strings.Contains(all, flat(problemLabel(r.provider.Capabilities(), p.Path)+": "+p.Message)) {
		t.Fatalf("f2 did not show %q whole; read:\n%s", p.Message, all)
	}
}
