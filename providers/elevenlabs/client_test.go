package elevenlabs

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestCreateGetUpdate(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	ctx := context.Background()
	tmpl, _ := agent.TemplateByID("support")
	a := tmpl.New("Support line")
	body, err := c.Encode(&a, nil, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.Create(ctx, body)
	if err != nil {
		t.Fatal(err)
	}
	create := fake.Calls("create")
	if len(create) != 1 || create[0].Path != "/v1/convai/agents/create" || create[0].Header.Get("xi-api-key") != testKey {
		t.Fatalf("create call = %+v", create)
	}
	if got := create[0].Header.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type = %q", got)
	}
	got, err := c.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	back := providertest.Decode(t, c, got)
	if back.Agent.Identity.Name != "Support line" || len(back.Agent.Tools) != 1 {
		t.Errorf("read back %+v", back.Agent.Identity)
	}
	back.Agent.Voice.Speed = ptr(1.15)
	patch := providertest.Reencode(t, c, back)
	if err := c.Update(ctx, id, patch); err != nil {
		t.Fatal(err)
	}
	upd := fake.Calls("update")
	if len(upd) != 1 || upd[0].Method != http.MethodPatch || upd[0].Path != "/v1/convai/agents/"+id {
		t.Fatalf("update call = %+v", upd)
	}
	stored, _ := fake.Agent(id)
	if speed := stored["conversation_config"].(map[string]any)["tts"].(map[string]any)["speed"]; speed == nil || speed.(interface{ String() string }).String() != "1.15" {
		t.Errorf("stored speed = %v", speed)
	}
}

func TestAuthStyleFollowsTheSetting(t *testing.T) {
	t.Parallel()
	tests := []struct{ style, header string }{
		{"", "xi-api-key"},
		{AuthXIAPIKey, "xi-api-key"},
		{AuthXAPIKey, "x-api-key"},
	}
	for _, tt := range tests {
		t.Run(tt.header+tt.style, func(t *testing.T) {
			t.Parallel()
			fake := elevenlabstest.NewServer(t, testKey, fakeOptions(elevenlabstest.WithAuthHeader(tt.header))...)
			c := newTestClient(t, fake, WithAuthStyle(tt.style))
			if _, err := c.List(context.Background()); err != nil {
				t.Fatal(err)
			}
		})
	}
	if _, err := New(testKey, WithAuthStyle("bearer")); err == nil {
		t.Error("an unknown auth style was accepted")
	}
}

func TestListFollowsEveryPage(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	for i := 0; i < 230; i++ {
		fake.AddAgent(map[string]any{"name": "agent " + string(rune('A'+i%26)), "conversation_config": map[string]any{}})
	}
	agents, err := c.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(agents) != 230 {
		t.Errorf("listed %d agents, want 230", len(agents))
	}
	calls := fake.Calls("list")
	if len(calls) != 3 || !strings.Contains(calls[0].Query, "page_size=100") || !strings.Contains(calls[2].Query, "cursor=cur_200") {
		t.Errorf("list calls = %d, first query %q", len(calls), calls[0].Query)
	}
	seen := map[string]bool{}
	for _, a := range agents {
		if seen[a.ID] {
			t.Errorf("agent %s listed twice", a.ID)
		}
		seen[a.ID] = true
	}
}

func TestNetworkCallsNeedAKey(t *testing.T) {
	t.Parallel()
	c := offline(t)
	ctx := context.Background()
	_, errCreate := c.Create(ctx, []byte(`{}`))
	_, errList := c.List(ctx)
	_, errGet := c.Get(ctx, "agent_1")
	errUpdate := c.Update(ctx, "agent_1", []byte(`{}`))
	for _, err := range []error{errCreate, errList, errGet, errUpdate} {
		if !errors.Is(err, agent.ErrUnauthorized) || !strings.Contains(err.Error(), "AGENTDECK_ELEVENLABS_API_KEY") {
			t.Errorf("want an unauthorized error saying how to add a key, got %v", err)
		}
	}
}

func TestWrongKeyIsUnauthorizedAndNeverShown(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, "the-right-key", fakeOptions()...)
	c := newTestClient(t, fake)
	_, err := c.List(context.Background())
	if !errors.Is(err, agent.ErrUnauthorized) || !strings.Contains(err.Error(), "Invalid API key") {
		t.Fatalf("want unauthorized, got %v", err)
	}
	if strings.Contains(err.Error(), testKey) {
		t.Error("the error shows the key")
	}
	if n := len(fake.Calls("auth")); n != 1 {
		t.Errorf("a refused key was tried %d times, want 1", n)
	}
}

func TestGetUnknownAgentIsNotFound(t *testing.T) {
	t.Parallel()
	_, c := fakeAndClient(t)
	_, err := c.Get(context.Background(), "agent_nope")
	if !errors.Is(err, agent.ErrNotFound) || !strings.Contains(err.Error(), "was not found") {
		t.Fatalf("want not found, got %v", err)
	}
}

func TestRequestsShowWhatPushSends(t *testing.T) {
	t.Parallel()
	c, err := New("", WithBaseURL("https://api.eu.residency.elevenlabs.io/v1/convai/"))
	if err != nil {
		t.Fatal(err)
	}
	doc := []byte(`{"conversation_config":{}}`)
	first := c.Requests(doc, "")
	later := c.Requests(doc, "agent_1/x")
	if len(first) != 1 || first[0].Method != "POST" || first[0].URL != "https://api.eu.residency.elevenlabs.io/v1/convai/agents/create" {
		t.Errorf("first push = %+v", first)
	}
	if len(later) != 1 || later[0].Method != "PATCH" || later[0].URL != "https://api.eu.residency.elevenlabs.io/v1/convai/agents/agent_1%2Fx" {
		t.Errorf("later push = %+v", later)
	}
}

func TestOptionsRefuseBadValues(t *testing.T) {
	t.Parallel()
	providertest.CheckOptions(t, New, testKey, providertest.SharedBadOptions(map[string]Option{
		"plain http to a remote host": WithBaseURL("http://api.elevenlabs.io/v1/convai"),
		"no scheme":                   WithBaseURL("api.elevenlabs.io"),
		"nil HTTP client":             WithHTTPClient(nil),
	}))
}

func TestLLMChoicesAreLiveWithAFallback(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	live, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "llm.model"})
	if err != nil {
		t.Fatal(err)
	}
	if len(live) != 3 || live[0].Value != "gemini-2.5-flash" || !strings.Contains(live[2].Label, "use gemini-2.5-flash") {
		t.Errorf("live LLM list = %+v", live)
	}
	fake.Inject("llms", elevenlabstest.ServerError(503), elevenlabstest.ServerError(503), elevenlabstest.ServerError(503))
	if _, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "llm.model"}); !errors.Is(err, agent.ErrUnavailable) {
		t.Errorf("want unavailable when the list cannot be reached, got %v", err)
	}
	spec, _ := c.Capabilities().Spec("llm.model")
	if !spec.Live || spec.Closed || len(spec.Choices) < 90 {
		t.Errorf("the built-in LLM list should be long, open and marked live: %d choices, closed %v", len(spec.Choices), spec.Closed)
	}
	effort, _ := c.Choices(context.Background(), agent.ChoiceQuery{Path: "llm.reasoning_effort"})
	if len(effort) != 7 {
		t.Errorf("reasoning effort choices = %v", effort)
	}
}
