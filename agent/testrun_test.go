package agent

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// talker is a provider that can talk in text: it fails every test it runs.
type talker struct {
	Provider
	ran [][]TestCase
}

func (talker) Info() ProviderInfo { return ProviderInfo{ID: "el", Name: "Talker"} }
func (talker) Reply(context.Context, string, []ChatTurn, TestSession) ([]ChatTurn, error) {
	return nil, nil
}

func (talker) Simulate(context.Context, string, Scenario, TestSession) ([]ChatTurn, error) {
	return nil, nil
}

func (p *talker) RunTests(_ context.Context, _ string, tests []TestCase, _ TestSession) ([]TestResult, error) {
	p.ran = append(p.ran, tests)
	return []TestResult{
		{Name: "hours", Passed: true},
		{Name: "books", Why: "The agent did not\ncall the tool.", Transcript: []ChatTurn{
			{Role: RoleCaller, Text: "Book me"}, {Role: RoleAgent, Text: "Sure,  one moment.", Tools: []ToolCall{{Name: "lookup", Params: `{"a":1}`}}},
		}},
	}, nil
}

type silent struct{ Provider }

func (silent) Info() ProviderInfo { return ProviderInfo{ID: "q", Name: "Quiet"} }

func TestNewTestTargetSaysWhyNot(t *testing.T) {
	t.Parallel()
	d := Draft{ID: "d1", Provider: "el"}
	if _, err := NewTestTarget(silent{}, d, DefaultEnv); !errors.Is(err, ErrNoTester) {
		t.Errorf("a provider with no Tester: %v", err)
	}
	if _, err := NewTestTarget(&talker{}, d, DefaultEnv); !errors.Is(err, ErrNotPushed) {
		t.Errorf("a draft never pushed: %v", err)
	}
	d.SetRemote(Remote{ID: "agent_9"})
	tg, err := NewTestTarget(&talker{}, d, DefaultEnv)
	if err != nil || tg.RemoteID != "agent_9" || tg.Name() != "Talker" {
		t.Fatalf("target = %+v, %v", tg, err)
	}
	if w := NoTesterWords("Quiet"); !strings.HasPrefix(w, "Quiet offers no way to talk to an agent in text") {
		t.Errorf("words: %s", w)
	}
}

func TestRunTestsChecksThenReportsInPlainWords(t *testing.T) {
	t.Parallel()
	p := &talker{}
	d := Draft{ID: "d1", Provider: "el"}
	d.SetRemote(Remote{ID: "agent_9"})
	tg, _ := NewTestTarget(p, d, DefaultEnv)
	var ids []string
	s := tg.Session(func(provider, env string) TestIDs { ids = append(ids, provider+"/"+env); return nil }, nil, nil)
	if s.Owner != "d1" || s.Env != DefaultEnv || strings.Join(ids, ",") != "el/default" {
		t.Errorf("session = %+v, ids asked for %v", s, ids)
	}
	if _, err := tg.RunTests(t.Context(), nil, s); !errors.Is(err, ErrNoTests) {
		t.Errorf("no tests: %v", err)
	}
	var problems TestProblems
	if _, err := tg.RunTests(t.Context(), []TestCase{{Name: ""}}, s); !errors.As(err, &problems) || len(problems) != 1 {
		t.Errorf("a test with no name: %v", err)
	}
	if len(p.ran) != 0 {
		t.Fatal("tests that cannot run were sent")
	}
	rep, err := tg.RunTests(t.Context(), []TestCase{{Name: "hours", Opening: []string{"Open?"}, MustContain: []string{"nine"}}}, s)
	if err != nil || len(p.ran) != 1 {
		t.Fatal(err)
	}
	if got := rep.Summary(); got != "1 of 2 tests failed." {
		t.Errorf("summary = %q", got)
	}
	if l := rep.Results[0].Line() + "|" + rep.Results[1].Line(); l != "pass  hours|FAIL  books" {
		t.Errorf("lines = %q", l)
	}
	want := "\"books\" failed: The agent did not call the tool.\n  The agent answered: Sure, one moment.\n  It called the tool lookup {\"a\":1}"
	if got := rep.Failures()[0].FailureWords(); got != want {
		t.Errorf("failure words:\n%s\nwant:\n%s", got, want)
	}
	if got := (TestReport{Results: rep.Results[:1]}).Summary(); got != "All 1 test passed." {
		t.Errorf("summary = %q", got)
	}
	if got := strings.Join(TurnLines(rep.Results[1].Transcript[1]), "\n"); got != "Agent:  Sure, one moment.\n        ↳ calls the tool lookup {\"a\":1}" {
		t.Errorf("turn lines:\n%s", got)
	}
}

func TestCheckScenario(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		sc   Scenario
		want string
	}{
		{Scenario{Caller: "  "}, "describe the caller"},
		{Scenario{Caller: "Angry", MaxTurns: 51}, "from 1 to 50"},
		{Scenario{Caller: "Angry", MaxTurns: -1}, "from 1 to 50"},
		{Scenario{Caller: "Angry"}, ""},
		{Scenario{Caller: "Angry", MaxTurns: 50}, ""},
	} {
		err := CheckScenario(c.sc)
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v: %v, want %q", c.sc, err, c.want)
		}
	}
}
