package forms

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Text that cannot go into a number is reported by Kept, and a form built
// with it shows it again with its error; the agent keeps its value.
func TestKeptTextComesBackWithItsError(t *testing.T) {
	t.Parallel()
	a := agent.Agent{}
	old := 0.3
	a.LLM.Temperature = &old
	s := NewSection(agent.SectionBrain, &a, capsEverything(), Options{})
	setText(t, s, "llm.temperature", "abc")
	if ps := s.Apply(&a); len(ps) != 1 || *a.LLM.Temperature != 0.3 {
		t.Fatalf("problems %v, temperature %v", ps, *a.LLM.Temperature)
	}
	kept := s.Kept()
	if kept["llm.temperature"] != "abc" || len(kept) != 1 {
		t.Fatalf("kept %v", kept)
	}

	again := NewSection(agent.SectionBrain, &a, capsEverything(), Options{Kept: kept})
	f := fieldAt(t, again, "llm.temperature")
	if f.value != "abc" || f.widget.Error() == nil || !strings.Contains(f.widget.Error().Error(), "number") {
		t.Fatalf("the rebuilt field holds %q with error %v", f.value, f.widget.Error())
	}
	// Untouched, it is still reported, and still kept.
	if ps := again.Apply(&a); len(ps) != 1 || again.Kept()["llm.temperature"] != "abc" {
		t.Fatalf("problems %v, kept %v", ps, again.Kept())
	}
	// Fixed, it is written and kept no more.
	setText(t, again, "llm.temperature", "0.9")
	if ps := again.Apply(&a); len(ps) != 0 || *a.LLM.Temperature != 0.9 || len(again.Kept()) != 0 {
		t.Fatalf("problems %v, temperature %v, kept %v", ps, *a.LLM.Temperature, again.Kept())
	}
}
