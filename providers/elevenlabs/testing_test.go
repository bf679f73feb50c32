package elevenlabs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// memIDs is TestIDs in memory.
type memIDs map[string]string

func (m memIDs) TestID(name string) string { return m[name] }
func (m memIDs) RememberTestID(name, id string) error {
	m[name] = id
	return nil
}

func testSetup(t *testing.T) (*elevenlabstest.Server, *Client, string, *[]string, agent.TestSession) {
	t.Helper()
	fake, c := fakeAndClient(t)
	id := fake.AddAgent(map[string]any{"name": "Front desk", "conversation_config": map[string]any{}})
	var calls []string
	s := agent.TestSession{
		Owner: "draft-1", IDs: memIDs{},
		Call: func(m, p string) { calls = append(calls, m+" "+p) },
	}
	return fake, c, id, &calls, s
}

var draftTests = []agent.TestCase{
	{Name: "hours", Opening: []string{"When are you open?"}, MustContain: []string{"open"}, MustNotContain: []string{"closed"}},
	{Name: "books", Opening: []string{"Book me for Monday"}, Tool: &agent.ToolCheck{Name: "check_slot", Params: map[string]string{"day": "monday"}}},
	{Name: "angry caller", Caller: "An angry caller whose order is late", MaxTurns: 3},
}

func TestRunTestsCreatesRunsAndReusesOwnTests(t *testing.T) {
	t.Parallel()
	fake, c, id, calls, s := testSetup(t)
	fake.SetReplier(func(_ string, h []elevenlabstest.Message) elevenlabstest.Reply {
		if strings.Contains(h[len(h)-1].Text, "Monday") {
			return elevenlabstest.Reply{Text: "Let me check.", Tools: []elevenlabstest.ToolCall{{Name: "check_slot", Params: map[string]any{"day": "monday"}}}}
		}
		return elevenlabstest.Reply{Text: "We are open from nine."}
	})
	res, err := c.RunTests(context.Background(), id, draftTests, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !r.Passed {
			t.Errorf("%s failed: %s (%q)", r.Name, r.Why, r.Answer())
		}
	}
	if got := res[1].Transcript[1].Tools; len(got) != 1 || got[0].Name != "check_slot" {
		t.Errorf("tool calls in the transcript = %+v", got)
	}
	tests := fake.Tests()
	if len(tests) != 3 || tests[0]["name"] != "agentdeck test · draft-1 · hours" || tests[2]["simulation_max_turns"] == nil {
		t.Fatalf("stored tests = %v", tests)
	}
	ref := tests[1]["tool_call_parameters"].(map[string]any)["referenced_tool"].(map[string]any)
	if ref["id"] != "tool_1" || ref["type"] != "webhook" {
		t.Errorf("referenced tool = %v, want the workspace tool check_slot", ref)
	}
	if len(fake.Calls("update")) != 0 {
		t.Error("testing changed the agent")
	}
	// The second run updates the same three tests and makes none.
	*calls = nil
	if _, err := c.RunTests(context.Background(), id, draftTests, s); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Tests()); n != 3 {
		t.Errorf("a second run left %d tests, want the same 3", n)
	}
	if n := len(fake.Calls("create test")); n != 3 {
		t.Errorf("creates = %d, want 3 (none on the second run)", n)
	}
	joined := strings.Join(*calls, "\n")
	for _, want := range []string{"PUT /v1/convai/agent-testing/test_1", "POST /v1/convai/agents/" + id + "/run-tests", "GET /v1/convai/test-invocations/inv_2"} {
		if !strings.Contains(joined, want) {
			t.Errorf("calls do not name %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, testKey) {
		t.Error("the calls list shows the key")
	}
}

func TestRunTestsFindsItsTestsByNameWhenTheRecordIsLost(t *testing.T) {
	t.Parallel()
	fake, c, id, _, s := testSetup(t)
	if _, err := c.RunTests(context.Background(), id, draftTests[:1], s); err != nil {
		t.Fatal(err)
	}
	if got := s.IDs.TestID("agentdeck test · draft-1 · hours"); got != "test_1" {
		t.Fatalf("remembered id = %q", got)
	}
	s.IDs = memIDs{"agentdeck test · draft-1 · hours": "test_gone"}
	res, err := c.RunTests(context.Background(), id, draftTests[:1], s)
	if err != nil {
		t.Fatal(err)
	}
	// One list on the first run (nothing remembered), one after the
	// remembered id was not found; no second create.
	if len(fake.Tests()) != 1 || len(fake.Calls("list tests")) != 2 || !res[0].Passed {
		t.Errorf("tests = %d, list calls = %d: a lost record must be found by name, not made again", len(fake.Tests()), len(fake.Calls("list tests")))
	}
}

func TestRunTestsReportsAFailureWithTheAnswer(t *testing.T) {
	t.Parallel()
	fake, c, id, _, s := testSetup(t)
	fake.SetReplier(func(string, []elevenlabstest.Message) elevenlabstest.Reply {
		return elevenlabstest.Reply{Text: "Sorry, we are closed."}
	})
	res, err := c.RunTests(context.Background(), id, draftTests[:1], s)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Passed || res[0].Answer() != "Sorry, we are closed." || res[0].Why == "" {
		t.Errorf("result = %+v", res[0])
	}
}

func TestPollingWaitsOutRateLimitsAndStopsOnCancel(t *testing.T) {
	t.Parallel()
	fake, c, id, _, s := testSetup(t)
	fake.SetPendingPolls(3)
	fake.Inject("poll", elevenlabstest.RateLimited(0))
	res, err := c.RunTests(context.Background(), id, draftTests[:1], s)
	if err != nil || !res[0].Passed {
		t.Fatalf("a rate-limited poll was not waited out: %v %+v", err, res)
	}
	fake.SetPendingPolls(1 << 20)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond) // long enough for a few polls
	defer cancel()
	_, err = c.RunTests(ctx, id, draftTests[:1], s)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "no way to cancel") {
		t.Errorf("a stopped run = %v", err)
	}
}

func TestReplyAndSimulate(t *testing.T) {
	t.Parallel()
	fake, c, id, _, s := testSetup(t)
	turns, err := c.Reply(context.Background(), id, agent.CallerTurns([]string{"Hi", "Are you open?"}), s)
	if err != nil || len(turns) != 1 || turns[0].Text != "Thanks for calling. You said: Are you open?" {
		t.Fatalf("reply = %+v, %v", turns, err)
	}
	sim, err := c.Simulate(context.Background(), id, agent.Scenario{Caller: "A shy caller", MaxTurns: 2}, s)
	if err != nil || len(sim) < 2 || sim[0].Role != agent.RoleCaller || sim[1].Role != agent.RoleAgent {
		t.Fatalf("simulation = %+v, %v", sim, err)
	}
	names := []string{}
	for _, tt := range fake.Tests() {
		names = append(names, tt["name"].(string))
	}
	if strings.Join(names, "|") != "agentdeck try · draft-1|agentdeck try with a simulated caller · draft-1" {
		t.Errorf("tests made = %v", names)
	}
}

func TestRunTestsSaysWhenAToolIsUnknown(t *testing.T) {
	t.Parallel()
	_, c, id, _, s := testSetup(t)
	_, err := c.RunTests(context.Background(), id, []agent.TestCase{{Name: "x", Opening: []string{"hi"}, Tool: &agent.ToolCheck{Name: "nope"}}}, s)
	if !errors.Is(err, agent.ErrInvalid) || !strings.Contains(err.Error(), `no tool called "nope"`) {
		t.Errorf("err = %v", err)
	}
}
