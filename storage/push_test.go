package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

var _ agent.DraftSaver = (*Store)(nil)

// fakeProvider is the smallest agent.Provider: it keeps the names and the
// last documents of the agents it made in memory (ids remote-1, remote-2,
// …), answers not found for any other id, and its create and update fail
// as told.
type fakeProvider struct {
	mu        sync.Mutex
	agents    map[string]string // id → name
	docs      map[string][]byte // id → the document last sent
	createErr error
	updateErr error
}

func (p *fakeProvider) Info() agent.ProviderInfo {
	return agent.ProviderInfo{ID: "fake", Name: "Fake"}
}

func (p *fakeProvider) Capabilities() agent.Capabilities {
	return agent.Capabilities{}
}

func (p *fakeProvider) Choices(context.Context, agent.ChoiceQuery) ([]agent.Choice, error) {
	return nil, nil
}
func (p *fakeProvider) Validate(*agent.Agent) agent.Problems { return nil }
func (p *fakeProvider) Decode(doc []byte) (agent.Decoded, error) {
	return agent.Decoded{Native: doc}, nil
}

func (p *fakeProvider) Encode(a *agent.Agent, _ []byte, _ agent.SecretLookup) ([]byte, error) {
	return []byte(`{"name":"` + a.Identity.Name + `"}`), nil
}
func (p *fakeProvider) Requests([]byte, string) []agent.Request { return nil }
func (p *fakeProvider) Create(_ context.Context, doc []byte) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.createErr != nil {
		return "", p.createErr
	}
	id := fmt.Sprintf("remote-%d", len(p.agents)+1)
	p.agents[id] = "Front desk"
	p.keep(id, doc)
	return id, nil
}

func (p *fakeProvider) Update(_ context.Context, id string, doc []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.updateErr != nil {
		return p.updateErr
	}
	if _, ok := p.agents[id]; !ok {
		return p.notFound("update", id)
	}
	p.keep(id, doc)
	return nil
}

// Get reads back what was last sent to agent id, as a provider does.
func (p *fakeProvider) Get(_ context.Context, id string) ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	doc, ok := p.docs[id]
	if !ok {
		return nil, p.notFound("get", id)
	}
	return doc, nil
}

// keep records doc as agent id's document; the caller holds p.mu.
func (p *fakeProvider) keep(id string, doc []byte) {
	if p.docs == nil {
		p.docs = map[string][]byte{}
	}
	p.docs[id] = bytes.Clone(doc)
}

func (p *fakeProvider) notFound(op, id string) error {
	return &agent.ProviderError{Provider: "fake", Op: op, Kind: agent.ErrNotFound, Status: 404, Message: "no agent " + id}
}

func (p *fakeProvider) List(context.Context) ([]agent.RemoteAgent, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []agent.RemoteAgent
	for id, name := range p.agents {
		out = append(out, agent.RemoteAgent{ID: id, Name: name})
	}
	return out, nil
}

func (p *fakeProvider) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.agents)
}

// mustBeginPush takes draft id's push lock, with nothing to call while it
// waits.
func mustBeginPush(t *testing.T, s *Store, id string) *PushSession {
	t.Helper()
	ps, err := s.BeginPush(context.Background(), id, nil)
	if err != nil {
		t.Fatalf("begin push: %v", err)
	}
	return ps
}

// pushOnce runs one push of draft id the way the push command does.
func pushOnce(t *testing.T, s *Store, id string, p agent.Provider) (agent.PushResult, error) {
	t.Helper()
	ps := mustBeginPush(t, s, id)
	res, err := agent.Push(context.Background(), p, ps.Draft(), ps, agent.PushOptions{})
	if endErr := ps.End(err); endErr != nil {
		t.Fatalf("end push: %v", endErr)
	}
	return res, err
}

func TestFailedPushLeavesTheFileAsItWas(t *testing.T) {
	t.Parallel()
	refused := &agent.ProviderError{Provider: "fake", Op: "create", Kind: agent.ErrInvalid, Status: 422, Message: "bad"}
	unclear := &agent.ProviderError{Provider: "fake", Op: "create", Kind: agent.ErrAmbiguous, Message: "timeout"}
	tests := []struct {
		name         string
		createErr    error
		wantSame     bool // the file is byte for byte as before
		wantPending  bool // the create-pending marker is set
		wantAgents   int
		wantRevision int // revision on disk afterwards (the draft starts at 1)
	}{
		{name: "a refused create changes nothing", createErr: refused, wantSame: true, wantRevision: 1},
		{name: "a rate-limited create changes nothing", createErr: &agent.ProviderError{Kind: agent.ErrRateLimited, Status: 429}, wantSame: true, wantRevision: 1},
		{name: "an unclear create keeps only the marker", createErr: unclear, wantPending: true, wantRevision: 2},
		{name: "a successful create records the id", wantAgents: 1, wantRevision: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, d := storeWith(t, "Front desk", "fake")
			before, _ := os.ReadFile(s.path(d.ID))
			p := &fakeProvider{agents: map[string]string{}, createErr: tt.createErr}
			_, err := pushOnce(t, s, d.ID, p)
			if (err == nil) != (tt.createErr == nil) {
				t.Fatalf("push error %v, want %v", err, tt.createErr)
			}
			after, _ := os.ReadFile(s.path(d.ID))
			if same := bytes.Equal(before, after); same != tt.wantSame {
				t.Errorf("file unchanged = %v, want %v:\n%s", same, tt.wantSame, after)
			}
			got, err := s.Load(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Remote().Pending() != tt.wantPending || got.Revision != tt.wantRevision || p.count() != tt.wantAgents {
				t.Errorf("on disk: pending %v revision %d, agents %d; want %v, %d, %d",
					got.Remote().Pending(), got.Revision, p.count(), tt.wantPending, tt.wantRevision, tt.wantAgents)
			}
		})
	}
}

func TestFailedUpdateOfAPushedDraftLeavesTheFileAsItWas(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	p := &fakeProvider{agents: map[string]string{}}
	if _, err := pushOnce(t, s, d.ID, p); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.path(d.ID))
	p.updateErr = &agent.ProviderError{Kind: agent.ErrUnavailable, Status: 502}
	if _, err := pushOnce(t, s, d.ID, p); !errors.Is(err, agent.ErrUnavailable) {
		t.Fatalf("push: %v, want the 502", err)
	}
	if after, _ := os.ReadFile(s.path(d.ID)); !bytes.Equal(before, after) {
		t.Errorf("a failed update changed the file:\n%s", after)
	}
}

func TestRestoreLeavesADraftSavedElsewhereAlone(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	ps := mustBeginPush(t, s, d.ID)
	marked := ps.Draft()
	marked.SetRemote(agent.Remote{CreatePending: &agent.PendingCreate{SentAt: time.Now()}})
	if err := ps.Save(&marked); err != nil {
		t.Fatal(err)
	}
	marked.SetRemote(agent.Remote{})
	if err := ps.Save(&marked); err != nil {
		t.Fatal(err)
	}
	// Someone else saves an edit before the push ends.
	other, _ := s.Load(d.ID)
	other.Agent.Greeting.Text = "edited in the TUI"
	mustSave(t, s, &other)
	if err := ps.End(errors.New("refused")); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Load(d.ID)
	if got.Agent.Greeting.Text != "edited in the TUI" || got.Revision != other.Revision {
		t.Errorf("the other edit was lost: revision %d, greeting %q", got.Revision, got.Agent.Greeting.Text)
	}
}

func TestSecondPushWaitsAndUpdatesInsteadOfCreating(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	p := &fakeProvider{agents: map[string]string{}}

	first := mustBeginPush(t, s, d.ID)
	waiting := make(chan struct{})
	second := make(chan error, 1)
	go func() {
		ps, err := s.BeginPush(context.Background(), d.ID, func() { close(waiting) })
		if err != nil {
			second <- err
			return
		}
		res, err := agent.Push(context.Background(), p, ps.Draft(), ps, agent.PushOptions{})
		if err == nil && res.Created {
			err = errors.New("the second push created another agent")
		}
		second <- errors.Join(err, ps.End(err))
	}()
	<-waiting // the second push is blocked on the lock
	res, err := agent.Push(context.Background(), p, first.Draft(), first, agent.PushOptions{})
	if err != nil || !res.Created {
		t.Fatalf("first push: created %v, %v", res.Created, err)
	}
	if err := first.End(nil); err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	if p.count() != 1 {
		t.Errorf("%d agents exist, want 1", p.count())
	}
	if _, err := os.Stat(s.dir + "/" + pushLockName(d.ID)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the push lock file was left behind: %v", err)
	}
}

func TestWaitingForAPushEndsWithTheContext(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	held := mustBeginPush(t, s, d.ID)
	defer func() { _ = held.End(nil) }()
	ctx, cancel := context.WithCancel(context.Background())
	_, err := s.BeginPush(ctx, d.ID, cancel)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("waiting push: %v, want it cancelled", err)
	}
}

func TestBeginPushRefusesWhatIsNotADraft(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	for _, id := range []string{"missing", "../x", ""} {
		if _, err := s.BeginPush(context.Background(), id, nil); !errors.Is(err, agent.ErrNotFound) {
			t.Errorf("BeginPush(%q): %v, want not found", id, err)
		}
	}
	if err := os.WriteFile(s.path("broken"), []byte("{]"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BeginPush(context.Background(), "broken", nil); err == nil {
		t.Error("a damaged draft was accepted for a push")
	}
	// The lock of a refused push is released.
	if _, err := s.BeginPush(context.Background(), "missing", func() { t.Error("a released lock was still held") }); err == nil {
		t.Error("a missing draft was accepted")
	}
}

func TestPushRecordsTheRemoteAgentInTheDraftFile(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	p := &fakeProvider{agents: map[string]string{}}

	res, err := agent.Push(context.Background(), p, d, s, agent.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := s.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if res.RemoteID != "remote-1" || onDisk.Remote().ID != "remote-1" || onDisk.Status() != agent.StatusPushed {
		t.Errorf("remote %q, on disk %+v, status %s", res.RemoteID, onDisk.Remote(), onDisk.Status())
	}
	if onDisk.Revision != res.Draft.Revision || onDisk.Revision <= d.Revision {
		t.Errorf("revision on disk %d, push result %d, before %d", onDisk.Revision, res.Draft.Revision, d.Revision)
	}

	// The draft as the caller held it before the push is now stale.
	d.Agent.Greeting.Text = "edited meanwhile"
	if err := s.Save(&d); !errors.Is(err, agent.ErrConflict) {
		t.Errorf("saving the pre-push copy: %v, want a conflict", err)
	}
}

func TestAmbiguousCreateIsRememberedOnDisk(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	p := &fakeProvider{agents: map[string]string{}, createErr: agent.ErrAmbiguous}
	if _, err := agent.Push(context.Background(), p, d, s, agent.PushOptions{}); !errors.Is(err, agent.ErrAmbiguous) {
		t.Fatalf("push: %v, want ErrAmbiguous", err)
	}
	onDisk, _ := s.Load(d.ID)
	if !onDisk.Remote().Pending() || onDisk.Status() != agent.StatusError {
		t.Errorf("after an unclear create the draft file says %+v (status %s)", onDisk.Remote(), onDisk.Status())
	}
	entries, _ := s.List()
	if len(entries) != 1 || entries[0].Status != agent.StatusError {
		t.Errorf("list shows %+v", entries)
	}
}
