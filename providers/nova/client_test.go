package nova

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/charmbracelet/x/exp/golden"
)

func TestAuthStyles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		serverBearer bool
		opts         []Option
		wantErr      error
	}{
		{name: "X-API-Key by default, as the seed shows", serverBearer: false},
		{name: "bearer when chosen, as older Nova docs show", serverBearer: true, opts: []Option{WithAuthStyle(AuthBearer)}},
		{name: "a server expecting bearer refuses X-API-Key", serverBearer: true, wantErr: agent.ErrUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := kit.NewFake(t)
			f.ExpectBearer(tt.serverBearer)
			_, err := kit.Client(t, f, tt.opts...).List(context.Background())
			if !errors.Is(err, tt.wantErr) && !(tt.wantErr == nil && err == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), testKey) {
				t.Fatalf("error shows the key: %v", err)
			}
		})
	}
}

func TestNetworkCallsExplainMissingSettings(t *testing.T) {
	t.Parallel()
	noKey, _ := New("", WithOrgID("org_1"))
	noOrg, _ := New("k")
	tests := []struct {
		name string
		c    *Client
		want string
	}{
		{"no key", noKey, "AGENTDECK_NOVA_API_KEY"},
		{"no organization", noOrg, "AGENTDECK_NOVA_ORG_ID"},
	}
	for _, tt := range tests {
		_, err := tt.c.Create(context.Background(), []byte(`{"name":"x"}`))
		if !errors.Is(err, agent.ErrUnauthorized) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want ErrUnauthorized naming %s", tt.name, err, tt.want)
		}
	}
}

func TestListFollowsEveryPage(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	f.SetPageSize(2)
	c := kit.Client(t, f)
	for i := 1; i <= 5; i++ {
		if _, err := c.Create(context.Background(), []byte(fmt.Sprintf(`{"name":"agent %d","type":"voice"}`, i))); err != nil {
			t.Fatal(err)
		}
	}
	got, err := c.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 || got[0].Name != "agent 1" || got[4].Name != "agent 5" || got[4].ID == "" {
		t.Fatalf("list = %+v", got)
	}
	if n := f.CallsOf("GET"); n != 3 {
		t.Errorf("pages fetched = %d, want 3", n)
	}
}

func TestCreateSendsOnlyTheCreateFields(t *testing.T) {
	t.Parallel()
	f, c, src := fakeWithAgent(t, `{"name":"source","type":"voice"}`)
	doc := providertest.ReadTestdata(t, "full_request.json")
	doc = []byte(strings.Replace(string(doc), "agt_template_01", src, 1))
	id, err := c.Create(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if id == "" || id == src {
		t.Fatalf("id = %q", id)
	}
	want := fmt.Sprintf(`{"name":"Dental front desk","type":"voice","copy_from_agent_id":%q,"prompt_template":%q}`,
		src, "You are Mia, the receptionist of Bright Smile Dental.\nBook, move and cancel appointments for {{patient_name}}.\nNever give medical advice.")
	if !jsondoc.SameJSON(f.LastBody("POST"), []byte(want)) {
		t.Errorf("create body = %s", f.LastBody("POST"))
	}
	if err := c.Update(context.Background(), id, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(f.LastBody("PATCH")), keyCopyFrom) {
		t.Errorf("the PATCH must not repeat the copy source: %s", f.LastBody("PATCH"))
	}
}

func TestProviderErrorsLandOnFields(t *testing.T) {
	t.Parallel()
	_, c, id := fakeWithAgent(t, `{"name":"x","type":"voice"}`)
	err := c.Update(context.Background(), id, []byte(`{"llm_config":{"provider":"mistral","model":"m"},"voice_config":{"provider":"cartesia"}}`))
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) || pe.Status != 422 {
		t.Fatalf("want a 422 ProviderError, got %v", err)
	}
	paths := map[string]bool{}
	for _, fe := range pe.Fields {
		paths[fe.Path] = true
	}
	if !paths["llm.vendor"] || !paths["voice.model"] {
		t.Errorf("fields = %+v, want llm.vendor and voice.model", pe.Fields)
	}
	_, err = c.Get(context.Background(), "agt_missing")
	if !errors.Is(err, agent.ErrNotFound) {
		t.Errorf("want ErrNotFound, got %v", err)
	}
}

func TestRequestsDescribeThePush(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	doc := providertest.ReadTestdata(t, "seed_create.json")
	first := c.Requests(doc, "")
	if len(first) != 2 || first[0].Step != agent.StepCreate || first[1].Step != agent.StepConfigure {
		t.Fatalf("a first push is create then configure: %+v", first)
	}
	if first[0].Method != "POST" || first[0].URL != DefaultBaseURL+"/org/org_test/agents" {
		t.Errorf("create = %s %s", first[0].Method, first[0].URL)
	}
	if first[1].Method != "PATCH" || first[1].URL != DefaultBaseURL+"/org/org_test/agents/{agent_id}" || strings.Contains(string(first[1].Body), keyCopyFrom) {
		t.Errorf("configure = %s %s %s", first[1].Method, first[1].URL, first[1].Body)
	}
	later := c.Requests(doc, "agt_9")
	if len(later) != 1 || later[0].Step != agent.StepUpdate || later[0].URL != DefaultBaseURL+"/org/org_test/agents/agt_9" {
		t.Errorf("a later push is one update: %+v", later)
	}
}

// TestTemplateRequests keeps the exact requests a first push of each
// template makes, as a dry run shows them.
func TestTemplateRequests(t *testing.T) {
	t.Parallel()
	providertest.RunTemplateRequests(t, kit.Offline(t), golden.RequireEqual[string])
}

func TestOptionsCheckTheirArguments(t *testing.T) {
	t.Parallel()
	providertest.CheckOptions(t, New, "k", providertest.SharedBadOptions(map[string]Option{
		"plain http to a remote host": WithBaseURL("http://api.example.com"),
		"org id with a slash":         WithOrgID("org/../x"),
		"unknown auth style":          WithAuthStyle("basic"),
		"no HTTP client":              WithHTTPClient(nil),
	}), WithBaseURL("http://127.0.0.1:9/api"), WithOrgID(" org_1 "), WithAuthStyle(AuthBearer), WithMaxRetries(0))
}
