package cli

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

var cliTests = []agent.TestCase{
	{Name: "hours", Opening: []string{"When are you open?"}, MustContain: []string{"nine"}, MustNotContain: []string{"closed"}},
	{Name: "ends the call", Opening: []string{"Bye"}, Tool: &agent.ToolCheck{Name: "end_call"}},
}

// pushedWithTests is a pushed ElevenLabs draft that carries tests.
func pushedWithTests(t *testing.T, tests []agent.TestCase) (*cli, *elevenlabstest.Server, string) {
	t.Helper()
	c, fake, id := pushedEleven(t)
	c.edit(id, func(d *agent.Draft) { d.Tests = tests })
	return c, fake, id
}

// replyText is a fake agent that answers every turn with text.
func replyText(text string) func(string, []elevenlabstest.Message) elevenlabstest.Reply {
	return func(string, []elevenlabstest.Message) elevenlabstest.Reply { return elevenlabstest.Reply{Text: text} }
}

func answerHours(_ string, h []elevenlabstest.Message) elevenlabstest.Reply {
	if h[len(h)-1].Text == "Bye" {
		return elevenlabstest.Reply{Text: "Goodbye!", Tools: []elevenlabstest.ToolCall{{Name: "end_call", Params: map[string]any{}}}}
	}
	return elevenlabstest.Reply{Text: "We open at nine."}
}

func TestTestPassesAndReusesItsTests(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedWithTests(t, cliTests)
	fake.SetReplier(answerHours)
	before := c.load(id)
	for run := range 2 {
		code, stdout, stderr := c.run("test", id)
		c.noKey(stdout, stderr)
		if code != exitOK || stdout != "pass  hours\npass  ends the call\n" || !strings.Contains(stderr, "All 2 tests passed.") {
			t.Fatalf("run %d: exit %d\nstdout:\n%s\nstderr:\n%s", run, code, stdout, stderr)
		}
		if !strings.Contains(stderr, "Waiting for ElevenLabs: 0 of 2 finished") || !strings.Contains(stderr, "/run-tests") {
			t.Errorf("no progress or no calls listed:\n%s", stderr)
		}
	}
	if n := len(fake.Tests()); n != 2 {
		t.Errorf("two runs left %d tests, want 2", n)
	}
	if len(fake.Calls("update")) != 0 {
		t.Error("test changed the agent")
	}
	// Testing leaves the draft as it was: it is still "pushed".
	if after := c.load(id); after.Status() != agent.StatusPushed || after.Revision != before.Revision {
		t.Errorf("the draft changed: %s, revision %d → %d", after.Status(), before.Revision, after.Revision)
	}
	// A lost record of ids: the tests are found again by name.
	if err := os.Remove(c.path("provider-tests.json")); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := c.run("test", id); code != exitOK || len(fake.Tests()) != 2 {
		t.Errorf("after losing the record: exit %d, %d tests\n%s", code, len(fake.Tests()), stderr)
	}
}

func TestTestFailureSaysWhyAndWritesJUnit(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedWithTests(t, cliTests)
	fake.SetReplier(replyText("Sorry, we are closed today."))
	report := filepath.Join(t.TempDir(), "report.xml")
	code, stdout, stderr := c.run("test", id, "--junit", report)
	if code != exitFailure || stdout != "FAIL  hours\nFAIL  ends the call\n" {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, w := range []string{
		"agentdeck: 2 of 2 tests failed.", `"hours" failed: The answer does not mention "nine".`,
		"The agent answered: Sorry, we are closed today.", `"ends the call" failed: The agent did not call the tool end_call.`,
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr does not say %q:\n%s", w, stderr)
		}
	}
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Out string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("the report is not XML: %v\n%s", err, raw)
	}
	if !strings.HasPrefix(string(raw), xml.Header) || len(doc.Suites) != 1 || doc.Suites[0].Tests != 2 || doc.Suites[0].Failures != 2 {
		t.Fatalf("report:\n%s", raw)
	}
	c0 := doc.Suites[0].Cases[0]
	if c0.Name != "hours" || c0.Failure == nil || c0.Failure.Message != `The answer does not mention "nine".` ||
		!strings.Contains(c0.Out, "Caller: When are you open?\nAgent:  Sorry, we are closed today.") {
		t.Errorf("first case = %+v", c0)
	}
}

func TestTestWaitsOutRateLimitsAndRefusesBadTests(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedWithTests(t, cliTests[:1])
	fake.SetReplier(answerHours)
	fake.Inject("run tests", elevenlabstest.RateLimited(1))
	start := time.Now()
	if code, _, stderr := c.run("test", id); code != exitOK || time.Since(start) < time.Second {
		t.Errorf("a 429 with Retry-After 1 was not waited out: exit %d after %s\n%s", code, time.Since(start), stderr)
	}
	c.edit(id, func(d *agent.Draft) { d.Tests = []agent.TestCase{{Name: "empty"}} })
	code, _, stderr := c.run("test", id)
	if code != exitFailure || !strings.Contains(stderr, `The test "empty" needs the caller's opening lines`) {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	c.edit(id, func(d *agent.Draft) { d.Tests = nil })
	if code, _, stderr := c.run("test", id); code != exitFailure || !strings.Contains(stderr, "has no tests") {
		t.Errorf("no tests: exit %d\n%s", code, stderr)
	}
	if code, _, _ := c.run("test", id, "--junit", ""); code != exitUsage {
		t.Errorf("--junit without a file: exit %d", code)
	}
}

func TestTestStopsCleanlyWhenInterrupted(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedWithTests(t, cliTests[:1])
	fake.SetPendingPolls(1 << 20)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	var out, errOut strings.Builder
	code := run(ctx, []string{"test", id}, &out, &errOut, func(k string) string { return c.env[k] })
	stderr := errOut.String()
	if code != exitFailure || !strings.Contains(stderr, "agentdeck: Stopped; the agent was not changed.") ||
		!strings.Contains(stderr, "no way to cancel a test run") || !strings.Contains(stderr, "Calls made to ElevenLabs Agents:") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}

func TestTestRefusedByTheProviderIsOneSentence(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedWithTests(t, cliTests[:1])
	fake.Lenient()
	fake.Inject("create test", elevenlabstest.Unprocessable("List should have at most 5 items after validation, not 6", "too_long", "success_examples"))
	code, stdout, stderr := c.run("test", id)
	c.noKey(stdout, stderr)
	if code != exitFailure || stdout != "" ||
		!strings.Contains(stderr, "agentdeck: ElevenLabs Agents refused a test as agentdeck sent it; check the draft's tests.\n  List should have at most 5 items") ||
		!strings.Contains(stderr, "POST /v1/convai/agent-testing/create") || len(fake.Calls("run tests")) != 0 {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}
