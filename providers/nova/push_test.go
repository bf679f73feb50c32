package nova

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// pushDraft is the full test document as a fresh import: its copy source
// does not exist on the fake, so it is left out.
func pushDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	obj, err := jsondoc.ParseOrNew(providertest.ReadTestdata(t, "full_request.json"))
	if err != nil {
		t.Fatal(err)
	}
	obj.Delete(keyCopyFrom)
	doc, _ := jsondoc.MarshalSorted(obj)
	return providertest.ImportedDraft(t, c, ProviderID, doc)
}

func pusher(c *Client) providertest.Pusher {
	return providertest.Pusher{
		P: c, Keys: []string{testKey},
		Now: func() time.Time { return time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC) },
	}
}

func TestPushCreatesThenConfiguresThenUpdates(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	saver := &providertest.MemSaver{}

	res, steps, err := pusher(c).Push(t, saver, d, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "create,configure,read back" {
		t.Errorf("steps = %s", got)
	}
	if !res.Created || res.RemoteID == "" || saver.Last().Remote().ID != res.RemoteID {
		t.Fatalf("the remote id must be saved in the draft: %+v", res)
	}
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("everything sent should be kept: %v %v", res.NotKept, res.ReadBackErr)
	}
	stored := f.Stored(res.RemoteID)
	if v, _ := fakeapi.Lookup(stored, keyPreCall, "headers", "Authorization"); v != "Bearer "+crmKey {
		t.Errorf("the real header value must reach Nova, got %v", v)
	}
	if v, _ := fakeapi.Lookup(stored, keyLLM, "system_prompt"); v != "Legacy system prompt kept by the dashboard." {
		t.Errorf("system_prompt changed: %v", v)
	}

	next := saver.Last()
	speed := 1.15
	next.Agent.Voice.Speed = &speed
	res2, steps, err := pusher(c).Push(t, saver, next, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "update,read back" || res2.Created || res2.RemoteID != res.RemoteID {
		t.Errorf("second push must update the same agent: steps %s, %+v", got, res2)
	}
	if v, _ := fakeapi.Lookup(f.Stored(res.RemoteID), keyVoice, "speed"); v != jsondoc.NumberValue(1.15) {
		t.Errorf("speed = %v", v)
	}
	if f.Count() != 1 || f.CallsOf("POST") != 1 {
		t.Errorf("agents = %d, creates = %d; want 1 and 1", f.Count(), f.CallsOf("POST"))
	}
}

func TestAFailedConfigureIsFinishedByTheNextPushWithoutASecondCreate(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	saver := &providertest.MemSaver{}
	down := fault{Status: 503, Body: detail("Service Unavailable")}
	f.Inject("PATCH", down, down, down) // every attempt of the first configure fails

	res, _, err := pusher(c).Push(t, saver, d, secrets)
	if !errors.Is(err, agent.ErrUnavailable) {
		t.Fatalf("want the configure failure, got %v", err)
	}
	if res.RemoteID == "" || saver.Last().Remote().ID != res.RemoteID {
		t.Fatalf("the id from the create must already be saved: %+v / %+v", res, saver.Last().Remote())
	}
	res2, steps, err := pusher(c).Push(t, saver, saver.Last(), secrets)
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
	providertest.RunPushFaults(t, append(providertest.CreateDropFaults(), []providertest.PushFault{
		{Name: "429 on create is waited out", Method: "POST", Faults: []fault{tooMany}, WantCreates: 2},
		{
			Name: "500 on create is not repeated; the next push finds nothing and creates", Method: "POST",
			Faults: []fault{{Status: 500, Body: detail("Internal Server Error")}}, FirstFails: true, WantCreates: 2,
		},
		{Name: "503 then success on configure", Method: "PATCH", Faults: []fault{{Status: 503, Body: detail("busy")}}, WantCreates: 1},
		{Name: "dropped connection on configure is retried", Method: "PATCH", Faults: []fault{{DropBefore: true}}, WantCreates: 1},
		{Name: "dropped connection on read-back is retried", Method: "GET", Faults: []fault{{DropAfter: true}}, WantCreates: 1},
	}...), func(t *testing.T, timeout time.Duration) providertest.PushRig {
		f, c, d, secrets := pushSetup(t, providertest.TimeoutOption(WithTimeout, timeout)...)
		return pusher(c).Rig(t, f, d, secrets)
	})
}

func TestReadBackWithIntegerArraysReportsNothingLost(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	f.AnswerWithArrays(true)
	res := pusher(c).MustPush(t, d, secrets)
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("placeholders in the answer are not losses: %v %v", res.NotKept, res.ReadBackErr)
	}
}

func TestPushStopsOnProblemsBeforeSending(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	d.Agent.LLM.Vendor = ""
	_, _, err := pusher(c).Push(t, &providertest.MemSaver{}, d, secrets)
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
	providertest.RunTemplatePushes(t, ProviderID, func(t *testing.T) providertest.PushRig {
		f := newFakeNova(t)
		return pusher(fakeClient(t, f)).Rig(t, f, agent.Draft{}, agent.SecretMap{})
	}, "identity.language")
}
