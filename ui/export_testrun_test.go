package ui

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TesterRemote is a provider that can talk in text, for the accessible
// front end's tests: what it was asked, and the results it gives.
type TesterRemote struct{ p *testerProvider }

// NewTesterSession is a FakeSession whose "elevenlabs" can talk in text,
// with one draft, "Desk", pushed to it and carrying tests.
func NewTesterSession(t testing.TB, tests []agent.TestCase, results []agent.TestResult) (FakeSession, TesterRemote) {
	h, p, d := testerDesk(t, false)
	p.results = results
	d.Tests = tests
	h.store.put(d)
	return FakeSession{h: h}, TesterRemote{p: p}
}

// Lines are the conversations the agent was asked to answer, by length.
func (r TesterRemote) Lines() []int {
	r.p.mu.Lock()
	defer r.p.mu.Unlock()
	var out []int
	for _, h := range r.p.histories {
		out = append(out, len(h))
	}
	return out
}

// Scenarios are the simulated callers asked for.
func (r TesterRemote) Scenarios() []agent.Scenario {
	r.p.mu.Lock()
	defer r.p.mu.Unlock()
	return append([]agent.Scenario(nil), r.p.scenarios...)
}

// Runs counts the test runs.
func (r TesterRemote) Runs() int { r.p.mu.Lock(); defer r.p.mu.Unlock(); return len(r.p.runs) }
