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

func TestPushCreatesThenUpdates(t *testing.T) {
	t.Parallel()
	p := kit.PushNew(t, "create,read back")
	f := p.Fake
	if strings.Contains(string(f.LastBody("POST")), "secret:") || !strings.Contains(string(f.LastBody("POST")), byoKey) {
		t.Errorf("the real key, not its reference, must be sent: %s", f.LastBody("POST"))
	}

	p.Update(t, func(d *agent.Draft) { d.Agent.Identity.Name = "Clinic reminders (v2)" })
	if f.Stored(p.First.RemoteID)[keyName] != "Clinic reminders (v2)" || f.CallsOf("PUT") != 1 {
		t.Errorf("stored %v, PUTs %d", f.Stored(p.First.RemoteID)[keyName], f.CallsOf("PUT"))
	}
	for _, k := range responseOnlyKeys {
		if strings.Contains(string(f.LastBody("PUT")), `"`+k+`"`) {
			t.Errorf("the update sent the response-only field %s", k)
		}
	}
}

func TestPullThenPushChangesNothing(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := kit.Setup(t)
	res := kit.Pusher(c).MustPush(t, d, secrets)
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
	kit.RunPushFaults(t, append(providertest.CreateDropFaults(), []providertest.PushFault{
		{Name: "429 with reset_at is waited out", Method: "POST", Faults: []fault{{Status: 429, Body: rateLimited(reset)}}, WantCreates: 2},
		{
			Name: "502 on create is not repeated; the next push finds nothing and creates", Method: "POST",
			Faults: []fault{{Status: 502, Body: apiError("bad_gateway", "Bad gateway")}}, FirstFails: true, WantCreates: 2,
		},
		{Name: "500 then success on read-back", Method: "GET", Faults: []fault{{Status: 500, Body: apiError("internal", "oops")}}, WantCreates: 1},
	}...))
}

func TestAFailedUpdateLeavesTheDraftAsItWas(t *testing.T) {
	t.Parallel()
	f, c, d, secrets := kit.Setup(t)
	saver := &providertest.MemSaver{}
	if _, _, err := kit.Pusher(c).Push(t, saver, d, secrets); err != nil {
		t.Fatal(err)
	}
	pushed := saver.Last()
	edited := pushed
	edited.Agent.Identity.Name = "Edited"
	f.Inject("PUT", fault{Status: 400, Body: apiError("invalid_request", "phoneNumberIds contains an unknown phone number")})
	_, _, err := kit.Pusher(c).Push(t, saver, edited, secrets)
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
	kit.RunTemplatePushes(t, ProviderID, "identity.language")
}
