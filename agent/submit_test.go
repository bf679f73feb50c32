package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// memProvider is an in-memory provider: agents are JSON documents by id.
type memProvider struct {
	createThenUpdate bool
	agents           map[string][]byte
	nextID           int
	createErr        error // returned by the next Create
	createErrAfter   bool  // make the agent, then fail (the answer was lost)
	updateErr        error
	listErr          error
	calls            []string
	dropOnStore      string // a top-level key the "provider" does not keep
	created          map[string]time.Time
	extra            []RemoteAgent // listed besides the agents (entries that cannot be read)
	gets             []string      // ids asked for with Get
	updates          []string      // ids updated
}

func newMem() *memProvider { return &memProvider{agents: map[string][]byte{}} }

func (m *memProvider) Info() ProviderInfo {
	return ProviderInfo{ID: "mem", Name: "Mem", CreateThenUpdate: m.createThenUpdate}
}

func (m *memProvider) Capabilities() Capabilities {
	return Capabilities{Fields: map[string]FieldSpec{"identity": {}, "llm": {}, "voice": {}}}
}
func (m *memProvider) Choices(context.Context, ChoiceQuery) ([]Choice, error) { return nil, nil }
func (m *memProvider) Validate(a *Agent) Problems                             { return ValidateCommon(a, m.Capabilities()) }

func (m *memProvider) Decode(doc []byte) (Decoded, error) {
	var a Agent
	if err := json.Unmarshal(doc, &a); err != nil {
		return Decoded{}, err
	}
	return Decoded{Agent: a, Native: doc}, nil
}

func (m *memProvider) Encode(a *Agent, _ []byte, _ SecretLookup) ([]byte, error) {
	return json.Marshal(a)
}
func (m *memProvider) Requests([]byte, string) []Request { return nil }
func (m *memProvider) Create(_ context.Context, doc []byte) (string, error) {
	m.calls = append(m.calls, "create")
	if m.createErr != nil && !m.createErrAfter {
		err := m.createErr
		m.createErr = nil
		return "", err
	}
	m.nextID++
	id := fmt.Sprintf("agent-%d", m.nextID)
	m.agents[id] = m.keep(doc)
	if m.created != nil {
		m.created[id] = time.Now()
	}
	if m.createErr != nil {
		err := m.createErr
		m.createErr, m.createErrAfter = nil, false
		return "", err
	}
	return id, nil
}

func (m *memProvider) Update(_ context.Context, id string, doc []byte) error {
	m.calls = append(m.calls, "update")
	m.updates = append(m.updates, id)
	if m.updateErr != nil {
		err := m.updateErr
		m.updateErr = nil
		return err
	}
	m.agents[id] = m.keep(doc)
	return nil
}

func (m *memProvider) keep(doc []byte) []byte {
	if m.dropOnStore == "" {
		return doc
	}
	var a Agent
	_ = json.Unmarshal(doc, &a)
	switch m.dropOnStore {
	case "voice.speed":
		a.Voice.Speed = nil
	case "schedule":
		a.Schedule = Schedule{}
	}
	out, _ := json.Marshal(a)
	return out
}

func (m *memProvider) Get(_ context.Context, id string) ([]byte, error) {
	m.gets = append(m.gets, id)
	doc, ok := m.agents[id]
	if !ok {
		return nil, &ProviderError{Provider: "mem", Op: "get", Kind: ErrNotFound}
	}
	return doc, nil
}

func (m *memProvider) List(context.Context) ([]RemoteAgent, error) {
	m.calls = append(m.calls, "list")
	if m.listErr != nil {
		return nil, m.listErr
	}
	var out []RemoteAgent
	for id, doc := range m.agents {
		var a Agent
		_ = json.Unmarshal(doc, &a)
		out = append(out, RemoteAgent{ID: id, Name: a.Identity.Name, Created: m.created[id]})
	}
	return append(out, m.extra...), nil
}

// mustPush pushes d with no options, stopping the test if the push fails.
func mustPush(t *testing.T, p Provider, d Draft, st DraftSaver) PushResult {
	t.Helper()
	res, err := Push(context.Background(), p, d, st, PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// memStore is a DraftSaver that keeps the last saved copy and enforces revisions.
type memStore struct {
	saved Draft
	saves int
}

func (s *memStore) Save(d *Draft) error {
	if d.Revision != s.saved.Revision {
		return fmt.Errorf("%w: stale revision", ErrConflict)
	}
	d.Revision++
	s.saved = *d
	s.saves++
	return nil
}

func testDraft() Draft {
	a := Templates[0].New("Front desk")
	speed := 1.1
	a.Voice.Speed = &speed
	return Draft{ID: "d1", Name: "Front desk", Provider: "mem", Agent: a}
}

func TestPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	res, err := Push(context.Background(), p, testDraft(), st, PushOptions{})
	if err != nil || !res.Created || res.RemoteID != "agent-1" {
		t.Fatalf("first push: %+v, %v", res, err)
	}
	if st.saved.Remote().ID != "agent-1" || st.saved.Status() != StatusPushed {
		t.Fatalf("draft not recorded as pushed: %+v", st.saved.Remote())
	}
	res, err = Push(context.Background(), p, st.saved, st, PushOptions{})
	if err != nil || res.Created || len(p.agents) != 1 {
		t.Fatalf("second push should update: %+v, %v, %d agents", res, err, len(p.agents))
	}
}

func TestPushCreateThenConfigure(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.createThenUpdate = true
	p.updateErr = &ProviderError{Provider: "mem", Op: "update", Kind: ErrUnavailable}
	var steps []string
	_, err := Push(context.Background(), p, testDraft(), st, PushOptions{Progress: func(s string) { steps = append(steps, s) }})
	if err == nil {
		t.Fatal("want the configure failure reported")
	}
	if st.saved.Remote().ID != "agent-1" {
		t.Fatal("the remote id must be saved as soon as the create answers")
	}
	if _, err := Push(context.Background(), p, st.saved, st, PushOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(p.agents) != 1 {
		t.Fatalf("want one agent, got %d", len(p.agents))
	}
	if fmt.Sprint(steps) != "[create configure]" {
		t.Fatalf("steps = %v", steps)
	}
}

func TestPushNeverDuplicatesAfterAmbiguousCreate(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}
	p.createErrAfter = true // the agent was made, the answer was lost
	d := testDraft()
	if _, err := Push(context.Background(), p, d, st, PushOptions{}); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("want ErrAmbiguous, got %v", err)
	}
	if !st.saved.Remote().Pending() || st.saved.Status() != StatusError {
		t.Fatal("an unclear create must be remembered")
	}
	if st.saved.Agent.Identity.Name != d.Agent.Identity.Name || ContentHash(&st.saved.Agent) != ContentHash(&d.Agent) {
		t.Fatal("a failed push must not change the person's settings")
	}
	res, err := Push(context.Background(), p, st.saved, st, PushOptions{})
	if err != nil || !res.Adopted || res.RemoteID != "agent-1" {
		t.Fatalf("second push should adopt the earlier agent: %+v, %v", res, err)
	}
	if len(p.agents) != 1 {
		t.Fatalf("want exactly one agent, got %d", len(p.agents))
	}
}

func TestPushAfterAmbiguousCreateThatNeverHappened(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}
	_, _ = Push(context.Background(), p, testDraft(), st, PushOptions{})
	res, err := Push(context.Background(), p, st.saved, st, PushOptions{})
	if err != nil || !res.Created || len(p.agents) != 1 {
		t.Fatalf("nothing was made, so the next push creates once: %+v, %v, %d", res, err, len(p.agents))
	}
}

func TestPushRefusesToCreateWhenListFails(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrAmbiguous}
	p.createErrAfter = true
	_, _ = Push(context.Background(), p, testDraft(), st, PushOptions{})
	p.listErr = &ProviderError{Provider: "mem", Op: "list", Kind: ErrUnavailable}
	if _, err := Push(context.Background(), p, st.saved, st, PushOptions{}); err == nil {
		t.Fatal("must not create blindly when the list cannot be checked")
	}
	if len(p.agents) != 1 {
		t.Fatalf("want one agent, got %d", len(p.agents))
	}
}

func TestPushClearRefusalLeavesDraftAsItWas(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrInvalid, Status: 422}
	d := testDraft()
	if _, err := Push(context.Background(), p, d, st, PushOptions{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("want ErrInvalid, got %v", err)
	}
	if !reflect.DeepEqual(st.saved.Remote(), d.Remote()) {
		t.Fatalf("remote state changed: %+v", st.saved.Remote())
	}
	if len(p.agents) != 0 {
		t.Fatal("nothing should exist")
	}
}

func TestPushRefusesInvalidDraftBeforeSending(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	d := testDraft()
	bad := 5.0
	d.Agent.LLM.Temperature = &bad
	_, err := Push(context.Background(), p, d, st, PushOptions{})
	var ps Problems
	if !errors.As(err, &ps) || ps[0].Path != "llm.temperature" {
		t.Fatalf("want a problem on llm.temperature, got %v", err)
	}
	if len(p.calls) != 0 || st.saves != 0 {
		t.Fatal("nothing may be sent or saved")
	}
}

func TestPushReportsFieldsNotKept(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.dropOnStore = "voice.speed"
	res := mustPush(t, p, testDraft(), st)
	if len(res.NotKept) != 1 || res.NotKept[0].Path != "voice.speed" {
		t.Fatalf("NotKept = %+v", res.NotKept)
	}
}

func TestPushDoesNotReportFieldsItNeverSent(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	p.dropOnStore = "schedule" // the mem provider has no schedule setting
	d := testDraft()
	d.Agent.Schedule.Mon = []Window{{Start: "09:00", End: "17:00"}}
	res := mustPush(t, p, d, st)
	if len(res.NotKept) != 0 {
		t.Fatalf("NotKept = %+v, want nothing: the schedule was never sent", res.NotKept)
	}
}

func TestDriftDetectsChangesElsewhere(t *testing.T) {
	t.Parallel()
	p, st := newMem(), &memStore{}
	res := mustPush(t, p, testDraft(), st)
	d := res.Draft
	if _, changed, err := Drift(context.Background(), p, &d); err != nil || changed {
		t.Fatalf("no drift expected: %v %v", changed, err)
	}
	p.agents[d.Remote().ID] = []byte(`{"identity":{"name":"Renamed in the dashboard"}}`)
	if _, changed, err := Drift(context.Background(), p, &d); err != nil || !changed {
		t.Fatalf("drift expected: %v %v", changed, err)
	}
}
