package cli

import (
	"strings"
	"testing"
)

// Issue 17: validate, push, diff and history name a provider's own
// setting by its table's label ("Brain (LLM) › Repetition penalty"), as the
// forms do, never by its key in plain letters ("Frequency penalty").
func TestCommandsNameProviderSettingsByTheirLabels(t *testing.T) {
	t.Parallel()
	c, _ := dashaCLI(t)
	id := dashaRun(t, c, "new", "--provider", "dasha", "--template", "support", "Words")
	s := dashaStore(t, c)
	set := func(v any) {
		t.Helper()
		d, err := s.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		d.Agent.Settings = d.Agent.Settings.With("dasha", "frequency_penalty", v)
		if err := s.Save(&d); err != nil {
			t.Fatal(err)
		}
	}
	const label = "Brain (LLM) › Repetition penalty"
	noKey := func(what, out string) {
		t.Helper()
		if !strings.Contains(out, label) || strings.Contains(out, "requency penalty") {
			t.Errorf("%s does not name the setting %q:\n%s", what, label, out)
		}
	}

	set(7.0)
	_, out, errOut := c.run("validate", id)
	noKey("validate", out+errOut)
	_, out, errOut = c.run("push", id)
	noKey("a refused push", out+errOut)

	set(0.5)
	dashaRun(t, c, "push", id)
	set(1.5)
	noKey("diff", dashaRun(t, c, "diff", id))
	dashaRun(t, c, "push", id)
	_, out, errOut = c.run("history", id)
	noKey("history", out+errOut)
}
