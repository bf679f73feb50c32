package forms

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/agentdeck/agentdeck/agent"
)

// runAccessible runs s's form in huh's accessible mode, answering with the
// given lines and then pressing Enter on every remaining question.
func runAccessible(t *testing.T, s *Section, answers string) string {
	t.Helper()
	in := answers + strings.Repeat("\n", 400)
	var out bytes.Buffer
	// One byte at a time: huh starts a new line scanner for every question,
	// and a buffering reader would hand all the answers to the first.
	err := s.Form.WithAccessible(true).WithInput(iotest.OneByteReader(strings.NewReader(in))).WithOutput(&out).Run()
	if err != nil {
		t.Fatalf("accessible run: %v", err)
	}
	return out.String()
}

func TestAccessibleEnterKeepsEveryValue(t *testing.T) {
	for _, cc := range fakeCaps() {
		for _, sec := range agent.Sections {
			a := fullAgent(t)
			a.Identity.Language = "cy-GB" // not in any list: asked as "Other"
			before, _ := json.Marshal(a)
			s := NewSection(sec.ID, &a, cc.caps, Options{Accessible: true})
			runAccessible(t, s, "")
			if ps := s.Apply(&a); len(ps) > 0 {
				t.Errorf("%s/%s: %v", cc.name, sec.ID, ps)
			}
			if after, _ := json.Marshal(a); string(after) != string(before) {
				t.Errorf("%s/%s: pressing Enter everywhere changed the agent:\n%s\n%s", cc.name, sec.ID, before, after)
			}
		}
	}
}

func TestAccessibleAnswersAreApplied(t *testing.T) {
	a := templateAgent(t)
	s := NewSection(agent.SectionBasics, &a, capsDasha(), Options{Accessible: true})
	out := runAccessible(t, s, "Night desk\n")
	if ps := s.Apply(&a); len(ps) > 0 || a.Identity.Name != "Night desk" {
		t.Fatalf("name = %q (%v)\n%s", a.Identity.Name, ps, out)
	}
	if !strings.Contains(out, "Language: other value, used only if you chose Other (Enter skips)") {
		t.Errorf("the other-value question does not say when it applies:\n%s", out)
	}
}
