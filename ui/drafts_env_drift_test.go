package ui

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// historyStore is the fake store with a push history, as the real one's
// push session has: a push merges on what the last one kept.
type historyStore struct {
	*fakeStore
	mu       sync.Mutex
	versions map[string][]agent.Version
}

func (s *historyStore) AppendVersion(id string, v agent.Version) (agent.Version, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v.Version = len(s.versions[id]) + 1
	s.versions[id] = append(s.versions[id], v)
	return v, nil
}

func (s *historyStore) Versions(id string) ([]agent.Version, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]agent.Version(nil), s.versions[id]...), nil
}

func withHistory(h *harness, deps *Deps) {
	deps.Drafts = &historyStore{fakeStore: h.store, versions: map[string][]agent.Version{}}
}

// changeElsewhere changes the agent id's first message on the provider,
// as someone in the provider's own dashboard would.
func changeElsewhere(t *testing.T, p *scriptProvider, id, greeting string) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	var doc wireDoc
	if err := json.Unmarshal(p.agents[id], &doc); err != nil {
		t.Fatal(err)
	}
	doc.Agent.Greeting.Text = greeting
	p.agents[id], _ = json.Marshal(doc)
}

// prodPushedThenChanged is a draft with prod's own values, pushed to prod
// from the drafts list, whose prod agent's greeting was then changed
// elsewhere to theirs, and the draft's to mine unless it is ""; the second
// push to prod is under way.
func prodPushedThenChanged(t *testing.T, theirs, mine string) (*harness, *scriptProvider, agent.Draft) {
	t.Helper()
	p := newScriptProvider("nova")
	h := newHarness(t, withProvider(p), withEnvironments(&fakeEnvironments{p: p}), withHistory)
	d := h.seed("Desk", "nova", "receptionist")
	d.Environments = map[string]agent.EnvValues{"prod": {Variables: map[string]string{"clinic": "Main street"}}}
	d = h.store.put(d)
	h.start(100, 30)
	h.press(h.keys().Drafts.Environments)
	h.chooseOption("Push to prod")
	if h.store.get(d.ID).RemoteFor("nova", "prod").ID != "agent-1" {
		t.Fatalf("the first push to prod did not land:\n%s", h.view())
	}
	h.press(h.keys().Submit.Done)
	changeElsewhere(t, p, "agent-1", theirs)
	if mine != "" {
		d = h.store.get(d.ID)
		d.Agent.Greeting.Text = mine
		d = h.store.put(d)
	}
	h.press(h.keys().Drafts.Environments)
	h.chooseOption("Push to prod")
	return h, p, d
}

func TestEnvPushStoppedByChangesElsewhereCanPushMineOverTheirs(t *testing.T) {
	t.Parallel()
	h, p, d := prodPushedThenChanged(t, "Changed in the dashboard", "")
	requireDialog[*envDriftDialog](h)
	h.requireView("prod was changed elsewhere", "Greeting", "Push mine over theirs")
	h.chooseOption("Push mine over theirs")
	if h.app.dialog != nil {
		t.Fatalf("a question is still open:\n%s", h.view())
	}
	if s := h.submit(); s.err != nil {
		t.Fatalf("the push over theirs failed: %v\n%s", s.err, h.view())
	}
	var doc wireDoc
	if err := json.Unmarshal(p.agents["agent-1"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Agent.Greeting.Text != d.Agent.Greeting.Text {
		t.Errorf("prod keeps %q, want the draft's %q", doc.Agent.Greeting.Text, d.Agent.Greeting.Text)
	}
	if !strings.Contains(string(p.agents["agent-1"]), "Main street") {
		t.Errorf("prod lost its own values: %s", p.agents["agent-1"])
	}
	if after := h.store.get(d.ID); after.EnvState("prod") != agent.EnvInStep {
		t.Errorf("prod is %q after pushing over", after.EnvState("prod"))
	}
}

func TestEnvPushStoppedByChangesElsewhereCancelledKeepsTheirs(t *testing.T) {
	t.Parallel()
	h, p, _ := prodPushedThenChanged(t, "Changed in the dashboard", "")
	updates := strings.Count(strings.Join(p.calls, ","), "update")
	requireDialog[*envDriftDialog](h)
	h.chooseOption("Cancel")
	if n := strings.Count(strings.Join(p.calls, ","), "update"); n != updates {
		t.Errorf("a cancelled question sent %d updates", n-updates)
	}
	if !strings.Contains(string(p.agents["agent-1"]), "Changed in the dashboard") {
		t.Errorf("prod's change made elsewhere was replaced: %s", p.agents["agent-1"])
	}
	h.requireView("was changed on Nova meanwhile (Greeting")
}

// A change made elsewhere to a setting the draft changed too stops the
// push as a conflict; in an environment the same question settles it.
func TestEnvPushConflictingWithChangesElsewhereCanPushMineOverTheirs(t *testing.T) {
	t.Parallel()
	h, p, _ := prodPushedThenChanged(t, "Theirs", "Mine")
	requireDialog[*envDriftDialog](h)
	h.requireView("yours Mine, theirs Theirs")
	h.chooseOption("Push mine over theirs")
	if !strings.Contains(string(p.agents["agent-1"]), `"Mine"`) {
		t.Errorf("prod keeps theirs: %s", p.agents["agent-1"])
	}
}
