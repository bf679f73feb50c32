package agent

import (
	"strings"
	"testing"
)

func TestCheckTests(t *testing.T) {
	t.Parallel()
	ok := []TestCase{
		{Name: "hours", Opening: []string{"Open?"}, MustContain: []string{"nine"}},
		{Name: "tool", Opening: []string{"Bye"}, Tool: &ToolCheck{Name: "end_call"}},
		{Name: "sim", Caller: "A shy caller"},
	}
	if ps := CheckTests(ok); len(ps) != 0 {
		t.Errorf("good tests: %v", ps)
	}
	bad := []TestCase{
		{Name: ""},
		{Name: "a", Opening: []string{" "}},
		{Name: "A", Opening: []string{"x"}, MustContain: []string{"y"}},
		{Name: "t", Tool: &ToolCheck{}},
		{Name: "s", Caller: "c", MaxTurns: 51},
	}
	got := strings.Join(CheckTests(bad), "\n")
	for _, w := range []string{
		"Test 1 has no name", `The test "a" needs the caller's opening lines`, `The test "a" says nothing the answer must or must not contain`,
		`The test "A" appears twice`, `The test "t" checks for a tool call but names no tool`, `The test "s" may take from 1 to 50 turns, not 51`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("problems do not say %q:\n%s", w, got)
		}
	}
	if k := bad[3].Kind(); k != TestKindTool {
		t.Errorf("kind = %s", k)
	}
}

func TestAnswerJoinsTheAgentsWords(t *testing.T) {
	t.Parallel()
	r := TestResult{Transcript: []ChatTurn{{Role: RoleCaller, Text: "hi"}, {Role: RoleAgent, Text: "Hello"}, {Role: RoleAgent, Text: " there "}}}
	if got := r.Answer(); got != "Hello / there" {
		t.Errorf("answer = %q", got)
	}
}
