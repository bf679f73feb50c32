package providertest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Table-running tests the providers share: each provider's test names its
// cases and constructors, and the checks are written here once.

// RoundTrip is one case of RunRoundTrips: the testdata file In, decoded and
// encoded again, must give the testdata file Want (In itself for a request
// body; without the response-only fields for a GET answer).
type RoundTrip struct{ Name, In, Want string }

// RunRoundTrips checks the round-trip rule on p for each case: Decode keeps
// Want as its native document (secrets put back), and Encode of what Decode
// read gives Want, key order aside. With decodeAgain, decoding that output
// must read the same agent (only secret references differ, as each decode
// makes fresh ones).
func RunRoundTrips(t *testing.T, p agent.Provider, cases []RoundTrip, decodeAgain bool) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			t.Parallel()
			d := DecodeTestdata(t, p, tt.In)
			want := ReadTestdata(t, tt.Want)
			if native := NativeWithSecrets(t, d); !jsondoc.SameJSON(native, want) {
				t.Errorf("Decode native =\n%s\nwant\n%s", native, want)
			}
			out := Reencode(t, p, d)
			if !jsondoc.SameJSON(out, want) {
				t.Errorf("Encode(Decode(x)) =\n%s\nwant\n%s", out, want)
			}
			if !decodeAgain {
				return
			}
			again := Decode(t, p, out)
			for _, ch := range agent.Diff(&d.Agent, &again.Agent) {
				if !agent.IsRef(ch.From) || !agent.IsRef(ch.To) { // a secret gets a fresh reference each time
					t.Errorf("a second decode differs: %v", ch)
				}
			}
		})
	}
}

// RunTemplateRequests keeps, through want (a golden file check), the exact
// requests a first push of each template makes on p, as a dry run shows
// them.
func RunTemplateRequests(t *testing.T, p agent.Provider, want func(tb testing.TB, got string)) {
	t.Helper()
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New("My " + tmpl.Title)
			doc, err := p.Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			want(t, RequestsText(p, doc, ""))
		})
	}
}

// RunTemplatePushes pushes a fresh draft of each template for provider to
// the fake of its own rig (newRig; the rig's Draft is not used): the push
// succeeds, makes exactly one agent, and the read-back finds nothing lost
// but the paths in mayLose (settings Validate already warns about).
func RunTemplatePushes(t *testing.T, provider string, newRig func(t *testing.T) PushRig, mayLose ...string) {
	t.Helper()
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			rig := newRig(t)
			d := agent.Draft{ID: tmpl.ID, Name: tmpl.Title, Provider: provider, Agent: tmpl.New(tmpl.Title)}
			res, err := rig.Push(&MemSaver{}, d)
			if err != nil {
				t.Fatal(err)
			}
			if rig.Fake.Count() != 1 {
				t.Errorf("agents = %d, want 1", rig.Fake.Count())
			}
			for _, ch := range res.NotKept {
				if !slices.Contains(mayLose, ch.Path) {
					t.Errorf("not kept: %v", ch)
				}
			}
		})
	}
}

// ProblemCase is one row of RunValidate: Edit changes an agent that has
// only a name, and p.Validate must then report a problem at Path whose
// first one is a warning or not as Warning says and contains Says. It is an
// unnamed struct, so a provider's table can list its rows by position.
type ProblemCase = struct {
	Name    string
	Edit    func(a *agent.Agent)
	Path    string
	Warning bool
	Says    string
}

// RunValidate runs each case of a provider's validation table on p.
func RunValidate(t *testing.T, p agent.Provider, cases []ProblemCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			t.Parallel()
			a := agent.Agent{Identity: agent.Identity{Name: "A"}}
			tt.Edit(&a)
			ps := p.Validate(&a).At(tt.Path)
			if len(ps) == 0 {
				t.Fatalf("no problem at %s; all: %v", tt.Path, p.Validate(&a))
			}
			if ps[0].Warning != tt.Warning || !strings.Contains(ps[0].Message, tt.Says) {
				t.Errorf("problem = %+v, want warning=%v saying %q", ps[0], tt.Warning, tt.Says)
			}
		})
	}
}

// RunValidDocuments checks that the testdata files named and a fresh draft
// of every template decode (the files) and validate on p with no errors.
func RunValidDocuments(t *testing.T, p agent.Provider, files ...string) {
	t.Helper()
	for _, name := range files {
		d := DecodeTestdata(t, p, name)
		if errs := p.Validate(&d.Agent).Errors(); len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
		}
	}
	for _, tmpl := range agent.Templates {
		a := tmpl.New("x")
		if errs := p.Validate(&a).Errors(); len(errs) > 0 {
			t.Errorf("template %s: %v", tmpl.ID, errs)
		}
	}
}

// RequestsText is the requests a push of doc makes (a first push when
// remoteID is ""), as goldens keep them: step, method and address, then
// the body.
func RequestsText(p agent.Provider, doc []byte, remoteID string) string {
	var out strings.Builder
	for _, r := range p.Requests(doc, remoteID) {
		fmt.Fprintf(&out, "%s %s %s\n%s\n", r.Step, r.Method, r.URL, r.Body)
	}
	return out.String()
}
