package ui

import (
	"testing"
)

// esc on a test's form asks before dropping what was typed: "Keep typing"
// goes back to the form as it was, "Drop it" closes it with no test kept.
// With nothing typed, esc closes the form without a question.
func TestEscOnATestFormAsksBeforeDroppingTyping(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "elevenlabs", "receptionist", nil)
	h.press(h.keys().Editor.Tests)
	s := topIs[*testsScreen](h, "tests")
	h.press(h.keys().Tests.Add)
	h.press(h.keys().Global.Back)
	if s.form != nil || h.app.dialog != nil {
		t.Fatalf("esc on an empty form did not just close it:\n%s", h.view())
	}
	h.press(h.keys().Tests.Add)
	h.typeText("hours")
	h.press(h.keys().Global.Back)
	requireDialog[*dropTestDialog](h)
	h.choose("Keep typing")
	if s.form == nil || s.fv.name != "hours" {
		t.Fatalf("Keep typing lost the form or its text:\n%s", h.view())
	}
	h.requireView("hours")
	h.press(h.keys().Global.Back)
	requireDialog[*dropTestDialog](h)
	h.choose("Drop it")
	if s.form != nil || len(s.tests) != 0 {
		t.Fatalf("Drop it left the form open or kept a test:\n%s", h.view())
	}
	h.requireView("No tests yet: press a to add one.")
}
