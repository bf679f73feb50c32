package agent

import (
	"context"
	"errors"
	"testing"
)

// preparing is a provider with a step of its own before the agent is sent.
type preparing struct {
	*memProvider
	prepared int
}

func (p *preparing) Prepare(_ context.Context, a *Agent, _ PrepareInput) (Prepared, error) {
	p.prepared++
	if v, _ := a.Settings.Get("mem", "made"); v != nil {
		return Prepared{}, nil // made on an earlier push
	}
	return Prepared{Settings: []SettingChange{{Provider: "mem", Key: "made", Value: "thing-1"}, {Provider: "mem", Key: "typed"}}}, nil
}

// TestPrepareChangesAreSavedBeforeTheAgentIsSent: what the provider step
// made is in the draft even when the create that follows is refused, so
// the next push does not make it again.
func TestPrepareChangesAreSavedBeforeTheAgentIsSent(t *testing.T) {
	t.Parallel()
	p := &preparing{memProvider: newMem()}
	p.createErr = &ProviderError{Provider: "mem", Op: "create", Kind: ErrInvalid, Message: "refused"}
	st := &memStore{}
	d := testDraft()
	d.Agent.Settings = Settings{"mem": {"typed": "secret:x#00000000"}}
	if _, err := Push(context.Background(), p, d, st, PushOptions{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("first push: %v", err)
	}
	if got := st.saved.Agent.Settings["mem"]; got["made"] != "thing-1" || got["typed"] != nil {
		t.Fatalf("draft settings after the refused create: %v", got)
	}
	res, err := Push(context.Background(), p, st.saved, st, PushOptions{})
	if err != nil || !res.Created {
		t.Fatalf("second push: %+v, %v", res, err)
	}
	if got := res.Draft.Agent.Settings["mem"]; got["made"] != "thing-1" || p.prepared != 2 {
		t.Fatalf("after the second push: %v, prepared %d times", got, p.prepared)
	}
}
