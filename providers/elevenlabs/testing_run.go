package elevenlabs

// The create-or-update, run and poll cycle of agentdeck's own workspace
// tests.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// Polling: soon at first (a short test is done in a second or two), then
// every few seconds; a run that has not ended after maxRunWait is given up.
const (
	firstPoll  = 50 * time.Millisecond
	maxPoll    = 3 * time.Second
	maxRunWait = 20 * time.Minute
	// rateLimitedPoll is the wait after a poll refused for too many
	// requests, once the HTTP layer's own waits are used up.
	rateLimitedPoll = 10 * time.Second
)

func testPath(id string) string { return "/agent-testing/" + url.PathEscape(id) }

// do sends one call and tells the session of it (method and path only).
func (c *Client) do(ctx context.Context, s agent.TestSession, call httpx.Call) ([]byte, error) {
	if s.Call != nil {
		path := call.Path
		if u, err := url.Parse(c.http.URL(call.Path)); err == nil {
			path = u.Path
		}
		s.Call(call.Method, path)
	}
	return c.http.Do(ctx, call)
}

// runOwn makes or updates each test, runs them all on the agent, and waits
// for every result; the runs come back in the order of bodies.
func (c *Client) runOwn(ctx context.Context, remoteID string, bodies []testBody, s agent.TestSession) ([]testRun, error) {
	ids := make([]string, len(bodies))
	for i, b := range bodies {
		s.Say("Saving the test %q on ElevenLabs…", b.Name)
		id, err := c.ensureTest(ctx, b, s)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	req := runTestsBody{}
	for _, id := range ids {
		req.Tests = append(req.Tests, testRef{TestID: id})
	}
	raw, _ := json.Marshal(req)
	s.Say("Starting %s on ElevenLabs (each run is billed by ElevenLabs)…", plural(len(ids), "test run", "test runs"))
	body, err := c.do(ctx, s, httpx.Call{Op: "run tests", Method: http.MethodPost, Path: agentPath(remoteID) + "/run-tests", Body: raw})
	if err != nil {
		return nil, err
	}
	inv, err := readInvocation(body)
	if err != nil {
		return nil, err
	}
	inv, err = c.wait(ctx, inv, s)
	if err != nil {
		return nil, err
	}
	byID := map[string]testRun{}
	for _, r := range inv.TestRuns {
		byID[r.TestID] = r
	}
	out := make([]testRun, 0, len(ids))
	for i, b := range bodies {
		r, ok := byID[ids[i]]
		if !ok {
			return nil, unreadableRun("ElevenLabs' answer leaves out the result of the test " + strconv.Quote(b.Name))
		}
		out = append(out, r)
	}
	return out, nil
}

// wait polls the invocation until no run is pending.
func (c *Client) wait(ctx context.Context, inv invocation, s agent.TestSession) (invocation, error) {
	start := time.Now()
	pause := firstPoll
	said := -1
	for {
		done, total := finished(inv)
		if done == total {
			return inv, nil
		}
		if done != said { // a line when the count moves, not one a poll
			s.Say("Waiting for ElevenLabs: %d of %d finished…", done, total)
			said = done
		}
		if time.Since(start) > maxRunWait {
			return inv, &agent.ProviderError{
				Provider: ProviderID, Op: "run tests", Kind: agent.ErrUnavailable,
				Message: fmt.Sprintf("ElevenLabs had not finished the tests after %s; see them in its dashboard", maxRunWait),
			}
		}
		if err := httpx.Sleep(ctx, pause); err != nil {
			return inv, stopped(err)
		}
		pause = min(pause*2, maxPoll)
		body, err := c.do(ctx, s, httpx.Call{Op: "run tests", Method: http.MethodGet, Path: "/test-invocations/" + url.PathEscape(inv.ID)})
		switch {
		case ctx.Err() != nil:
			return inv, stopped(ctx.Err())
		case errors.Is(err, agent.ErrRateLimited):
			// Asked to slow down beyond the HTTP layer's own waits: the run
			// goes on at ElevenLabs, so wait longer and ask again.
			s.Say("ElevenLabs asks agentdeck to slow down; waiting…")
			pause = rateLimitedPoll
			continue
		case err != nil:
			return inv, err
		}
		next, err := readInvocation(body)
		if err != nil {
			return inv, err
		}
		inv = next
	}
}

func finished(inv invocation) (done, total int) {
	for _, r := range inv.TestRuns {
		if r.Status != "pending" {
			done++
		}
	}
	return done, len(inv.TestRuns)
}

// stopped is the error of a run stopped on this side. The schema offers no
// way to cancel a run, so it ends at ElevenLabs on its own.
func stopped(err error) error {
	return fmt.Errorf("stopped waiting; ElevenLabs offers no way to cancel a test run, so it finishes there on its own and changes nothing: %w", err)
}

func readInvocation(body []byte) (invocation, error) {
	var inv invocation
	if err := json.Unmarshal(body, &inv); err != nil || inv.ID == "" || len(inv.TestRuns) == 0 {
		return invocation{}, unreadableRun("ElevenLabs answered the test run with something that is not a test run")
	}
	return inv, nil
}

func unreadableRun(msg string) error {
	return &agent.ProviderError{Provider: ProviderID, Op: "run tests", Kind: agent.ErrUnreadable, Message: msg}
}

// ensureTest updates agentdeck's test of this name, found by the id this
// machine remembers or by its name in the workspace's list, or makes it.
func (c *Client) ensureTest(ctx context.Context, b testBody, s agent.TestSession) (string, error) {
	raw, err := json.Marshal(b)
	if err != nil {
		return "", err
	}
	id := ""
	if s.IDs != nil {
		id = s.IDs.TestID(b.Name)
	}
	if id != "" {
		_, err := c.do(ctx, s, httpx.Call{Op: "save test", Method: http.MethodPut, Path: testPath(id), Body: raw})
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, agent.ErrNotFound) {
			return "", err
		}
	}
	if id, err = c.findTest(ctx, b.Name, s); err != nil {
		return "", err
	}
	if id != "" {
		if _, err := c.do(ctx, s, httpx.Call{Op: "save test", Method: http.MethodPut, Path: testPath(id), Body: raw}); err != nil {
			return "", err
		}
	} else {
		body, err := c.do(ctx, s, httpx.Call{Op: "save test", Method: http.MethodPost, Path: "/agent-testing/create", Body: raw, Create: true})
		if err != nil {
			return "", err
		}
		var made createdTest
		if err := json.Unmarshal(body, &made); err != nil || made.ID == "" {
			return "", unreadableRun("ElevenLabs accepted the test but did not say its id")
		}
		id = made.ID
	}
	if s.IDs != nil {
		if err := s.IDs.RememberTestID(b.Name, id); err != nil {
			s.Say("Could not remember the test's id on this machine (%v); the next run finds it by name.", err)
		}
	}
	return id, nil
}

// findTest looks for a test of exactly this name in the workspace.
// https://elevenlabs.io/docs/api-reference/tests/list
func (c *Client) findTest(ctx context.Context, name string, s agent.TestSession) (string, error) {
	q := url.Values{"search": {name}, "page_size": {"100"}}
	for range maxChoicePages {
		body, err := c.do(ctx, s, httpx.Call{Op: "list tests", Method: http.MethodGet, Path: "/agent-testing", Query: q})
		if err != nil {
			return "", err
		}
		var p testsPage
		if err := json.Unmarshal(body, &p); err != nil || p.Tests == nil {
			return "", unreadableList("list tests", "tests")
		}
		for _, t := range p.Tests {
			if t.Name == name && t.ID != "" {
				return t.ID, nil
			}
		}
		if !p.HasMore || p.NextCursor == nil || *p.NextCursor == "" || *p.NextCursor == q.Get("cursor") {
			return "", nil
		}
		q.Set("cursor", *p.NextCursor)
	}
	return "", nil
}

// findTool is the tool a test names, as ElevenLabs refers to it: one of
// the draft's tools kept as an ElevenLabs tool, a built-in tool, or a tool
// saved in the workspace under that name.
func (c *Client) findTool(ctx context.Context, name string, s agent.TestSession) (toolRef, error) {
	name = strings.TrimSpace(name)
	for _, t := range s.Tools {
		if id := linkedToolID(t); strings.EqualFold(t.Name, name) && id != "" {
			return toolRef{ID: id, Type: "webhook"}, nil
		}
	}
	for kind, slot := range builtinSlot {
		if strings.EqualFold(name, slot) || strings.EqualFold(name, kind) {
			return toolRef{ID: slot, Type: "system"}, nil
		}
	}
	q := url.Values{"search": {name}, "page_size": {strconv.Itoa(choicePageSize)}}
	body, err := c.do(ctx, s, httpx.Call{Op: "list tools", Method: http.MethodGet, Path: "/tools", Query: q})
	if err != nil {
		return toolRef{}, err
	}
	var p toolsPage
	if err := json.Unmarshal(body, &p); err != nil {
		return toolRef{}, unreadableList("list tools", "tools")
	}
	for _, t := range p.Tools {
		if strings.EqualFold(t.Config.Name, name) && t.ID != "" {
			return toolRef{ID: t.ID, Type: t.Config.Type}, nil
		}
	}
	return toolRef{}, &agent.ProviderError{
		Provider: ProviderID, Op: "test", Kind: agent.ErrInvalid,
		Message: fmt.Sprintf("ElevenLabs knows no tool called %q, so no test can check that the agent calls it; check the tool's name", name),
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
