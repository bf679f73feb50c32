package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// A provider's refusal is told in its own words and the fields' labels:
// its message, each field by label, and a complaint it could place on no
// field by its message. Its locations (wire paths) show only under details.
func TestSubmitRefusalShowsTheProvidersWordsNotItsPaths(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	long := "Parameter names must be unique within one tool, and each must start with a letter; rename the second parameter so that the two can be told apart by the model."
	p.failNext("create", &agent.ProviderError{
		Provider: "elevenlabs", Op: "create", Kind: agent.ErrInvalid, Status: 400,
		Message: "One or more validation errors occurred.",
		Fields: []agent.FieldError{
			{Path: "voice.speed", Loc: "config.tts.speed", Message: "Speed must be at most 1.2"},
			{Path: "params[1].name", Loc: "params[1].name", Message: long},
		},
	})
	h, _ := openEditorWith(t, p, nil)
	h.submitFromEditor()
	h.requireView("ElevenLabs refused 1 setting", "Voice › Speed: Speed must be at most 1.2",
		"ElevenLabs said:", "One or more validation errors occurred.", "the model.")
	flat := strings.Join(strings.Fields(h.view()), " ")
	if !strings.Contains(flat, long) {
		t.Fatalf("the provider's message is not whole:\n%s", h.view())
	}
	for _, wire := range []string{"params[1]", "config.tts", "voice.speed", "…"} {
		if strings.Contains(h.view(), wire) {
			t.Fatalf("the default view shows %q:\n%s", wire, h.view())
		}
	}
	h.press(h.keys().Submit.Detail)
	h.requireView("params[1].name")
}

// A refusal longer than an 80×24 screen is cut with the key that reads
// it, and f2 shows every refused setting.
func TestSubmitRefusalLongerThanTheScreenReadsWholeWithF2(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	var fields []agent.FieldError
	paths := []string{"voice.speed", "identity.name", "identity.description", "llm.temperature", "llm.prompt", "greeting.text", "voice.voice_id", "llm.model"}
	for _, path := range paths {
		fields = append(fields, agent.FieldError{Path: path, Loc: "conversation_config." + path, Message: "This value is not accepted here; pick one from the list the provider offers for this setting, or leave it empty."})
	}
	p.failNext("create", &agent.ProviderError{Provider: "elevenlabs", Op: "create", Kind: agent.ErrInvalid, Status: 422, Message: "Invalid configuration.", Fields: fields})
	h, _ := openEditorWith(t, p, nil)
	h.submitFromEditor()
	h.requireView("f2 reads all of it")
	h.press(h.keys().Global.Explain)
	if _, ok := h.app.dialog.(*explainDialog); !ok {
		t.Fatalf("f2 showed nothing:\n%s", h.view())
	}
	all := h.readAll()
	for _, path := range paths {
		if want := flat(agent.Label(path) + ": This value"); !strings.Contains(all, want) {
			t.Errorf("f2 lacks %q", want)
		}
	}
	if strings.Contains(all, "conversation_config") {
		t.Fatalf("f2 shows wire paths:\n%s", all)
	}
}
