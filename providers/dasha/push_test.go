package dasha

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	store := &providertest.MemSaver{}
	d := providertest.TemplateDraft(t, ProviderID, "support", "Support line")
	ctx := context.Background()

	res, steps, err := pusher(c).Push(t, store, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Created || res.RemoteID == "" || store.Last().Remote().ID != res.RemoteID || store.Last().Remote().Pending() {
		t.Fatalf("first push should create and record the id: %+v / %+v", res, store.Last().Remote())
	}
	if strings.Join(steps, ",") != "create,read back" {
		t.Errorf("steps = %v", steps)
	}
	if res.ReadBackErr != nil {
		t.Errorf("read back: %v", res.ReadBackErr)
	}
	// Only what validation warned Dasha cannot carry comes back missing.
	for _, ch := range res.NotKept {
		if capabilities().Supports(ch.Path) {
			t.Errorf("Dasha should have kept %s", ch)
		}
	}

	// The second push sends the full agent with PUT and creates nothing.
	d = res.Draft
	d.Agent.Voice.Speed = ptr(1.1)
	res, _, err = pusher(c).Push(t, store, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || f.Calls("create") != 1 || f.Calls("update") != 1 || len(f.AgentIDs()) != 1 {
		t.Fatalf("second push: created=%v creates=%d updates=%d agents=%d", res.Created, f.Calls("create"), f.Calls("update"), len(f.AgentIDs()))
	}
	got := f.Agent(res.RemoteID)
	if speed := got["config"].(map[string]any)["ttsConfig"].(map[string]any)["speed"]; speed != json.Number("1.1") {
		t.Errorf("speed on Dasha = %v", speed)
	}

	// Nobody changed it elsewhere; then someone does.
	d = res.Draft
	if _, changed, err := agent.Drift(ctx, c, &d); err != nil || changed {
		t.Fatalf("drift right after a push: changed=%v err=%v", changed, err)
	}
	f.Edit(res.RemoteID, "description", "edited in the dashboard")
	remote, changed, err := agent.Drift(ctx, c, &d)
	if err != nil || !changed || remote.Agent.Identity.Description != "edited in the dashboard" {
		t.Fatalf("drift after a dashboard edit: changed=%v err=%v", changed, err)
	}
}

func TestPushOfAnImportedAgentWithSecrets(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	dec := providertest.DecodeTestdata(t, c, "full_response.json")
	d := agent.Draft{ID: "d2", Name: "Clinic", Provider: ProviderID, Agent: dec.Agent}
	d.SetNative(string(dec.Native))
	store := &providertest.MemSaver{}
	res, _, err := pusher(c).Push(t, store, d, agent.SecretMap(dec.Secrets))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NotKept) != 0 {
		t.Errorf("Dasha kept everything, yet NotKept = %v", res.NotKept)
	}
	// The full document sets every field Dasha supports, and each reads
	// back as sent: a newly supported field fails here until its wire, the
	// fake and this document agree.
	providertest.EveryFieldSet(t, c.Capabilities(), &dec.Agent)
	providertest.EveryFieldReadsBack(t, c, res.RemoteID, &dec.Agent)
	stored := f.Agent(res.RemoteID)
	if stored["config"].(map[string]any)["llmConfig"].(map[string]any)["apiKey"] != "sk-FAKE-SECRET-llm-0001" {
		t.Error("the real LLM key was not sent on push")
	}
	assertNoSecret(t, "the saved draft's native document", []byte(store.Last().Native()))
	assertNoSecret(t, "the saved draft's agent", agentJSON(t, store.Last().Agent))
}

func TestPushNeverCreatesTwice(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		fault       dashatest.Fault
		wantKind    error // of the first push; nil for success
		agentsAfter int   // on Dasha after the first push
		creates     int   // create requests Dasha saw in the first push
	}{
		{"429 is waited out and retried, as nothing was made", dashatest.Answer(http.StatusTooManyRequests, "2"), nil, 1, 2},
		{"500 before anything was made", dashatest.Answer(http.StatusInternalServerError, ""), agent.ErrAmbiguous, 0, 1},
		{"500 after the agent was made", dashatest.AnswerAfterStoring(http.StatusBadGateway), agent.ErrAmbiguous, 1, 1},
		{"connection dropped before the agent was made", dashatest.DropBeforeStoring, agent.ErrAmbiguous, 0, 1},
		{"connection dropped after the agent was made", dashatest.DropAfterStoring, agent.ErrAmbiguous, 1, 1},
		{"no answer in time after the agent was made", dashatest.HangAfterStoring, agent.ErrAmbiguous, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t)
			var waits []time.Duration
			c := fakeClient(t, f, &waits, WithTimeout(providertest.HangTimeout))
			f.Inject("create", tt.fault)
			store := &providertest.MemSaver{}
			d := providertest.TemplateDraft(t, ProviderID, "support", "Fault "+tt.name)

			res, _, err := pusher(c).Push(t, store, d, agent.SecretMap{})
			switch {
			case tt.wantKind == nil && err != nil:
				t.Fatalf("first push: %v", err)
			case tt.wantKind != nil && !errors.Is(err, tt.wantKind):
				t.Fatalf("first push error %v, want %v", err, tt.wantKind)
			}
			if n := len(f.AgentIDs()); n != tt.agentsAfter {
				t.Fatalf("agents after the first push = %d, want %d", n, tt.agentsAfter)
			}
			if f.Calls("create") != tt.creates {
				t.Fatalf("create requests = %d, want %d", f.Calls("create"), tt.creates)
			}
			if tt.wantKind == nil {
				if res.RemoteID == "" || len(waits) != 1 || waits[0] != 2*time.Second {
					t.Fatalf("429: id %q, waits %v (want one wait of 2s)", res.RemoteID, waits)
				}
				return
			}
			if !store.Last().Remote().Pending() || store.Last().Remote().ID != "" {
				t.Fatalf("an unclear create must be remembered: %+v", store.Last().Remote())
			}

			// The next push looks at Dasha's list first and never makes a
			// second agent.
			res, _, err = pusher(c).Push(t, store, store.Last(), agent.SecretMap{})
			if err != nil {
				t.Fatalf("second push: %v", err)
			}
			if len(f.AgentIDs()) != 1 || f.Calls("list") == 0 {
				t.Fatalf("after the second push: %d agents, %d list calls", len(f.AgentIDs()), f.Calls("list"))
			}
			if res.Adopted != (tt.agentsAfter == 1) {
				t.Fatalf("adopted = %v, want %v", res.Adopted, tt.agentsAfter == 1)
			}
			if store.Last().Remote().Pending() || store.Last().Remote().ID != res.RemoteID {
				t.Fatalf("remote state after the second push: %+v", store.Last().Remote())
			}
		})
	}
}

func TestUpdateFaults(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	var waits []time.Duration
	c := fakeClient(t, f, &waits)
	store := &providertest.MemSaver{}
	res, _, err := pusher(c).Push(t, store, providertest.TemplateDraft(t, ProviderID, "support", "Updates"), agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Draft

	// 5xx and dropped connections on an update are retried: a PUT of the
	// full agent can be repeated safely.
	f.Inject("update", dashatest.Answer(http.StatusServiceUnavailable, ""), dashatest.DropAfterStoring)
	if _, _, err := pusher(c).Push(t, store, d, agent.SecretMap{}); err != nil {
		t.Fatalf("update after 503 and a dropped connection: %v", err)
	}
	if f.Calls("update") != 3 || len(f.AgentIDs()) != 1 || len(waits) != 2 {
		t.Fatalf("updates %d, agents %d, waits %v", f.Calls("update"), len(f.AgentIDs()), waits)
	}

	// A rejected update leaves the draft as it was and points at the field.
	before := store.Last()
	f.Inject("update", func(w http.ResponseWriter, r *http.Request, store func()) {
		dashatest.Problem(w, http.StatusBadRequest, "One or more validation errors occurred.", "",
			map[string][]string{"Config.TtsConfig.Speed": {"Speed must be between 0.7 and 1.2 for ElevenLabs."}})
	})
	_, _, err = pusher(c).Push(t, store, store.Last(), agent.SecretMap{})
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) || len(pe.Fields) != 1 || pe.Fields[0].Path != "voice.speed" {
		t.Fatalf("want a field error on voice.speed, got %v", err)
	}
	if !reflect.DeepEqual(store.Last().Remotes, before.Remotes) || store.Last().Revision != before.Revision {
		t.Fatalf("a failed update changed the draft: %+v → %+v", before.Remote(), store.Last().Remote())
	}
}

// TestEmptyFillersLetDashaChoose is issue 13 point 12 on Dasha: the help
// says an empty filler list lets Dasha choose, but a new draft sent the
// seed's example phrase ["um"]. Through the fake: a create with no phrases
// sends fillers without a strategy; phrases typed later go as a static list;
// clearing them drops the strategy again.
func TestEmptyFillersLetDashaChoose(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	store := &providertest.MemSaver{}
	d := providertest.TemplateDraft(t, ProviderID, "support", "Fillers")
	fillersSent := func(op string) map[string]any {
		t.Helper()
		bodies := f.Bodies(op)
		var doc struct {
			Config struct {
				Features struct {
					Fillers map[string]any `json:"fillers"`
				} `json:"features"`
			} `json:"config"`
		}
		if err := json.Unmarshal(bodies[len(bodies)-1], &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Config.Features.Fillers
	}

	res, _, err := pusher(c).Push(t, store, d, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fillersSent("create"), map[string]any{"version": "v1", "isEnabled": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("create sent fillers %v, want %v (no strategy: Dasha chooses)", got, want)
	}

	d = res.Draft
	d.Agent.Turn.Fillers.Phrases = []string{"Let me see.", "One moment."}
	if res, _, err = pusher(c).Push(t, store, d, agent.SecretMap{}); err != nil {
		t.Fatal(err)
	}
	strategy, _ := fillersSent("update")["strategy"].(map[string]any)
	if want := map[string]any{"type": "static", "texts": []any{"Let me see.", "One moment."}}; !reflect.DeepEqual(strategy, want) {
		t.Errorf("update sent strategy %v, want %v", strategy, want)
	}

	d = res.Draft
	d.Agent.Turn.Fillers.Phrases = nil
	if _, _, err = pusher(c).Push(t, store, d, agent.SecretMap{}); err != nil {
		t.Fatal(err)
	}
	if s, ok := fillersSent("update")["strategy"]; ok {
		t.Errorf("cleared phrases still sent strategy %v", s)
	}
}
