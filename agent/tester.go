package agent

// Trying an agent in text and running its tests. Not every provider can:
// only a provider that implements Tester offers a way to talk to its agent
// without a phone call. Tests live on the draft (Draft.Tests), never inside
// Agent, so they never reach the provider's agent and never count as a
// change to it.

import (
	"context"
	"fmt"
	"strings"
)

// TestCase is one test scenario a draft carries. Its kind follows from what
// is set: a Tool makes it a tool test (the agent must call that tool), a
// Caller a simulated conversation, otherwise it checks the agent's answer
// to the Opening against MustContain and MustNotContain.
type TestCase struct {
	Name string `yaml:"name" json:"name"`
	// Opening is the caller's first lines, in order; the agent answers the
	// conversation they make.
	Opening        []string   `yaml:"opening,omitempty" json:"opening,omitempty"`
	MustContain    []string   `yaml:"must_contain,omitempty" json:"must_contain,omitempty"`
	MustNotContain []string   `yaml:"must_not_contain,omitempty" json:"must_not_contain,omitempty"`
	Tool           *ToolCheck `yaml:"tool,omitempty" json:"tool,omitempty"`
	// Caller describes a simulated caller in words; the provider plays that
	// caller for up to MaxTurns turns (0: the provider's default).
	Caller   string `yaml:"caller,omitempty" json:"caller,omitempty"`
	MaxTurns int    `yaml:"max_turns,omitempty" json:"max_turns,omitempty"`
}

// ToolCheck is a tool the agent must call, and the values its parameters
// must have (none: any values).
type ToolCheck struct {
	Name   string            `yaml:"name" json:"name"`
	Params map[string]string `yaml:"params,omitempty" json:"params,omitempty"`
}

// Kinds of test.
const (
	TestKindAnswer     = "answer"
	TestKindTool       = "tool"
	TestKindSimulation = "simulation"
)

// MaxSimulationTurns is the most turns a simulated conversation may take.
const MaxSimulationTurns = 50

// Kind says which kind of test t is.
func (t TestCase) Kind() string {
	switch {
	case t.Tool != nil:
		return TestKindTool
	case strings.TrimSpace(t.Caller) != "":
		return TestKindSimulation
	}
	return TestKindAnswer
}

// CheckTests returns one plain sentence per problem of tests; none when
// they can run.
func CheckTests(tests []TestCase) []string {
	var out []string
	seen := map[string]bool{}
	for i, t := range tests {
		name := strings.TrimSpace(t.Name)
		label := fmt.Sprintf("Test %d", i+1)
		if name == "" {
			out = append(out, label+" has no name; give it one.")
			continue
		}
		label = fmt.Sprintf("The test %q", name)
		if seen[strings.ToLower(name)] {
			out = append(out, label+" appears twice; give each test its own name.")
		}
		seen[strings.ToLower(name)] = true
		switch t.Kind() {
		case TestKindTool:
			if strings.TrimSpace(t.Tool.Name) == "" {
				out = append(out, label+" checks for a tool call but names no tool.")
			}
			if len(nonBlank(t.Opening)) == 0 {
				out = append(out, label+" needs the caller's opening lines, so the agent has something to answer.")
			}
		case TestKindSimulation:
			if t.MaxTurns < 0 || t.MaxTurns > MaxSimulationTurns {
				out = append(out, fmt.Sprintf("%s may take from 1 to %d turns, not %d.", label, MaxSimulationTurns, t.MaxTurns))
			}
		default:
			if len(nonBlank(t.Opening)) == 0 {
				out = append(out, label+" needs the caller's opening lines, so the agent has something to answer.")
			}
			if len(nonBlank(t.MustContain))+len(nonBlank(t.MustNotContain)) == 0 {
				out = append(out, label+" says nothing the answer must or must not contain.")
			}
		}
	}
	return out
}

func nonBlank(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// Roles in a conversation.
const (
	RoleCaller = "caller"
	RoleAgent  = "agent"
)

// ChatTurn is one turn of a text conversation: who spoke, what they said, and
// the tools the agent called in it.
type ChatTurn struct {
	Role  string
	Text  string
	Tools []ToolCall
}

// ToolCall is one call of a tool: its name and its parameters as the
// provider shows them (JSON as a rule).
type ToolCall struct {
	Name   string
	Params string
}

// CallerTurns makes caller turns of lines, skipping blank ones.
func CallerTurns(lines []string) []ChatTurn {
	var out []ChatTurn
	for _, l := range nonBlank(lines) {
		out = append(out, ChatTurn{Role: RoleCaller, Text: l})
	}
	return out
}

// Scenario is a simulated conversation: a caller described in words, the
// lines they start with, and the most turns it may take (0: the default).
type Scenario struct {
	Caller   string
	Opening  []string
	MaxTurns int
}

// TestResult is how one test went.
type TestResult struct {
	Name   string
	Passed bool
	// Why says in the provider's words why the test failed (or passed).
	Why string
	// Transcript is the conversation the test held, the agent's answer in it.
	Transcript []ChatTurn
}

// Answer is the agent's words in the transcript, joined, for a report that
// shows the answer that failed.
func (r TestResult) Answer() string {
	var parts []string
	for _, t := range r.Transcript {
		if t.Role == RoleAgent && strings.TrimSpace(t.Text) != "" {
			parts = append(parts, strings.TrimSpace(t.Text))
		}
	}
	return strings.Join(parts, " / ")
}

// TestIDs remembers, on this machine, the provider-side tests agentdeck
// made, by their name, so the next run updates them instead of making more.
type TestIDs interface {
	TestID(name string) string
	RememberTestID(name, id string) error
}

// TestSession is what one try or test run needs besides the agent: where
// it runs, whose tests these are, and where to say what it does.
type TestSession struct {
	// Env is the environment the agent was pushed to (DefaultEnv today).
	Env string
	// Owner names the tests agentdeck makes on the provider, so that they
	// are found again by name and are plainly agentdeck's: the draft's id.
	Owner string
	// Tools are the draft's tools, for finding the one a test names.
	Tools []Tool
	IDs   TestIDs
	// Progress says what is happening, in plain words, while it runs.
	Progress func(string)
	// Call is told of every request sent: method and path, never a key.
	Call func(method, path string)
}

// Say reports progress, when anyone listens.
func (s TestSession) Say(format string, args ...any) {
	if s.Progress != nil {
		s.Progress(fmt.Sprintf(format, args...))
	}
}

// Tester is what a provider implements when it offers a way to talk to an
// agent in text. It never changes the agent: the tests it makes are its own
// and are never attached to the agent.
type Tester interface {
	// Reply returns the agent's turns in answer to history, a conversation
	// that ends with a caller's turn.
	Reply(ctx context.Context, remoteID string, history []ChatTurn, s TestSession) ([]ChatTurn, error)
	// Simulate holds a conversation with a simulated caller.
	Simulate(ctx context.Context, remoteID string, sc Scenario, s TestSession) ([]ChatTurn, error)
	// RunTests runs tests against the agent and says how each went.
	RunTests(ctx context.Context, remoteID string, tests []TestCase, s TestSession) ([]TestResult, error)
}

// AsTester returns p's Tester, or false when p offers no way to talk to its
// agent.
func AsTester(p Provider) (Tester, bool) {
	t, ok := p.(Tester)
	return t, ok
}
