package trillet

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func pushDraft(t *testing.T, c *Client) (agent.Draft, agent.SecretMap) {
	t.Helper()
	return providertest.ImportedDraft(t, c, ProviderID, providertest.ReadTestdata(t, "full_request.json"))
}

func pusher(c *Client) providertest.Pusher {
	return providertest.Pusher{
		P: c, Keys: []string{testKey, byoKey},
	}
}

func TestPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	saver := &providertest.MemSaver{}

	res, steps, err := pusher(c).Push(t, saver, d, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "create,read back" || !res.Created || saver.Last().Remote().ID != res.RemoteID {
		t.Fatalf("steps %s, result %+v", got, res)
	}
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("everything sent should be kept: %v %v", res.NotKept, res.ReadBackErr)
	}
	if strings.Contains(string(f.LastBody("POST")), "secret:") || !strings.Contains(string(f.LastBody("POST")), byoKey) {
		t.Errorf("the real key, not its reference, must be sent: %s", f.LastBody("POST"))
	}

	next := saver.Last()
	next.Agent.Identity.Name = "Clinic reminders (v2)"
	res2, steps, err := pusher(c).Push(t, saver, next, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "update,read back" || res2.RemoteID != res.RemoteID {
		t.Errorf("second push must update the same agent: %s %+v", got, res2)
	}
	if f.Stored(res.RemoteID)[keyName] != "Clinic reminders (v2)" || f.Count() != 1 || f.CallsOf("PUT") != 1 {
		t.Errorf("stored %v, agents %d, PUTs %d", f.Stored(res.RemoteID)[keyName], f.Count(), f.CallsOf("PUT"))
	}
	for _, k := range responseOnlyKeys {
		if strings.Contains(string(f.LastBody("PUT")), `"`+k+`"`) {
			t.Errorf("the update sent the response-only field %s", k)
		}
	}
}

func TestPullThenPushChangesNothing(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	res := pusher(c).MustPush(t, d, secrets)
	before := fakeapi.Marshal(f.Stored(res.RemoteID))
	got, err := c.Get(context.Background(), res.RemoteID)
	if err != nil {
		t.Fatal(err)
	}
	pulled := providertest.Decode(t, c, got)
	doc := providertest.Reencode(t, c, pulled)
	if err := c.Update(context.Background(), res.RemoteID, doc); err != nil {
		t.Fatal(err)
	}
	after := f.Stored(res.RemoteID)
	for _, k := range []string{"__v", "updatedAt"} { // the server's own bookkeeping
		delete(after, k)
	}
	beforeObj, _ := fakeapi.ParseObject(before)
	delete(beforeObj, "__v")
	delete(beforeObj, "updatedAt")
	a := fakeapi.Marshal(after)
	b := fakeapi.Marshal(beforeObj)
	if !jsondoc.SameJSON(a, b) {
		t.Errorf("pull then push changed the agent:\nbefore %s\nafter %s", b, a)
	}
}

func TestPushNeverDuplicatesUnderFaults(t *testing.T) {
	t.Parallel()
	reset := time.Now().Add(2 * time.Second)
	providertest.RunPushFaults(t, append(providertest.CreateDropFaults(), []providertest.PushFault{
		{Name: "429 with reset_at is waited out", Method: "POST", Faults: []fault{{Status: 429, Body: rateLimited(reset)}}, WantCreates: 2},
		{
			Name: "502 on create is not repeated; the next push finds nothing and creates", Method: "POST",
			Faults: []fault{{Status: 502, Body: apiError("bad_gateway", "Bad gateway")}}, FirstFails: true, WantCreates: 2,
		},
		{Name: "500 then success on read-back", Method: "GET", Faults: []fault{{Status: 500, Body: apiError("internal", "oops")}}, WantCreates: 1},
	}...), func(t *testing.T, timeout time.Duration) providertest.PushRig {
		f, c, d, secrets := pushSetup(t, providertest.TimeoutOption(WithTimeout, timeout)...)
		return pusher(c).Rig(t, f, d, secrets)
	})
}

func TestAFailedUpdateLeavesTheDraftAsItWas(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := pushSetup(t)
	saver := &providertest.MemSaver{}
	if _, _, err := pusher(c).Push(t, saver, d, secrets); err != nil {
		t.Fatal(err)
	}
	pushed := saver.Last()
	edited := pushed
	edited.Agent.Identity.Name = "Edited"
	f.Inject("PUT", fault{Status: 400, Body: apiError("invalid_request", "phoneNumberIds contains an unknown phone number")})
	_, _, err := pusher(c).Push(t, saver, edited, secrets)
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || len(pe.Fields) == 0 || pe.Fields[0].Path != "telephony.phone_number_ids" {
		t.Fatalf("want the problem on telephony.phone_number_ids, got %v", err)
	}
	if got := saver.Last(); got.Revision != pushed.Revision || got.Agent.Identity.Name != pushed.Agent.Identity.Name {
		t.Errorf("a failed update must not save the draft: %+v", got)
	}
}

func TestEveryTemplatePushesToTheFake(t *testing.T) {
	t.Parallel()
	// Trillet keeps a bare language code, so en-US reads back as en
	// (Validate warns about it before the push).
	providertest.RunTemplatePushes(t, ProviderID, func(t *testing.T) providertest.PushRig {
		f := newFakeTrillet(t)
		return pusher(fakeClient(t, f)).Rig(t, f, agent.Draft{}, agent.SecretMap{})
	}, "identity.language")
}
