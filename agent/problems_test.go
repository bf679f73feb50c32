package agent

import "testing"

func TestProblemsErrorsAndAt(t *testing.T) {
	t.Parallel()
	var ps Problems
	ps.Add("tools[0].name", "give the tool a name")
	ps.Add("tools[1].url", "enter the web address")
	ps.Warn("voice.style", "not sent")
	ps.Add("toolset", "unrelated")
	if got := len(ps.Errors()); got != 3 {
		t.Errorf("Errors() = %d problems, want 3 (the warning left out)", got)
	}
	if got := ps.At("tools"); len(got) != 2 {
		t.Errorf("At(tools) = %v, want the two tool problems and not toolset", got)
	}
	if got := ps.At("tools[1]"); len(got) != 1 || got[0].Path != "tools[1].url" {
		t.Errorf("At(tools[1]) = %v", got)
	}
}
