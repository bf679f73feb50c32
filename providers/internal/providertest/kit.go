package providertest

import (
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// FakeKit is one fakeapi provider's part in the push tests those providers
// share (Nova, Trillet): how its tests make the fake, a client of it and
// the full test draft. Each such provider's tests declare one kit.
type FakeKit[F FaultFake, C agent.Provider, O any] struct {
	// New and Account make an offline client (see Offline): the provider's
	// New and the options every client needs (its org or workspace id).
	New     func(apiKey string, opts ...O) (C, error)
	Account []O
	NewFake func(t *testing.T) F
	// Client is a client of f with the test's opts that never really sleeps.
	Client func(t *testing.T, f F, opts ...O) C
	// Draft is the full test draft for c, with its secrets.
	Draft       func(t *testing.T, c C) (agent.Draft, agent.SecretMap)
	WithTimeout func(time.Duration) O
	Keys        []string         // credentials no error may show
	Now         func() time.Time // the pushes' clock; nil for the real one
}

// Offline is a client with no key and no server, with the kit's account
// options: enough to encode, decode, validate and describe requests.
func (k FakeKit[F, C, O]) Offline(t testing.TB) C {
	t.Helper()
	return NewClient(t, k.New, "", k.Account...)
}

// Setup is a fresh fake, a client of it with opts, and the full test draft
// with its secrets: the start of a push test.
func (k FakeKit[F, C, O]) Setup(t *testing.T, opts ...O) (F, C, agent.Draft, agent.SecretMap) {
	t.Helper()
	f := k.NewFake(t)
	c := k.Client(t, f, opts...)
	d, secrets := k.Draft(t, c)
	return f, c, d, secrets
}

// Pusher pushes to c through the one submit flow, with the kit's clock and
// keys.
func (k FakeKit[F, C, O]) Pusher(c C) Pusher {
	return Pusher{P: c, Keys: k.Keys, Now: k.Now}
}

// RunPushFaults runs RunPushFaults's cases, each on a fresh Setup whose
// client has the case's timeout (when it sets one).
func (k FakeKit[F, C, O]) RunPushFaults(t *testing.T, cases []PushFault) {
	t.Helper()
	RunPushFaults(t, cases, func(t *testing.T, timeout time.Duration) PushRig {
		f, c, d, secrets := k.Setup(t, TimeoutOption(k.WithTimeout, timeout)...)
		return k.Pusher(c).Rig(t, f, d, secrets)
	})
}

// RunTemplatePushes runs RunTemplatePushes for provider, each template on a
// fresh fake and client.
func (k FakeKit[F, C, O]) RunTemplatePushes(t *testing.T, provider string, mayLose ...string) {
	t.Helper()
	RunTemplatePushes(t, provider, func(t *testing.T) PushRig {
		f := k.NewFake(t)
		return k.Pusher(k.Client(t, f)).Rig(t, f, agent.Draft{}, agent.SecretMap{})
	}, mayLose...)
}

// Pushed is a fake holding the agent a first push of the full test draft
// made (see PushNew), with what a later push of that draft needs.
type Pushed[F FaultFake, C agent.Provider, O any] struct {
	Fake    F
	Client  C
	Saver   *MemSaver // holds the draft as the first push left it
	Secrets agent.SecretMap
	First   agent.PushResult
	kit     FakeKit[F, C, O]
}

// PushNew pushes the full test draft of a fresh Setup once, through the one
// submit flow, and checks what every fakeapi provider's first push does:
// it reports steps, creates the agent, links the draft to it and keeps
// everything it sent.
func (k FakeKit[F, C, O]) PushNew(t *testing.T, steps string) Pushed[F, C, O] {
	t.Helper()
	f, c, d, secrets := k.Setup(t)
	p := Pushed[F, C, O]{Fake: f, Client: c, Saver: &MemSaver{}, Secrets: secrets, kit: k}
	res, got, err := k.Pusher(c).Push(t, p.Saver, d, secrets)
	if err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(got, ","); s != steps || !res.Created || res.RemoteID == "" || p.Saver.Last().Remote().ID != res.RemoteID {
		t.Fatalf("first push: steps %s, result %+v; want steps %s, a create, and its id saved in the draft", s, res, steps)
	}
	if len(res.NotKept) > 0 || res.ReadBackErr != nil {
		t.Errorf("everything sent should be kept: %v %v", res.NotKept, res.ReadBackErr)
	}
	// The full draft sets every field the provider supports, and each
	// reads back as sent: a newly supported field fails here until its
	// wire, the fake and the full test document agree.
	EveryFieldSet(t, c.Capabilities(), &d.Agent)
	EveryFieldReadsBack(t, c, res.RemoteID, &d.Agent)
	p.First = res
	return p
}

// Update pushes the saved draft again after edit and checks that the push
// updated the agent the first push made ("update,read back") and created
// none: the fake holds that one agent, made by one POST.
func (p Pushed[F, C, O]) Update(t *testing.T, edit func(d *agent.Draft)) agent.PushResult {
	t.Helper()
	next := p.Saver.Last()
	edit(&next)
	res, steps, err := p.kit.Pusher(p.Client).Push(t, p.Saver, next, p.Secrets)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(steps, ","); got != "update,read back" || res.Created || res.RemoteID != p.First.RemoteID {
		t.Errorf("second push must update the same agent: steps %s, %+v", got, res)
	}
	if p.Fake.Count() != 1 || p.Fake.CallsOf("POST") != 1 {
		t.Errorf("agents = %d, creates = %d; want 1 and 1", p.Fake.Count(), p.Fake.CallsOf("POST"))
	}
	return res
}
