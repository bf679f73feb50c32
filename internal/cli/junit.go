package cli

// The JUnit XML report of agentdeck test, in the shape CI systems read
// (testsuites › testsuite › testcase, with failure and system-out).

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// junitReport is the report of one draft's run.
func junitReport(draft string, results []agent.TestResult, elapsed time.Duration) junitSuites {
	secs := fmt.Sprintf("%.3f", elapsed.Seconds())
	suite := junitSuite{Name: draft, Tests: len(results), Time: secs}
	for _, r := range results {
		c := junitCase{Name: r.Name, ClassName: "agentdeck." + draft}
		var conv strings.Builder
		for _, t := range r.Transcript {
			for _, l := range agent.TurnLines(t) {
				conv.WriteString(l + "\n")
			}
		}
		c.SystemOut = conv.String()
		if !r.Passed {
			suite.Failures++
			msg := agent.OneLine(r.Why)
			if msg == "" {
				msg = "the test failed"
			}
			c.Failure = &junitFailure{Message: msg, Type: "failed", Text: r.FailureWords()}
		}
		suite.Cases = append(suite.Cases, c)
	}
	return junitSuites{Name: "agentdeck test", Tests: suite.Tests, Failures: suite.Failures, Time: secs, Suites: []junitSuite{suite}}
}

// writeJUnit writes the report to path.
func writeJUnit(path, draft string, results []agent.TestResult, elapsed time.Duration) error {
	raw, err := xml.MarshalIndent(junitReport(draft, results, elapsed), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append([]byte(xml.Header), append(raw, '\n')...), 0o600)
}
