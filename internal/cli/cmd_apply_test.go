package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/trillet/trillettest"
)

// Apply makes one agent per draft through a rate limit and a create whose
// answer was lost (the agent made): the 429 slows the run, the unclear
// create is recovered with proof, and no second agent is made. Plan then
// says everything is unchanged; after an edit it names the setting, and
// apply updates just that draft.
func TestApplyCreatesThroughFaultsThenPlanAndUpdate(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.Lenient()
	var ids []string
	for _, name := range []string{"Clinic north", "Clinic south", "Clinic east"} {
		ids = append(ids, c.mustRun("new", name, "--provider", "elevenlabs"))
	}
	fake.Inject("create", elevenlabstest.RateLimited(0), elevenlabstest.FailAfterHandling(http.StatusBadGateway))
	code, stdout, stderr := c.run("apply", "--all", "--yes")
	if code != exitOK {
		t.Fatalf("apply exited %d:\n%s\n%s", code, stdout, stderr)
	}
	agents := fake.AgentIDs()
	seen := map[string]bool{}
	for _, id := range ids {
		r := c.load(id).Remote()
		if r.ID == "" || seen[r.ID] || r.Pending() {
			t.Errorf("draft %s: remote %+v", id, r)
		}
		seen[r.ID] = true
	}
	if len(agents) != 3 {
		t.Fatalf("%d agents on the provider, want 3 (one per draft):\n%s", len(agents), stdout)
	}
	for _, want := range []string{"RESULT", "Clinic north", "linked", "Applied: 2 created, 1 linked."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if plan := c.mustRun("plan", "--all"); !strings.Contains(plan, "Plan: 0 to create, 0 to update, 3 unchanged, 0 blocked.") {
		t.Errorf("plan after apply:\n%s", plan)
	}
	c.edit(ids[1], func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(1.1) })
	updatesBefore := len(fake.Calls("update"))
	plan := c.mustRun("plan", "--all")
	if !strings.Contains(plan, "update     Clinic south") || !strings.Contains(plan, "Speed") || !strings.Contains(plan, "1 to update, 2 unchanged") {
		t.Errorf("plan after an edit:\n%s", plan)
	}
	if len(fake.Calls("update")) != updatesBefore || len(fake.Calls("create")) != 4 {
		t.Errorf("plan sent something: %d updates, %d creates", len(fake.Calls("update"))-updatesBefore, len(fake.Calls("create")))
	}
	out := c.mustRun("apply", "--all", "--yes")
	if !strings.Contains(out, "Applied: 1 updated, 2 unchanged.") || len(fake.AgentIDs()) != 3 {
		t.Errorf("second apply:\n%s", out)
	}
}

// Plan names what blocks a draft and exits 1, and --json tells a program
// the same; nothing is sent for a blocked draft.
func TestPlanBlockedAndJSON(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.Lenient()
	good := c.mustRun("new", "Front desk", "--provider", "elevenlabs")
	bad := c.mustRun("new", "Back desk", "--provider", "elevenlabs")
	c.edit(bad, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(9.0) })
	code, stdout, stderr := c.run("plan", good, "Back desk")
	if code != exitFailure || !strings.Contains(stdout, "create     Front desk") || !strings.Contains(stdout, "blocked    Back desk") ||
		!strings.Contains(stdout, "Speed") || !strings.Contains(stderr, "1 draft blocked") {
		t.Fatalf("exit %d:\n%s\n%s", code, stdout, stderr)
	}
	_, stdout, _ = c.run("plan", "--all", "--json")
	var rows []planJSON
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil || len(rows) != 2 {
		t.Fatalf("plan --json: %v\n%s", err, stdout)
	}
	actions := map[string]string{}
	for _, r := range rows {
		actions[r.Draft] = r.Action
	}
	if actions[good] != agent.PlanCreate || actions[bad] != agent.PlanBlocked {
		t.Errorf("actions %v", actions)
	}
	code, stdout, _ = c.run("apply", "--all", "--yes")
	if code != exitFailure || !strings.Contains(stdout, "1 created, 1 blocked") || len(fake.AgentIDs()) != 1 {
		t.Errorf("apply with a blocked draft: exit %d, %d agents:\n%s", code, len(fake.AgentIDs()), stdout)
	}
}

// Without --yes and no one to answer, apply sends nothing; a malformed
// environment name is refused before anything is read, and pull --all
// fills only the default environment.
func TestApplyAsksFirst(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	c.mustRun("new", "Front desk", "--provider", "elevenlabs")
	for _, args := range [][]string{{"apply", "--all"}, {"apply", "--all", "--yes", "--env", "no such"}, {"plan"}, {"apply", "x", "--all", "--yes"}, {"pull", "--provider", "elevenlabs", "--all", "--env", "staging"}} {
		if code, _, stderr := c.run(args...); code != exitUsage {
			t.Errorf("%v: exit %d:\n%s", args, code, stderr)
		}
	}
	if len(fake.Calls("")) != 0 {
		t.Errorf("%d requests were sent", len(fake.Calls("")))
	}
}

// An unclear create whose agent cannot be proven the draft's (the draft
// changed since) is reported blocked by plan and apply, and apply makes
// no second agent.
func TestApplyBlocksAnUnprovenEarlierCreate(t *testing.T) {
	t.Parallel()
	c, fake := elevenCLI(t)
	fake.Lenient()
	id := c.mustRun("new", "Night line", "--provider", "elevenlabs")
	fake.Inject("create", elevenlabstest.FailAfterHandling(http.StatusBadGateway))
	if code, _, _ := c.run("push", id); code != exitFailure {
		t.Fatal("want the first push to fail")
	}
	c.edit(id, func(d *agent.Draft) { d.Agent.LLM.Prompt = "Changed since." })
	_, plan, _ := c.run("plan", id)
	if !strings.Contains(plan, "blocked    Night line") || !strings.Contains(plan, "an earlier push may have created it") {
		t.Errorf("plan:\n%s", plan)
	}
	code, stdout, _ := c.run("apply", id, "--yes")
	if code != exitFailure || !strings.Contains(stdout, "blocked") || len(fake.AgentIDs()) != 1 || len(fake.Calls("create")) != 1 {
		t.Errorf("exit %d, %d agents, %d creates:\n%s", code, len(fake.AgentIDs()), len(fake.Calls("create")), stdout)
	}
	if !c.load(id).Remote().Pending() {
		t.Error("the unclear create was forgotten")
	}
}

// An agent changed on the provider since the last push (someone used the
// dashboard) is blocked by plan and left alone by apply, even when the
// draft changed too: apply never overwrites someone else's change.
func TestApplyLeavesAnAgentChangedElsewhereAlone(t *testing.T) {
	t.Parallel()
	c, fake, id := elevenDraft(t)
	remote := c.mustRun("push", id)
	fake.Modify(remote, func(a map[string]any) { a["name"] = "Renamed in the dashboard" })
	c.edit(id, func(d *agent.Draft) { d.Agent.Voice.Speed = ptrTo(1.1) })
	updates := len(fake.Calls("update"))
	_, plan, _ := c.run("plan", "--all")
	if !strings.Contains(plan, "blocked    Front desk") || !strings.Contains(plan, "changed on ElevenLabs Agents since the last push") {
		t.Errorf("plan:\n%s", plan)
	}
	code, out, _ := c.run("apply", "--all", "--yes")
	if code != exitFailure || !strings.Contains(out, "1 blocked") || len(fake.Calls("update")) != updates {
		t.Errorf("exit %d, %d updates sent:\n%s", code, len(fake.Calls("update"))-updates, out)
	}
	if a, _ := fake.Agent(remote); a["name"] != "Renamed in the dashboard" {
		t.Errorf("the change made elsewhere was overwritten: %v", a["name"])
	}
}

// Trillet's 429 names when the limit resets (reset_at, no Retry-After):
// apply waits until then and goes on instead of failing.
func TestApplyWaitsOutTrilletsResetAt(t *testing.T) {
	t.Parallel()
	c, fake := trilletCLI(t)
	for _, name := range []string{"North", "South"} {
		c.mustRun("new", name, "--provider", "trillet")
	}
	fake.Inject(http.MethodPost, trillettest.Fault{Status: http.StatusTooManyRequests, Body: trillettest.RateLimited(time.Now().Add(time.Second))})
	code, out, errOut := c.run("apply", "--all", "--yes", "--concurrency", "2")
	if code != exitOK || !strings.Contains(out, "Applied: 2 created.") || fake.Count() != 2 {
		t.Errorf("exit %d, %d agents:\n%s\n%s", code, fake.Count(), out, errOut)
	}
}

// Each provider gets as many workers as its documented limits allow, or
// --concurrency; the workers of one provider never exceed it.
func TestApplyConcurrencyPerProvider(t *testing.T) {
	t.Parallel()
	a := newApp("test", io.Discard, io.Discard, func(string) string { return "" })
	for provider, want := range map[string]int{"elevenlabs": 2, "trillet": 1, "nova": agent.DefaultConcurrency, "dasha": agent.DefaultConcurrency} {
		if got := a.concurrencyFor(0)(provider); got != want {
			t.Errorf("%s: %d at once, want %d", provider, got, want)
		}
	}
	if got := a.concurrencyFor(8)("elevenlabs"); got != 8 {
		t.Errorf("--concurrency 8 gave %d", got)
	}
	var drafts []folderDraft
	for i := range 40 {
		drafts = append(drafts, folderDraft{ID: fmt.Sprint(i), Provider: []string{"elevenlabs", "nova"}[i%2]})
	}
	var mu sync.Mutex
	running, most := map[string]int{}, map[string]int{}
	runByProvider(context.Background(), drafts, a.concurrencyFor(0), func(_ context.Context, i int) {
		p := drafts[i].Provider
		mu.Lock()
		running[p]++
		most[p] = max(most[p], running[p])
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		running[p]--
		mu.Unlock()
	})
	if most["elevenlabs"] > 2 || most["nova"] > agent.DefaultConcurrency || most["nova"] < 2 {
		t.Errorf("at most %v at once", most)
	}
}

// apply --env E makes and records each draft's agent in that environment:
// the default one is left as it was, and plan --env E then finds it
// unchanged.
func TestApplyToAnEnvironment(t *testing.T) {
	t.Parallel()
	c, fake, id := elevenDraft(t)
	out := c.mustRun("apply", "--all", "--yes", "--env", "staging")
	if !strings.Contains(out, "Applied: 1 created.") || len(fake.AgentIDs()) != 1 {
		t.Fatalf("apply --env staging:\n%s", out)
	}
	d := c.load(id)
	if d.RemoteFor("elevenlabs", "staging").ID != fake.AgentIDs()[0] || d.RemoteFor("elevenlabs", agent.DefaultEnv).ID != "" {
		t.Errorf("remotes %+v", d.Remotes)
	}
	if plan := c.mustRun("plan", "--all", "--env", "staging"); !strings.Contains(plan, "1 unchanged") {
		t.Errorf("plan --env staging:\n%s", plan)
	}
	if _, plan, _ := c.run("plan", "--all"); !strings.Contains(plan, "1 to create") {
		t.Errorf("plan of the default environment:\n%s", plan)
	}
}

// On a terminal apply shows the plan and asks; anything but "yes" sends
// nothing, "yes" goes ahead.
func TestApplyAsksOnATerminal(t *testing.T) {
	t.Parallel()
	c, fake, _ := elevenDraft(t)
	for _, answer := range []string{"no\n", "yes\n"} {
		var out, errOut strings.Builder
		a := newApp("test", &out, &errOut, func(k string) string { return c.env[k] })
		a.stdin, a.stdinIsTerminal = strings.NewReader(answer), func() bool { return true }
		code := a.execute(context.Background(), []string{"apply", "--all"})
		switch answer {
		case "no\n":
			if code != exitOK || !strings.Contains(out.String(), "create     Front desk") || !strings.Contains(errOut.String(), "Nothing was sent.") || len(fake.AgentIDs()) != 0 {
				t.Errorf("answered no: exit %d, %d agents:\n%s\n%s", code, len(fake.AgentIDs()), out.String(), errOut.String())
			}
		default:
			if code != exitOK || !strings.Contains(out.String(), "Applied: 1 created.") || len(fake.AgentIDs()) != 1 {
				t.Errorf("answered yes: exit %d:\n%s\n%s", code, out.String(), errOut.String())
			}
		}
	}
}
