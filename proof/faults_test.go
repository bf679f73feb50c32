package proof

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
)

// requestTimeout is AGENTDECK_TIMEOUT in the fault tests: short, so a hung
// provider costs a second, not half a minute.
const requestTimeout = "1s"

// providerFake is one provider's in-process fake API, seen from the fault
// tests: where it listens, how to tell its operations apart, and how many
// agents it holds.
type providerFake struct {
	id       string
	key      string
	upstream string // the fake's address
	basePath string // the API's path prefix, appended to the proxy's address
	opOf     func(r *http.Request) string
	agents   func() int
	extraEnv []string
}

// faultRig is a provider fake behind a fault proxy, a home for the binary
// and a draft in it.
type faultRig struct {
	t       *testing.T
	fake    providerFake
	proxy   *faultProxy
	env     []string
	draftID string
	path    string // the draft's file
}

func newFaultRig(t *testing.T, fake providerFake) *faultRig {
	t.Helper()
	home := t.TempDir()
	proxy := newFaultProxy(t, fake.upstream, fake.opOf)
	upper := strings.ToUpper(fake.id)
	env := binaryEnv(home, append([]string{
		"AGENTDECK_" + upper + "_API_KEY=" + fake.key,
		"AGENTDECK_" + upper + "_BASE_URL=" + proxy.srv.URL + fake.basePath,
		storage.TimeoutEnv + "=" + requestTimeout,
	}, fake.extraEnv...)...)
	code, out, errs := runBinary(t, env, "new", "Front desk", "--provider", fake.id, "--template", "blank")
	if code != 0 {
		t.Fatalf("new: %s", errs)
	}
	id := strings.TrimSpace(out)
	return &faultRig{
		t: t, fake: fake, proxy: proxy, env: env, draftID: id,
		path: filepath.Join(home, "agentdeck", "drafts", id+".yaml"),
	}
}

func (r *faultRig) push() (int, string) {
	r.t.Helper()
	code, _, errs := runBinary(r.t, r.env, "push", r.draftID)
	return code, errs
}

func (r *faultRig) file() []byte {
	r.t.Helper()
	data, err := os.ReadFile(r.path)
	if err != nil {
		r.t.Fatalf("the draft file is gone: %v", err)
	}
	return data
}

func (r *faultRig) draft() agent.Draft {
	r.t.Helper()
	s, err := storage.Open(filepath.Dir(r.path))
	if err != nil {
		r.t.Fatal(err)
	}
	d, err := s.Load(r.draftID)
	if err != nil {
		r.t.Fatalf("the draft cannot be read: %v", err)
	}
	return d
}

// progressLine matches what push prints before it knows the outcome: the
// validation warnings about settings the provider does not carry, and the
// steps on its way ("Creating the agent on …", "Reading the agent back…").
var progressLine = regexp.MustCompile(`^(warning .*|(Creating|Updating|Sending|Checking|Reading|Another push)\b.*(…|\.))$`)

// plainSentence is what the person sees first when something fails: the
// whole reason in words, not a status code, a body, markup or an escape.
var plainSentence = regexp.MustCompile(`^agentdeck: [A-Z][^{}<>\x1b\x00-\x1f]{8,200}[.?]$`)

// checkSentence finds the error line on stderr: every line before it must
// be progress, and it must be one plain sentence.
func checkSentence(t *testing.T, stderr, key string) string {
	t.Helper()
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(line, "agentdeck: "):
			if !plainSentence.MatchString(line) || strings.Contains(line, "HTTP") || strings.Contains(line, "json") {
				t.Errorf("the error is not one plain sentence: %q\nstderr:\n%s", line, stderr)
			}
			if strings.Contains(stderr, key) {
				t.Errorf("stderr shows the API key:\n%s", stderr)
			}
			return line
		case progressLine.MatchString(line):
		default:
			t.Errorf("stderr says %q before the error\nstderr:\n%s", line, stderr)
			return ""
		}
	}
	t.Errorf("stderr has no error sentence:\n%s", stderr)
	return ""
}

// draftAfter is what a push under a fault may leave in the draft file.
type draftAfter int

const (
	sameFile      draftAfter = iota // byte for byte as before the push
	markedPending                   // only the create-pending marker (with its revision) added
	linked                          // the push worked: the remote id is recorded
)

// faultCase is one fault test: the faults, which push they hit (the first,
// which creates, or a later one, which updates) and what must hold after.
type faultCase struct {
	name        string
	update      bool // push once cleanly first, so the faulty push updates
	op          string
	faults      []fault
	wantCode    int
	wantAgents  int
	wantDraft   draftAfter
	wantSummary string // part of the error sentence
}

func rateLimited(afterSecs string) fault {
	return fault{
		name: "429", status: http.StatusTooManyRequests, header: http.Header{"Retry-After": {afterSecs}},
		body: []byte(`{"detail":{"status":"rate_limit_exceeded","message":"Slow down."}}`),
	}
}

func serverError(status int, after bool, body string) fault {
	return fault{status: status, afterEffect: after, body: []byte(body)}
}

const htmlError = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"

// hugeBody is larger than anything a provider client reads (16 MB).
var hugeBody = bytes.Repeat([]byte("x"), 20<<20)

// faultCases are the same for every provider: each fault at the moment it
// does the most harm.
func faultCases() []faultCase {
	const unknown = "not known whether"
	return []faultCase{
		{
			name: "429 with Retry-After, then the create goes through", op: "create",
			faults: []fault{rateLimited("1")}, wantCode: 0, wantAgents: 1, wantDraft: linked,
		},
		{
			name: "429 on every try: nothing made, draft untouched", op: "create",
			faults: []fault{rateLimited("1"), rateLimited("1"), rateLimited("1")}, wantCode: 1, wantAgents: 0, wantDraft: sameFile, wantSummary: "slow down",
		},
		{
			name: "500 before the create took effect", op: "create",
			faults: []fault{serverError(500, false, `{"detail":"Internal Server Error"}`)}, wantCode: 1, wantAgents: 0, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "500 after the create took effect", op: "create",
			faults: []fault{serverError(500, true, `{"detail":"Internal Server Error"}`)}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "502 from a proxy with an HTML page", op: "create",
			faults: []fault{serverError(502, false, htmlError)}, wantCode: 1, wantAgents: 0, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "504 after the create took effect", op: "create",
			faults: []fault{serverError(504, true, "")}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "connection dropped before the request was read", op: "create",
			faults: []fault{{drop: true}}, wantCode: 1, wantAgents: 0, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "connection dropped after the create took effect", op: "create",
			faults: []fault{{drop: true, afterEffect: true}}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "no answer before the timeout, nothing made", op: "create",
			faults: []fault{{hang: true}}, wantCode: 1, wantAgents: 0, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "no answer before the timeout, agent made", op: "create",
			faults: []fault{{hang: true, afterEffect: true}}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "answer body slower than the timeout", op: "create",
			faults: []fault{{afterEffect: true, slowChunks: 8, slowGap: 400 * time.Millisecond}}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "slow answer body within the timeout", op: "create",
			faults: []fault{{afterEffect: true, slowChunks: 5, slowGap: 40 * time.Millisecond}}, wantCode: 0, wantAgents: 1, wantDraft: linked,
		},
		{
			name: "200 with a body that is not JSON", op: "create",
			faults: []fault{{afterEffect: true, status: 200, body: []byte("OK")}}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "200 with a huge body", op: "create",
			faults: []fault{{afterEffect: true, status: 200, body: hugeBody}}, wantCode: 1, wantAgents: 1, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "500 with a huge body", op: "create",
			faults: []fault{{status: 500, body: hugeBody}}, wantCode: 1, wantAgents: 0, wantDraft: markedPending, wantSummary: unknown,
		},
		{
			name: "400 with a body that is not JSON", op: "create",
			faults: []fault{{status: 400, body: []byte("Bad Request\r\n\x1b[31mno\x1b[0m")}}, wantCode: 1, wantAgents: 0, wantDraft: sameFile, wantSummary: "refused",
		},

		{
			name: "update: 502 and 504, then through", update: true, op: "update",
			faults: []fault{serverError(502, false, htmlError), serverError(504, false, "")}, wantCode: 0, wantAgents: 1, wantDraft: linked,
		},
		{
			name: "update: 502 on every try leaves the draft untouched", update: true, op: "update",
			faults:   []fault{serverError(502, false, htmlError), serverError(502, false, htmlError), serverError(502, false, htmlError)},
			wantCode: 1, wantAgents: 1, wantDraft: sameFile, wantSummary: "could not be reached",
		},
		{
			name: "update: dropped before and after, then through", update: true, op: "update",
			faults: []fault{{drop: true}, {drop: true, afterEffect: true}}, wantCode: 0, wantAgents: 1, wantDraft: linked,
		},
		{
			name: "update: no answer on every try", update: true, op: "update",
			faults: []fault{{hang: true}, {hang: true}, {hang: true}}, wantCode: 1, wantAgents: 1, wantDraft: sameFile, wantSummary: "could not be reached",
		},
		{
			name: "update: huge error body", update: true, op: "update",
			faults: []fault{{status: 422, body: hugeBody}}, wantCode: 1, wantAgents: 1, wantDraft: sameFile, wantSummary: "refused",
		},
		{
			// The first read of an update is the check for changes made
			// elsewhere since the last push; it goes through here.
			name: "read-back fails after the update: the push still counts", update: true, op: "get",
			faults:   []fault{{name: "the check for changes made elsewhere", delay: time.Microsecond}, {drop: true}, {drop: true}, {drop: true}},
			wantCode: 0, wantAgents: 1, wantDraft: linked,
		},
		{
			name: "the check for changes made elsewhere fails: nothing is sent, draft untouched", update: true, op: "get",
			faults: []fault{{drop: true}, {drop: true}, {drop: true}}, wantCode: 1, wantAgents: 1, wantDraft: sameFile, wantSummary: "could not be reached",
		},
	}
}

// runFaultCases runs every fault case against fresh rigs of one provider,
// then pushes once more without faults: every case must end with exactly
// one agent, linked to the draft.
func runFaultCases(t *testing.T, newFake func(t *testing.T) providerFake) {
	for _, tc := range faultCases() {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := newFake(t)
			r := newFaultRig(t, fake)
			if tc.update {
				if code, errs := r.push(); code != 0 {
					t.Fatalf("first push: exit %d\n%s", code, errs)
				}
			}
			before, beforeDraft := r.file(), r.draft()
			r.proxy.inject(tc.op, tc.faults...)

			code, errs := r.push()
			if code != tc.wantCode {
				t.Fatalf("push under the fault: exit %d, want %d\nstderr:\n%s", code, tc.wantCode, errs)
			}
			if code != 0 {
				if line := checkSentence(t, errs, fake.key); !strings.Contains(line, tc.wantSummary) {
					t.Errorf("the sentence %q does not say %q", line, tc.wantSummary)
				}
			}
			if n := fake.agents(); n != tc.wantAgents {
				t.Errorf("%d remote agents after the fault, want %d", n, tc.wantAgents)
			}
			r.checkDraft(tc.wantDraft, before, beforeDraft)

			r.proxy.clear()
			if code, errs := r.push(); code != 0 {
				t.Fatalf("the push after the fault: exit %d\n%s", code, errs)
			}
			if n := fake.agents(); n != 1 {
				t.Errorf("%d remote agents after pushing again, want exactly 1", n)
			}
			if d := r.draft(); d.Remote().ID == "" || d.Remote().Pending() {
				t.Errorf("after pushing again the draft's remote state is %+v", d.Remote())
			}
		})
	}
}

func (r *faultRig) checkDraft(want draftAfter, before []byte, beforeDraft agent.Draft) {
	r.t.Helper()
	after := r.file()
	d := r.draft()
	switch want {
	case sameFile:
		if !bytes.Equal(after, before) {
			r.t.Errorf("the draft file changed:\nbefore:\n%s\nafter:\n%s", before, after)
		}
	case markedPending:
		if !d.Remote().Pending() || d.Remote().ID != "" {
			r.t.Errorf("the draft does not carry the create-pending marker: %+v", d.Remote())
		}
		if d.Revision != beforeDraft.Revision+1 {
			r.t.Errorf("revision %d after the marker, want %d", d.Revision, beforeDraft.Revision+1)
		}
		// Apart from the marker and the bookkeeping of the save that wrote
		// it, nothing changed.
		cleared := d.Remote()
		cleared.CreatePending = nil
		d.SetRemote(cleared)
		d.Revision, d.Updated = beforeDraft.Revision, beforeDraft.Updated
		if changes := agent.Diff(&beforeDraft.Agent, &d.Agent); len(changes) > 0 ||
			!reflect.DeepEqual(d.Remotes, beforeDraft.Remotes) || d.Name != beforeDraft.Name || d.Provider != beforeDraft.Provider {
			r.t.Errorf("the draft changed beyond the marker: %v", changes)
		}
	case linked:
		if d.Remote().ID == "" || d.Remote().Pending() {
			r.t.Errorf("the push worked but the draft's remote state is %+v", d.Remote())
		}
	}
}
