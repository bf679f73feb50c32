package agent

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// twoDrafts is the scene of issue 13, point 1: draft A ("d1") pushed and
// linked to agent-1 named "Front desk"; draft B ("d2"), same name, other
// settings, whose create failed with an unclear answer before the provider
// made anything.
func twoDrafts(t *testing.T, p *memProvider) (a Draft, b Draft, bStore *memStore) {
	t.Helper()
	aStore := &memStore{}
	res, err := Push(context.Background(), p, testDraft(), aStore, PushOptions{})
	if err != nil || res.RemoteID != "agent-1" {
		t.Fatalf("draft A: %+v, %v", res, err)
	}
	bStore = &memStore{}
	b = testDraft()
	b.ID, b.Agent.LLM.Prompt = "d2", "You are draft B, a different agent."
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}
	if _, err := Push(context.Background(), p, b, bStore, PushOptions{}); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("draft B's first push: want an unclear create, got %v", err)
	}
	if !bStore.saved.Remote().Pending() {
		t.Fatal("draft B must remember its unclear create")
	}
	return aStore.saved, bStore.saved, bStore
}

// linkedTo answers LinkedDrafts from a fixed map of agent id → draft id.
func linkedTo(links map[string]string) func(string, string) ([]string, error) {
	return func(_, id string) ([]string, error) {
		if d, ok := links[id]; ok {
			return []string{d}, nil
		}
		return nil, nil
	}
}

// Regression (issue 13, point 1): the push after an unclear create adopted
// any single agent of the same name and overwrote it — draft B replaced
// draft A's agent. Whatever the push does now, agent-1 is left alone.
func TestPushNeverUpdatesAnAgentAnotherDraftMade(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		opt    PushOptions
		times  bool // the provider gives creation times
		unsure bool // the push stops and names agent-1 instead of creating
	}{
		{"agent-1 is linked to draft A", PushOptions{LinkedDrafts: linkedTo(map[string]string{"agent-1": "d1"})}, false, false},
		{"agent-1 was created before B's create was sent", PushOptions{}, true, false},
		{"nothing tells, and agent-1 holds other settings", PushOptions{}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := newMem()
			if tt.times {
				p.created = map[string]time.Time{}
			}
			a, b, bStore := twoDrafts(t, p)
			if tt.times {
				p.created["agent-1"] = b.Remote().CreatePending.SentAt.Add(-time.Hour)
			}
			before := string(p.agents["agent-1"])
			res, err := Push(context.Background(), p, b, bStore, tt.opt)
			if string(p.agents["agent-1"]) != before || slices.Contains(p.updates, "agent-1") {
				t.Fatalf("draft B's push updated draft A's agent (result %+v, err %v)", res, err)
			}
			if res.RemoteID == a.Remote().ID || bStore.saved.Remote().ID == "agent-1" {
				t.Fatalf("draft B was linked to draft A's agent: %+v", bStore.saved.Remote())
			}
			var ae *AdoptError
			if tt.unsure {
				if !errors.As(err, &ae) || len(ae.Candidates) != 1 || ae.Candidates[0].ID != "agent-1" || len(p.agents) != 1 {
					t.Fatalf("want the push to stop naming agent-1, got %v (%d agents)", err, len(p.agents))
				}
				return
			}
			if err != nil || !res.Created || len(p.agents) != 2 {
				t.Fatalf("want a new agent for B: %+v, %v", res, err)
			}
		})
	}
}

// The proof holds: one agent of this name, made after the create was sent,
// holding what it sent, linked to no other draft. It is adopted, not made
// again.
func TestPushAdoptsTheAgentItProvablyMade(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.created = map[string]time.Time{}
	p.createErr, p.createErrAfter = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}, true
	if _, err := Push(context.Background(), p, testDraft(), st, PushOptions{}); !errors.Is(err, ErrAmbiguous) {
		t.Fatal(err)
	}
	pending := st.saved.Remote().CreatePending
	if pending == nil || pending.BodyHash == "" || pending.SentAt.IsZero() {
		t.Fatalf("the unclear create must record what it sent and when: %+v", pending)
	}
	res, err := Push(context.Background(), p, st.saved, st, PushOptions{LinkedDrafts: linkedTo(nil)})
	if err != nil || !res.Adopted || res.RemoteID != "agent-1" || len(p.agents) != 1 {
		t.Fatalf("want agent-1 adopted: %+v, %v (%d agents)", res, err, len(p.agents))
	}
	if r := st.saved.Remote(); r.ID != "agent-1" || r.CreatePending != nil {
		t.Fatalf("remote state after adoption: %+v", r)
	}
}

// When the proof does not hold, nothing is sent: no update, no create.
func TestPushAdoptsNothingWhenUnsure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(p *memProvider, d *Draft)
		want  string
	}{
		{"the draft changed since the unclear create", func(_ *memProvider, d *Draft) {
			d.Agent.LLM.Prompt = "edited after the unclear create"
		}, "the draft has changed since"},
		{"two agents could be it", func(p *memProvider, _ *Draft) {
			p.agents["agent-9"] = p.agents["agent-1"]
		}, "2 agents could be the one"},
		{"an entry's id cannot be read", func(p *memProvider, _ *Draft) {
			delete(p.agents, "agent-1") // the create did not happen…
			p.extra = []RemoteAgent{{Name: "Front desk"}}
		}, "whose id could not be read"},
		{"an entry cannot be read at all", func(p *memProvider, _ *Draft) {
			delete(p.agents, "agent-1")
			p.extra = []RemoteAgent{{}}
		}, "whose id could not be read"},
		{"the agent does not hold what was sent", func(p *memProvider, _ *Draft) {
			p.agents["agent-1"] = []byte(`{"identity":{"name":"Front desk"},"llm":{"prompt":"someone else's"}}`)
		}, "does not hold every setting"},
		{"format 1 did not record the body", func(_ *memProvider, d *Draft) {
			r := d.Remote()
			r.CreatePending = &PendingCreate{SentAt: r.CreatePending.SentAt}
			d.SetRemote(r)
		}, "cannot be checked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, st := newMem(), &memStore{}
			p.createErr, p.createErrAfter = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}, true
			_, _ = Push(context.Background(), p, testDraft(), st, PushOptions{})
			d := st.saved
			tt.setup(p, &d)
			agents, calls := len(p.agents), len(p.calls)
			_, err := Push(context.Background(), p, d, st, PushOptions{})
			var ae *AdoptError
			if !errors.As(err, &ae) || !errors.Is(err, ErrUnproven) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("want an AdoptError saying %q, got %v", tt.want, err)
			}
			if len(p.agents) != agents || slices.Contains(p.calls[calls:], "create") || slices.Contains(p.calls[calls:], "update") {
				t.Fatalf("an unsure push sent something: %v", p.calls[calls:])
			}
			if !st.saved.Remote().Pending() {
				t.Fatal("an unsure push must keep the unclear create on record")
			}
		})
	}
}

// push --adopt links the draft to an agent on purpose, then updates it; it
// refuses an agent another draft is linked to, or a draft already linked.
func TestPushAdoptOnPurpose(t *testing.T) {
	t.Parallel()
	p := newMem()
	a, b, bStore := twoDrafts(t, p)
	_, err := Push(context.Background(), p, b, bStore, PushOptions{Adopt: "agent-1", LinkedDrafts: linkedTo(map[string]string{"agent-1": a.ID})})
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "d1") || slices.Contains(p.updates, "agent-1") {
		t.Fatalf("adopting draft A's agent: want a refusal naming d1, got %v", err)
	}
	p.agents["agent-7"] = []byte(`{"identity":{"name":"Made by hand"}}`)
	res, err := Push(context.Background(), p, bStore.saved, bStore, PushOptions{Adopt: "agent-7", LinkedDrafts: linkedTo(nil)})
	if err != nil || !res.Adopted || res.RemoteID != "agent-7" || !slices.Contains(p.updates, "agent-7") {
		t.Fatalf("--adopt: %+v, %v", res, err)
	}
	if r := bStore.saved.Remote(); r.ID != "agent-7" || r.CreatePending != nil || bStore.saved.Status() != StatusPushed {
		t.Fatalf("remote state after --adopt: %+v", r)
	}
	if _, err := Push(context.Background(), p, bStore.saved, bStore, PushOptions{Adopt: "agent-1"}); !errors.Is(err, ErrConflict) {
		t.Fatalf("a linked draft adopting another agent: want a refusal, got %v", err)
	}
	if _, err := Push(context.Background(), p, bStore.saved, bStore, PushOptions{Adopt: "nope"}); err == nil {
		t.Fatal("adopting an agent that does not exist must fail")
	}
}

// Regression (issue 13, point 11): no request is sent with an empty agent id.
func TestNoRequestWithAnEmptyAgentID(t *testing.T) {
	t.Parallel()
	p := newMem()
	d := testDraft()
	if _, _, err := Drift(context.Background(), p, &d); err == nil || len(p.gets) > 0 {
		t.Fatalf("Drift of an unpushed draft: %v, gets %v", err, p.gets)
	}
	st := &memStore{}
	if _, err := Push(context.Background(), p, d, st, PushOptions{Adopt: " "}); err == nil || len(p.gets)+len(p.updates) > 0 {
		t.Fatalf("--adopt with a blank id: %v, gets %v updates %v", err, p.gets, p.updates)
	}
	if err := NeedRemoteID("mem", "update", ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("NeedRemoteID: %v", err)
	}
}

// failingStore refuses saves from the nth on, as a full disk would.
type failingStore struct {
	memStore
	failFrom int
}

func (s *failingStore) Save(d *Draft) error {
	if s.saves+1 >= s.failFrom {
		return errors.New("no space left on device")
	}
	return s.memStore.Save(d)
}

// Regression (issue 13, point 11): a change that reached the provider but
// could not be recorded says exactly that, not that the provider failed.
func TestPushSaysWhenTheDraftCouldNotRecordIt(t *testing.T) {
	t.Parallel()
	p := newMem()
	st := &failingStore{failFrom: 1 << 30}
	if _, err := Push(context.Background(), p, testDraft(), st, PushOptions{}); err != nil {
		t.Fatal(err)
	}
	st.failFrom = st.saves + 1 // the update's final save fails
	d := st.saved
	d.Agent.LLM.Prompt = "changed"
	_, err := Push(context.Background(), p, d, st, PushOptions{})
	var nr *NotRecordedError
	if !errors.As(err, &nr) || nr.What != "updated" || errors.Is(err, ErrUnavailable) ||
		!strings.Contains(err.Error(), "the agent agent-1 was updated on Mem, but the draft could not record it: no space left on device") {
		t.Fatalf("got %v", err)
	}
	// The create path: the create answered, the save of its id failed.
	p2, st2 := newMem(), &failingStore{failFrom: 2}
	_, err = Push(context.Background(), p2, testDraft(), st2, PushOptions{})
	if !errors.As(err, &nr) || nr.What != "created" || nr.RemoteID != "agent-1" {
		t.Fatalf("create path: %v", err)
	}
}
