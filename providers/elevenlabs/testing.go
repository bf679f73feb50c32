package elevenlabs

// Talking to an agent in text, and its tests, through ElevenLabs'
// agent-testing API. The schema marks simulate-conversation deprecated in
// favour of agent tests, so a try is a test too: a response test with the
// conversation so far as chat_history (the agent answers its last line),
// or a simulation test (simulation_scenario, simulation_max_turns). Every
// test agentdeck makes is a workspace test of its own, named so, reused
// from run to run, and run by id with run-tests: never attached to the
// agent, so nothing here changes the agent.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

var _ agent.Tester = (*Client)(nil)

// Names of the tests agentdeck makes; the owner is the draft's id.
func tryName(owner string) string { return "agentdeck try · " + owner }

func simulateName(owner string) string { return "agentdeck try with a simulated caller · " + owner }

func testName(owner, name string) string {
	return "agentdeck test · " + owner + " · " + name
}

// maxExamples is the most success or failure examples a test may hold.
const maxExamples = 5

// Reply implements agent.Tester: a response test whose chat history is the
// conversation so far.
// https://elevenlabs.io/docs/api-reference/tests/create
func (c *Client) Reply(ctx context.Context, remoteID string, history []agent.ChatTurn, s agent.TestSession) ([]agent.ChatTurn, error) {
	if err := c.http.ReadyFor("try", remoteID); err != nil {
		return nil, err
	}
	body := testBody{
		Name: tryName(s.Owner), Type: "llm", ChatHistory: chatHistory(history),
		// The try only records what the agent says; any answer passes.
		SuccessCondition: "Any answer from the agent is a success: this test only records the conversation.",
		SuccessExamples:  []example{{Response: "Hello, how can I help you today?", Type: "success"}},
		FailureExamples:  []example{{Response: "", Type: "failure"}},
	}
	runs, err := c.runOwn(ctx, remoteID, []testBody{body}, s)
	if err != nil {
		return nil, err
	}
	return agentTurns(runs[0].AgentResponses, false), nil
}

// Simulate implements agent.Tester: a simulation test.
func (c *Client) Simulate(ctx context.Context, remoteID string, sc agent.Scenario, s agent.TestSession) ([]agent.ChatTurn, error) {
	if err := c.http.ReadyFor("try", remoteID); err != nil {
		return nil, err
	}
	body := simulationBody(simulateName(s.Owner), sc.Caller, sc.Opening, sc.MaxTurns,
		"The conversation took place; this test only records it.")
	runs, err := c.runOwn(ctx, remoteID, []testBody{body}, s)
	if err != nil {
		return nil, err
	}
	return withOpening(sc.Opening, runs[0].AgentResponses), nil
}

// RunTests implements agent.Tester: each test becomes (or updates) a
// workspace test of agentdeck's, and all run together.
func (c *Client) RunTests(ctx context.Context, remoteID string, tests []agent.TestCase, s agent.TestSession) ([]agent.TestResult, error) {
	if err := c.http.ReadyFor("test", remoteID); err != nil {
		return nil, err
	}
	bodies := make([]testBody, 0, len(tests))
	for _, t := range tests {
		b, err := c.testBody(ctx, t, s)
		if err != nil {
			return nil, err
		}
		bodies = append(bodies, b)
	}
	runs, err := c.runOwn(ctx, remoteID, bodies, s)
	if err != nil {
		return nil, err
	}
	out := make([]agent.TestResult, len(tests))
	for i, t := range tests {
		r := runs[i]
		out[i] = agent.TestResult{Name: t.Name, Passed: r.Status == "passed", Why: why(r)}
		if t.Kind() == agent.TestKindSimulation {
			out[i].Transcript = withOpening(t.Opening, r.AgentResponses)
		} else {
			out[i].Transcript = append(agent.CallerTurns(t.Opening), agentTurns(r.AgentResponses, false)...)
		}
	}
	return out, nil
}

// testBody is the ElevenLabs test for one of the draft's tests.
func (c *Client) testBody(ctx context.Context, t agent.TestCase, s agent.TestSession) (testBody, error) {
	name := testName(s.Owner, strings.TrimSpace(t.Name))
	switch t.Kind() {
	case agent.TestKindSimulation:
		return simulationBody(name, t.Caller, t.Opening, t.MaxTurns, answerCondition(t)), nil
	case agent.TestKindTool:
		ref, err := c.findTool(ctx, t.Tool.Name, s)
		if err != nil {
			return testBody{}, err
		}
		eval := &toolEval{ReferencedTool: ref, Parameters: []toolParam{}}
		keys := make([]string, 0, len(t.Tool.Params))
		for k := range t.Tool.Params {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			eval.Parameters = append(eval.Parameters, toolParam{Path: k, Eval: exactEval{Type: "exact", ExpectedValue: t.Tool.Params[k]}})
		}
		return testBody{Name: name, Type: "tool", ChatHistory: chatHistory(agent.CallerTurns(t.Opening)), ToolCallParameters: eval}, nil
	}
	b := testBody{
		Name: name, Type: "llm", ChatHistory: chatHistory(agent.CallerTurns(t.Opening)),
		SuccessCondition: answerCondition(t),
	}
	for _, m := range trimmed(t.MustContain) {
		if len(b.SuccessExamples) < maxExamples {
			b.SuccessExamples = append(b.SuccessExamples, example{Response: m, Type: "success"})
		}
	}
	for _, m := range trimmed(t.MustNotContain) {
		if len(b.FailureExamples) < maxExamples {
			b.FailureExamples = append(b.FailureExamples, example{Response: m, Type: "failure"})
		}
	}
	return b, nil
}

func simulationBody(name, caller string, opening []string, turns int, condition string) testBody {
	if turns <= 0 {
		turns = 5 // ElevenLabs' default
	}
	return testBody{
		Name: name, Type: "simulation", ChatHistory: chatHistory(agent.CallerTurns(opening)),
		SimulationScenario: strings.TrimSpace(caller), SimulationMaxTurns: turns,
		SuccessConditions: []string{condition},
	}
}

// answerCondition says in words what a good answer holds; ElevenLabs'
// judge reads it.
func answerCondition(t agent.TestCase) string {
	var parts []string
	if m := trimmed(t.MustContain); len(m) > 0 {
		parts = append(parts, "contains "+quoteAll(m, " and "))
	}
	if m := trimmed(t.MustNotContain); len(m) > 0 {
		parts = append(parts, "does not contain "+quoteAll(m, " or "))
	}
	if len(parts) == 0 {
		return "The agent answers the caller helpfully."
	}
	return "The agent's answer " + strings.Join(parts, ", and ") + "."
}

func quoteAll(ss []string, sep string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, sep)
}

func trimmed(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func chatHistory(turns []agent.ChatTurn) []historyItem {
	out := make([]historyItem, 0, len(turns))
	for _, t := range turns {
		role := "user"
		if t.Role == agent.RoleAgent {
			role = "agent"
		}
		out = append(out, historyItem{Role: role, Message: t.Text})
	}
	return out
}

// agentTurns reads a transcript; with callers, the caller's turns too (a
// simulation's transcript holds both).
func agentTurns(in []transcriptIn, callers bool) []agent.ChatTurn {
	var out []agent.ChatTurn
	for _, t := range in {
		turn := agent.ChatTurn{Role: agent.RoleAgent}
		if t.Role == "user" {
			if !callers {
				continue
			}
			turn.Role = agent.RoleCaller
		}
		if t.Message != nil {
			turn.Text = *t.Message
		}
		for _, tc := range t.ToolCalls {
			turn.Tools = append(turn.Tools, agent.ToolCall{Name: tc.ToolName, Params: tc.ParamsAsJSON})
		}
		if turn.Text != "" || len(turn.Tools) > 0 {
			out = append(out, turn)
		}
	}
	return out
}

// withOpening is a simulation's transcript, with the opening in front when
// the transcript does not repeat it.
func withOpening(opening []string, in []transcriptIn) []agent.ChatTurn {
	turns := agentTurns(in, true)
	open := agent.CallerTurns(opening)
	if len(open) > 0 && len(turns) > 0 && turns[0].Role == agent.RoleCaller && turns[0].Text == open[0].Text {
		return turns
	}
	return append(open, turns...)
}

// why is ElevenLabs' reason for a result, in its words.
func why(r testRun) string {
	cr := r.ConditionResult
	if cr == nil || cr.Rationale == nil {
		return ""
	}
	if s := strings.TrimSpace(cr.Rationale.Summary); s != "" {
		return s
	}
	return strings.Join(trimmed(cr.Rationale.Messages), "; ")
}
