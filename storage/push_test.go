package storage

import (
	"context"
	"errors"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

var _ agent.DraftSaver = (*Store)(nil)

// fakeProvider is the smallest agent.Provider: it keeps agents in memory and
// can be told to fail its create ambiguously.
type fakeProvider struct {
	agents    map[string][]byte
	createErr error
}

func (p *fakeProvider) Info() agent.ProviderInfo {
	return agent.ProviderInfo{ID: "fake", Name: "Fake"}
}
func (p *fakeProvider) Capabilities() agent.Capabilities { return agent.Capabilities{} }
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
	if p.createErr != nil {
		return "", p.createErr
	}
	p.agents["remote-1"] = doc
	return "remote-1", nil
}

func (p *fakeProvider) Update(_ context.Context, id string, doc []byte) error {
	p.agents[id] = doc
	return nil
}

func (p *fakeProvider) Get(_ context.Context, id string) ([]byte, error) { return p.agents[id], nil }

func (p *fakeProvider) List(context.Context) ([]agent.RemoteAgent, error) {
	var out []agent.RemoteAgent
	for id := range p.agents {
		out = append(out, agent.RemoteAgent{ID: id, Name: "Front desk"})
	}
	return out, nil
}

func TestPushRecordsTheRemoteAgentInTheDraftFile(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "fake")
	p := &fakeProvider{agents: map[string][]byte{}}

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
	p := &fakeProvider{agents: map[string][]byte{}, createErr: agent.ErrAmbiguous}
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
