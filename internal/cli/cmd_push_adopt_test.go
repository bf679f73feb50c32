package cli

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// adoptRig drives one provider's fake server for the adoption tests: the
// same scenes on ElevenLabs and Dasha, where issue 13 saw draft B replace
// draft A's agent.
type adoptRig struct {
	c        *cli
	provider string
	agents   func() []string
	doc      func(id string) string // the stored agent as JSON text
	creates  func() int
	// failCreate makes the next create answer 5xx, after making the agent
	// when made is set.
	failCreate func(made bool)
	// unreadableList makes the next list answer hold one entry named name
	// whose id cannot be read.
	unreadableList func(name string)
}

func adoptRigs(t *testing.T) map[string]func() adoptRig {
	return map[string]func() adoptRig{
		"elevenlabs": func() adoptRig {
			c, fake := elevenCLI(t)
			fake.Lenient()
			return adoptRig{
				c: c, provider: "elevenlabs", agents: fake.AgentIDs,
				doc: func(id string) string {
					a, _ := fake.Agent(id)
					raw, _ := json.Marshal(a)
					return string(raw)
				},
				creates: func() int { return len(fake.Calls("create")) },
				failCreate: func(made bool) {
					if made {
						fake.Inject("create", elevenlabstest.FailAfterHandling(http.StatusBadGateway))
					} else {
						fake.Inject("create", elevenlabstest.ServerError(http.StatusInternalServerError))
					}
				},
				unreadableList: func(name string) {
					fake.Inject("list", elevenlabstest.Fault{
						Status: http.StatusOK,
						Body:   `{"agents":[{"name":` + quoteJSON(name) + `,"created_at_unix_secs":0}],"has_more":false,"next_cursor":null}`,
					})
				},
			}
		},
		"dasha": func() adoptRig {
			c, fake := dashaCLI(t)
			return adoptRig{
				c: c, provider: "dasha", agents: fake.AgentIDs,
				doc: func(id string) string {
					raw, _ := json.Marshal(fake.Agent(id))
					return string(raw)
				},
				creates: func() int { return fake.Calls("create") },
				failCreate: func(made bool) {
					if made {
						fake.Inject("create", dashatest.AnswerAfterStoring(http.StatusBadGateway))
					} else {
						fake.Inject("create", dashatest.Answer(http.StatusInternalServerError, ""))
					}
				},
				unreadableList: func(name string) {
					fake.Inject("list", func(w http.ResponseWriter, _ *http.Request, _ func()) {
						w.Header().Set("Content-Type", "application/json")
						_, _ = w.Write([]byte(`[{"name":` + quoteJSON(name) + `}]`))
					})
				},
			}
		},
	}
}

// eachAdoptRig runs test on every provider's rig, in parallel.
func eachAdoptRig(t *testing.T, test func(t *testing.T, r adoptRig)) {
	t.Helper()
	t.Parallel()
	for name, newRig := range adoptRigs(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			test(t, newRig())
		})
	}
}

// firstPushFails makes a draft "Night line" whose first push meets a failed
// create (after the agent was made when made is set) and returns its id.
func firstPushFails(t *testing.T, r adoptRig, made bool) string {
	t.Helper()
	id := r.c.mustRun("new", "Night line", "--provider", r.provider)
	r.failCreate(made)
	if code, _, _ := r.c.run("push", id); code != exitFailure {
		t.Fatal("want the first push to fail")
	}
	return id
}

func quoteJSON(s string) string {
	raw, _ := json.Marshal(s)
	return string(raw)
}

const draftBPrompt = "You are draft B, which is not draft A."

// draftsAB pushes draft A ("Front desk"), then makes draft B of the same
// name with another prompt, whose first push meets an unclear create.
func draftsAB(t *testing.T, r adoptRig, made bool) (aID, agentA, bID string) {
	t.Helper()
	aID = r.c.mustRun("new", "Front desk", "--provider", r.provider)
	agentA = r.c.mustRun("push", aID)
	bID = r.c.mustRun("new", "Front desk", "--provider", r.provider)
	r.c.edit(bID, func(d *agent.Draft) { d.Agent.LLM.Prompt = draftBPrompt })
	r.failCreate(made)
	if code, _, stderr := r.c.run("push", bID); code != exitFailure || !r.c.load(bID).Remote().Pending() {
		t.Fatalf("draft B's first push: exit %d, want an unclear create:\n%s", code, stderr)
	}
	return aID, agentA, bID
}

// Regression (issue 13, point 1): after an unclear create, the next push
// adopted any single agent of the same name and overwrote it — draft B
// replaced draft A's agent. Now A's agent is left as it was.
func TestPushAfterUnclearCreateLeavesAnotherDraftsAgentAlone(t *testing.T) {
	eachAdoptRig(t, func(t *testing.T, r adoptRig) {
		_, agentA, bID := draftsAB(t, r, false)
		before := r.doc(agentA)
		code, stdout, stderr := r.c.run("push", bID)
		if r.doc(agentA) != before || strings.Contains(r.doc(agentA), draftBPrompt) {
			t.Fatalf("draft B's push changed draft A's agent %s:\n%s", agentA, stderr)
		}
		agentB := strings.TrimSpace(stdout)
		if code != exitOK || agentB == agentA || agentB == "" || len(r.agents()) != 2 || r.c.load(bID).Remote().ID != agentB {
			t.Fatalf("exit %d, printed %q, agents %v; want a new agent for B:\n%s", code, agentB, r.agents(), stderr)
		}
	})
}

// The unclear create did make B's agent, and B was edited since: which
// agent it made cannot be proven, so nothing is sent; the message names the
// candidate and the command that links it on purpose, which then works.
func TestPushUnsureNamesCandidatesAndAdoptLinks(t *testing.T) {
	eachAdoptRig(t, func(t *testing.T, r adoptRig) {
		aID, agentA, bID := draftsAB(t, r, true)
		var agentB string
		for _, id := range r.agents() {
			if id != agentA {
				agentB = id
			}
		}
		r.c.edit(bID, func(d *agent.Draft) { d.Agent.LLM.Prompt = draftBPrompt + " Edited." })
		creates, beforeB := r.creates(), r.doc(agentB)
		code, stdout, stderr := r.c.run("push", bID)
		if code != exitFailure || stdout != "" || r.creates() != creates || r.doc(agentB) != beforeB {
			t.Fatalf("unsure push: exit %d, stdout %q, creates %d→%d:\n%s", code, stdout, creates, r.creates(), stderr)
		}
		for _, want := range []string{"An earlier push may have created this agent; nothing was sent.", agentB, "agentdeck push " + bID + " --adopt AGENT_ID"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
		if strings.Contains(stderr, agentA) {
			t.Errorf("draft A's agent is offered as a candidate:\n%s", stderr)
		}
		// Linking draft A's agent on purpose is refused: A owns it.
		code, _, stderr = r.c.run("push", bID, "--adopt", agentA)
		if code != exitFailure || !strings.Contains(stderr, aID) || strings.Contains(r.doc(agentA), draftBPrompt) {
			t.Fatalf("--adopt of A's agent: exit %d:\n%s", code, stderr)
		}
		if got := r.c.mustRun("push", bID, "--adopt", agentB); got != agentB {
			t.Fatalf("--adopt printed %q, want %s", got, agentB)
		}
		d := r.c.load(bID)
		if d.Remote().ID != agentB || d.Remote().Pending() || d.Status() != agent.StatusPushed ||
			!strings.Contains(r.doc(agentB), "Edited.") || len(r.agents()) != 2 {
			t.Fatalf("after --adopt: remote %+v, agents %v", d.Remote(), r.agents())
		}
	})
}

// The proof holds (the draft is unchanged, the one agent of its name was
// made after the create was sent, holds what was sent, and no draft is
// linked to it): the next push adopts it instead of making another.
func TestPushAdoptsWhenTheProofHolds(t *testing.T) {
	eachAdoptRig(t, func(t *testing.T, r adoptRig) {
		id := firstPushFails(t, r, true)
		code, stdout, stderr := r.c.run("push", id)
		if code != exitOK || len(r.agents()) != 1 || strings.TrimSpace(stdout) != r.agents()[0] ||
			!strings.Contains(stderr, "Found the agent an earlier push made") {
			t.Fatalf("exit %d, agents %v:\n%s", code, r.agents(), stderr)
		}
	})
}

// A listed agent whose id cannot be read counts as "cannot tell", never
// as "not found": no create follows.
func TestPushUnreadableListEntryNeverLeadsToACreate(t *testing.T) {
	eachAdoptRig(t, func(t *testing.T, r adoptRig) {
		id := firstPushFails(t, r, false)
		creates := r.creates()
		r.unreadableList("Night line")
		code, stdout, stderr := r.c.run("push", id)
		if code != exitFailure || stdout != "" || r.creates() != creates || len(r.agents()) != 0 {
			t.Fatalf("exit %d, creates %d→%d, agents %v:\n%s", code, creates, r.creates(), r.agents(), stderr)
		}
		if !strings.Contains(stderr, "whose id could not be read") || !r.c.load(id).Remote().Pending() {
			t.Fatalf("stderr:\n%s", stderr)
		}
	})
}
