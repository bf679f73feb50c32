package providertest

import (
	"errors"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/fakeapi"
)

// PushFault is one row of a push-under-faults table, for a fake built on
// fakeapi (novatest, trillettest).
type PushFault struct {
	Name   string
	Method string // the HTTP method whose next requests meet Faults
	Faults []fakeapi.Fault
	// Timeout is the client's per-attempt timeout, for a fault it must give
	// up on; 0 keeps the rig's own.
	Timeout time.Duration
	// FirstFails says the first push ends with agent.ErrAmbiguous and the
	// draft remembers the unclear create; a second push then finishes.
	FirstFails  bool
	WantAdopted bool // the second push adopts the agent the first one made
	WantCreates int  // POST requests the fake receives in all
}

// FaultFake is what RunPushFaults needs of a fake.
type FaultFake interface {
	Inject(method string, fs ...fakeapi.Fault)
	Count() int
	CallsOf(method string) int
}

// PushRig is a fresh fake, a draft, and a push to that fake through
// agent.Push with the draft's secrets.
type PushRig struct {
	Fake  FaultFake
	Draft agent.Draft
	Push  func(saver *MemSaver, d agent.Draft) (agent.PushResult, error)
}

// RunPushFaults runs each case against its own rig and checks, through the
// one submit flow, that exactly one remote agent exists afterwards, made by
// WantCreates POSTs, and that the draft ends linked to it: a fault never
// leads to a duplicate.
func RunPushFaults(t *testing.T, cases []PushFault, newRig func(t *testing.T, timeout time.Duration) PushRig) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			t.Parallel()
			rig := newRig(t, tt.Timeout)
			saver := &MemSaver{}
			rig.Fake.Inject(tt.Method, tt.Faults...)

			_, err := rig.Push(saver, rig.Draft)
			switch {
			case tt.FirstFails && !errors.Is(err, agent.ErrAmbiguous):
				t.Fatalf("first push: want an unclear create, got %v", err)
			case !tt.FirstFails && err != nil:
				t.Fatalf("first push: %v", err)
			}
			if tt.FirstFails {
				if !saver.Last().Remote().Pending() {
					t.Fatal("an unclear create must be remembered in the draft")
				}
				res, err := rig.Push(saver, saver.Last())
				if err != nil {
					t.Fatalf("second push: %v", err)
				}
				if res.Adopted != tt.WantAdopted {
					t.Errorf("adopted = %v, want %v", res.Adopted, tt.WantAdopted)
				}
			}
			if rig.Fake.Count() != 1 || rig.Fake.CallsOf("POST") != tt.WantCreates {
				t.Errorf("agents = %d, creates sent = %d; want 1 and %d", rig.Fake.Count(), rig.Fake.CallsOf("POST"), tt.WantCreates)
			}
			if saver.Last().Remote().ID == "" || saver.Last().Remote().Pending() {
				t.Errorf("the draft must end linked to the agent: %+v", saver.Last().Remote())
			}
		})
	}
}

// HangTimeout is the client timeout of a test whose fake never answers:
// ample for an in-process fake's real answers, short enough that giving up
// keeps the test quick.
const HangTimeout = 300 * time.Millisecond

// CreateDropFaults are the rows every fakeapi provider shares: a create
// whose connection drops before or after the agent is made, or that gets no
// answer in time after it is made. The first push cannot tell whether the
// agent exists; the second finds it (and adopts it) or makes it.
func CreateDropFaults() []PushFault {
	return []PushFault{
		{Name: "connection dropped before the create was read", Method: "POST", Faults: []fakeapi.Fault{{DropBefore: true}}, FirstFails: true, WantCreates: 2},
		{
			Name: "connection dropped after the agent was made; the next push adopts it", Method: "POST",
			Faults: []fakeapi.Fault{{DropAfter: true}}, FirstFails: true, WantAdopted: true, WantCreates: 1,
		},
		{
			Name: "no answer in time after the agent was made; the next push adopts it", Method: "POST",
			Faults: []fakeapi.Fault{{HangAfter: true}}, Timeout: HangTimeout, FirstFails: true, WantAdopted: true, WantCreates: 1,
		},
	}
}
