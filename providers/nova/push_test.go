package nova

import (
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestPushCreatesThenConfiguresThenUpdates(t *testing.T) {
	t.Parallel()
	p := kit.PushNew(t, "create,configure,read back")
	stored := p.Fake.Stored(p.First.RemoteID)
	if v, _ := fakeapi.Lookup(stored, keyPreCall, "headers", "Authorization"); v != "Bearer "+crmKey {
		t.Errorf("the real header value must reach Nova, got %v", v)
	}
	if v, _ := fakeapi.Lookup(stored, keyLLM, "system_prompt"); v != "Legacy system prompt kept by the dashboard." {
		t.Errorf("system_prompt changed: %v", v)
	}

	speed := 1.15
	p.Update(t, func(d *agent.Draft) { d.Agent.Voice.Speed = &speed })
	if v, _ := fakeapi.Lookup(p.Fake.Stored(p.First.RemoteID), keyVoice, "speed"); v != jsondoc.NumberValue(1.15) {
		t.Errorf("speed = %v", v)
	}
}

func TestAFailedConfigureIsFinishedByTheNextPushWithoutASecondCreate(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := kit.Setup(t)
	saver := &providertest.MemSaver{}
	down := fault{Status: 503, Body: detail("Service Unavailable")}
	f.Inject("PATCH", down, down, down) // every attempt of the first configure fails

	res, _, err := kit.Pusher(c).Push(t, saver, d, secrets)
	if !errors.Is(err, agent.ErrUnavailable) {
		t.Fatalf("want the configure failure, got %v", err)
	}
	if res.RemoteID == "" || saver.Last().Remote().ID != res.RemoteID {
		t.Fatalf("the id from the create must already be saved: %+v / %+v", res, saver.Last().Remote())
	}
	res2, steps, err := kit.Pusher(c).Push(t, saver, saver.Last(), secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "update,read back" || res2.RemoteID != res.RemoteID {
		t.Errorf("the second push must only PATCH the same agent: %s %+v", got, res2)
	}
	if f.Count() != 1 || f.CallsOf("POST") != 1 {
		t.Errorf("agents = %d, creates = %d; want 1 and 1", f.Count(), f.CallsOf("POST"))
	}
	if v, _ := fakeapi.Lookup(f.Stored(res.RemoteID), keyGreeting, "greeting"); v == nil {
		t.Error("the settings must have arrived with the second push")
	}
}

func TestPushNeverDuplicatesUnderFaults(t *testing.T) {
	t.Parallel()
	tooMany := fault{Status: 429, Body: detail("Too Many Requests"), Header: map[string]string{"Retry-After": "1"}}
	kit.RunPushFaults(t, append(providertest.CreateDropFaults(), []providertest.PushFault{
		{Name: "429 on create is waited out", Method: "POST", Faults: []fault{tooMany}, WantCreates: 2},
		{
			Name: "500 on create is not repeated; the next push finds nothing and creates", Method: "POST",
			Faults: []fault{{Status: 500, Body: detail("Internal Server Error")}}, FirstFails: true, WantCreates: 2,
		},
		{Name: "503 then success on configure", Method: "PATCH", Faults: []fault{{Status: 503, Body: detail("busy")}}, WantCreates: 1},
		{Name: "dropped connection on configure is retried", Method: "PATCH", Faults: []fault{{DropBefore: true}}, WantCreates: 1},
		{Name: "dropped connection on read-back is retried", Method: "GET", Faults: []fault{{DropAfter: true}}, WantCreates: 1},
	}...))
}

func TestReadBackWithIntegerArraysReportsNothingLost(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := kit.Setup(t)
	f.AnswerWithArrays(true)
	res := kit.Pusher(c).MustPush(t, d, secrets)
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("placeholders in the answer are not losses: %v %v", res.NotKept, res.ReadBackErr)
	}
}

func TestPushStopsOnProblemsBeforeSending(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := kit.Setup(t)
	d.Agent.LLM.Vendor = ""
	_, _, err := kit.Pusher(c).Push(t, &providertest.MemSaver{}, d, secrets)
	var ps agent.Problems
	if !errors.As(err, &ps) || len(ps.At("llm.vendor")) == 0 {
		t.Fatalf("want a problem on llm.vendor, got %v", err)
	}
	if len(f.Calls()) != 0 {
		t.Errorf("nothing may be sent: %v", f.Calls())
	}
}

func TestEveryTemplatePushesToTheFake(t *testing.T) {
	t.Parallel()
	// The templates' language has no place on Nova without a voice or
	// recogniser (Validate warns), so the read-back reports it.
	kit.RunTemplatePushes(t, ProviderID, "identity.language")
}
