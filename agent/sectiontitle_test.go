package agent

import "testing"

func TestSectionTitleAndJoinNonEmpty(t *testing.T) {
	t.Parallel()
	if got := SectionTitle(SectionBrain); got != "Brain (LLM)" {
		t.Errorf("SectionTitle(brain) = %q", got)
	}
	if got := SectionTitle("no-such"); got != "no-such" {
		t.Errorf("an unknown section's title is %q, want its id", got)
	}
	if got := JoinNonEmpty(" · ", " English ", "", "  ", "female"); got != "English · female" {
		t.Errorf("JoinNonEmpty = %q", got)
	}
}
