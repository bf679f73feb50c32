package trillet

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/charmbracelet/x/exp/golden"
)

func TestEveryCallSendsKeyAndWorkspace(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	c := kit.Client(t, f)
	if _, err := c.List(context.Background()); err != nil {
		t.Fatal(err)
	}
	if f.LastHeaders().Get("x-api-key") != testKey || f.LastHeaders().Get("x-workspace-id") != testWorkspace {
		t.Errorf("headers = %v", f.LastHeaders())
	}
	other := kit.Client(t, f, WithWorkspaceID("ws_other")) // the account option given last wins
	_, err := other.List(context.Background())
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrUnauthorized) || pe.Code != "forbidden" || strings.Contains(err.Error(), testKey) {
		t.Errorf("a wrong workspace: %v", err)
	}
}

func TestNetworkCallsExplainMissingSettings(t *testing.T) {
	t.Parallel()
	noKey, _ := New("", WithWorkspaceID("ws"))
	noWorkspace, _ := New("k")
	for want, c := range map[string]*Client{"AGENTDECK_TRILLET_API_KEY": noKey, "AGENTDECK_TRILLET_WORKSPACE_ID": noWorkspace} {
		_, err := c.Get(context.Background(), "a1")
		if !errors.Is(err, agent.ErrUnauthorized) || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want ErrUnauthorized naming %s", err, want)
		}
	}
}

func TestUpdateMethodIsASetting(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	f.AllowPatch(true)
	c := kit.Client(t, f, WithUpdateMethod("patch"))
	id, err := c.Create(context.Background(), providertest.ReadTestdata(t, "seed_create.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Update(context.Background(), id, providertest.ReadTestdata(t, "partial_update.json")); err != nil {
		t.Fatal(err)
	}
	if f.CallsOf("PATCH") != 1 || f.CallsOf("PUT") != 0 {
		t.Errorf("calls = %v", f.Calls())
	}
	if r := c.Requests([]byte(`{}`), id); r[0].Method != http.MethodPatch {
		t.Errorf("dry run shows %s", r[0].Method)
	}
	put := kit.Client(t, f)
	if r := put.Requests([]byte(`{}`), id); r[0].Method != http.MethodPut {
		t.Errorf("PUT is the default, as the seed shows; got %s", r[0].Method)
	}
}

func TestCreateReadsBothAnswerShapes(t *testing.T) {
	t.Parallel()
	for _, flat := range []bool{false, true} {
		f := kit.NewFake(t)
		f.AnswerCreateFlat(flat)
		id, err := kit.Client(t, f).Create(context.Background(), providertest.ReadTestdata(t, "seed_create.json"))
		if err != nil || f.Stored(id) == nil {
			t.Errorf("flat=%v: id %q, err %v", flat, id, err)
		}
	}
}

func TestRateLimitWaitsUntilResetAt(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	var mu sync.Mutex
	var waits []time.Duration
	c := kit.Client(t, f, httpx.WithWaits[options](func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return nil
	}, nil))
	f.Inject("GET", fault{Status: 429, Body: rateLimited(time.Now().Add(30 * time.Second))})
	if _, err := c.List(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(waits) != 1 || waits[0] < 25*time.Second || waits[0] > 31*time.Second {
		t.Errorf("waits = %v, want about 30s from reset_at", waits)
	}
	f.Inject("GET", fault{Status: 429, Body: rateLimited(time.Now().Add(10 * time.Minute))})
	_, err := c.List(context.Background())
	if !errors.Is(err, agent.ErrRateLimited) || !strings.Contains(err.Error(), "wait") {
		t.Errorf("a wait longer than the cap is reported, not slept: %v", err)
	}
}

func TestRequestsDescribeThePush(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	doc := []byte(`{"_id":"x","name":"A","llmModel":"gpt-4o","__v":3}`)
	first := c.Requests(doc, "")
	if len(first) != 1 || first[0].Method != "POST" || first[0].URL != DefaultBaseURL+"/v1/api/agents" || strings.Contains(string(first[0].Body), "_id") {
		t.Errorf("create = %+v", first)
	}
	later := c.Requests(doc, "abc")
	if len(later) != 1 || later[0].Method != "PUT" || later[0].URL != DefaultBaseURL+"/v1/api/agents/abc" || strings.Contains(string(later[0].Body), "__v") {
		t.Errorf("update = %+v", later)
	}
}

// TestTemplateRequests keeps the exact request a first push of each template
// makes, as a dry run shows it.
func TestTemplateRequests(t *testing.T) {
	t.Parallel()
	providertest.RunTemplateRequests(t, kit.Offline(t), golden.RequireEqual[string])
}

func TestOptionsCheckTheirArguments(t *testing.T) {
	t.Parallel()
	providertest.CheckOptions(t, New, "k", providertest.SharedBadOptions(map[string]Option{
		"plain http to a remote host": WithBaseURL("http://api.trillet.example"),
		"workspace id with a space":   WithWorkspaceID("ws 1"),
		"unknown update verb":         WithUpdateMethod("POST"),
		"too many retries":            WithMaxRetries(11),
		"no HTTP client":              WithHTTPClient(nil),
	}), WithBaseURL("http://localhost:9"), WithWorkspaceID("ws_1"), WithUpdateMethod("PUT"), WithMaxRetries(0))
}
