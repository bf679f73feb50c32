package elevenlabs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func newDraft(t *testing.T, name string) agent.Draft {
	t.Helper()
	tmpl, _ := agent.TemplateByID("reminder")
	return agent.Draft{ID: "d1", Name: name, Provider: ProviderID, Agent: tmpl.New(name)}
}

// TestPushSurvivesFaults injects a fault into the first create and checks,
// through the one submit flow, that a second push leaves exactly one agent
// on ElevenLabs and linked to the draft.
func TestPushSurvivesFaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		faults []elevenlabstest.Fault
		// firstOK says whether the first push succeeds on its own.
		firstOK   bool
		firstKind error
		// creates is how many create requests reach the fake in all.
		creates int
	}{
		{"429 then success", []elevenlabstest.Fault{elevenlabstest.RateLimited(1)}, true, nil, 2},
		{"two 429s then success", []elevenlabstest.Fault{elevenlabstest.RateLimited(0), elevenlabstest.RateLimited(2)}, true, nil, 3},
		{"500 before anything happened", []elevenlabstest.Fault{elevenlabstest.ServerError(500)}, false, agent.ErrAmbiguous, 2},
		{"502 after the agent was made", []elevenlabstest.Fault{elevenlabstest.FailAfterHandling(502)}, false, agent.ErrAmbiguous, 1},
		{"connection dropped before the request was read", []elevenlabstest.Fault{elevenlabstest.DropBeforeHandling()}, false, nil, 2},
		{"connection dropped after the agent was made", []elevenlabstest.Fault{elevenlabstest.DropAfterHandling()}, false, agent.ErrAmbiguous, 1},
		{"no answer in time after the agent was made", []elevenlabstest.Fault{elevenlabstest.HangAfterHandling()}, false, agent.ErrAmbiguous, 1},
		{"a refused body is not retried", []elevenlabstest.Fault{elevenlabstest.Unprocessable("Input should be less than or equal to 1.2", "less_than_equal", "conversation_config", "tts", "speed")}, false, agent.ErrInvalid, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
			fake.Inject("create", tt.faults...)
			c := newTestClient(t, fake, WithTimeout(300*time.Millisecond))
			saver := &providertest.MemSaver{}
			d := newDraft(t, "Reminder "+tt.name)
			if err := saver.Save(&d); err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			res, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: agent.SecretMap{}})
			switch {
			case tt.firstOK && err != nil:
				t.Fatalf("first push failed: %v", err)
			case !tt.firstOK && err == nil:
				t.Fatal("first push succeeded, want a failure")
			case tt.firstKind != nil && !errors.Is(err, tt.firstKind):
				t.Fatalf("first push error = %v, want %v", err, tt.firstKind)
			}
			if err != nil && strings.Contains(err.Error(), testKey) {
				t.Error("the error shows the key")
			}
			if !tt.firstOK {
				if n := len(fake.AgentIDs()); n > 1 {
					t.Fatalf("%d agents after a failed create", n)
				}
				res, err = agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: agent.SecretMap{}})
				if err != nil {
					t.Fatalf("second push failed: %v", err)
				}
			}
			ids := fake.AgentIDs()
			if len(ids) != 1 {
				t.Fatalf("%d agents on the fake, want exactly 1", len(ids))
			}
			saved := saver.Last()
			if saved.Remote().ID != ids[0] || res.RemoteID != ids[0] || saved.Remote().Pending() {
				t.Errorf("draft remote = %+v, result id %s, want linked to %s", saved.Remote(), res.RemoteID, ids[0])
			}
			if n := len(fake.Calls("create")); n != tt.creates {
				t.Errorf("%d create requests, want %d", n, tt.creates)
			}
			// A third push updates; it never creates.
			if _, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{Secrets: agent.SecretMap{}}); err != nil {
				t.Fatalf("later push failed: %v", err)
			}
			if len(fake.AgentIDs()) != 1 || len(fake.Calls("update")) == 0 {
				t.Errorf("a later push made %d agents and %d updates", len(fake.AgentIDs()), len(fake.Calls("update")))
			}
		})
	}
}

func TestPushRetriesUpdatesAndReadsBack(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	c := newTestClient(t, fake)
	saver := &providertest.MemSaver{}
	d := newDraft(t, "Read back")
	_ = saver.Save(&d)
	ctx := context.Background()
	if _, err := agent.Push(ctx, c, saver.Last(), saver, agent.PushOptions{}); err != nil {
		t.Fatal(err)
	}
	fake.Inject("update", elevenlabstest.ServerError(503), elevenlabstest.DropBeforeHandling())
	// The provider keeps the voice speed only to one decimal: the read-back
	// must say so.
	fake.SetTransform(func(a map[string]any) {
		a["conversation_config"].(map[string]any)["tts"].(map[string]any)["speed"] = 1.1
	})
	edited := saver.Last()
	edited.Agent.Voice.Speed = ptr(1.15)
	var steps []string
	res, err := agent.Push(ctx, c, edited, saver, agent.PushOptions{Progress: func(s string) { steps = append(steps, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(steps, ",") != "update,read back" {
		t.Errorf("steps = %v", steps)
	}
	if n := len(fake.Calls("update")); n != 3 {
		t.Errorf("%d update requests, want 3 (two faults, then success)", n)
	}
	// Only the rounded speed is news: that ElevenLabs keeps the language
	// without its region (en-US is sent as en) is its form, not a loss.
	if len(res.NotKept) != 1 || res.NotKept[0].Path != "voice.speed" || res.NotKept[0].From != "1.15" || res.NotKept[0].To != "1.1" {
		t.Errorf("not kept = %v, want the speed only", res.NotKept)
	}
	if len(fake.AgentIDs()) != 1 {
		t.Errorf("%d agents", len(fake.AgentIDs()))
	}
}

func TestPushLandsA422OnTheField(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	fake.Inject("create", elevenlabstest.Unprocessable("Input should be a valid string", "string_type", "conversation_config", "agent", "prompt", "tools", 0, "webhook", "api_schema", "url"))
	c := newTestClient(t, fake)
	saver := &providertest.MemSaver{}
	tmpl, _ := agent.TemplateByID("support")
	d := agent.Draft{Provider: ProviderID, Agent: tmpl.New("Support")}
	_ = saver.Save(&d)
	_, err := agent.Push(context.Background(), c, saver.Last(), saver, agent.PushOptions{})
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) {
		t.Fatalf("want an invalid-settings provider error, got %v", err)
	}
	if ps := pe.Problems(); len(ps) != 1 || ps[0].Path != "tools[0].url" {
		t.Errorf("problems = %v, want one on tools[0].url", ps)
	}
	if saved := saver.Last(); saved.Remote().ID != "" || saved.Remote().Pending() {
		t.Errorf("a refused create changed the remote state: %+v", saved.Remote())
	}
}
