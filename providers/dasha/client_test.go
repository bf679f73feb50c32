package dasha

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestNetworkCallsWithoutAKeySayHowToFixIt(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	ctx := context.Background()
	_, errCreate := c.Create(ctx, []byte(`{}`))
	errUpdate := c.Update(ctx, "a", []byte(`{}`))
	_, errGet := c.Get(ctx, "a")
	_, errList := c.List(ctx)
	_, errVoices := c.Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id"})
	for _, err := range []error{errCreate, errUpdate, errGet, errList, errVoices} {
		if !errors.Is(err, agent.ErrUnauthorized) || !strings.Contains(err.Error(), "AGENTDECK_DASHA_API_KEY") {
			t.Errorf("want a plain no-key error, got %v", err)
		}
	}
}

func TestWrongKeyIsRefusedAndNeverShown(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	const wrong = "dasha-wrong-key-FAKE-SECRET-9999"
	c, err := New(wrong, WithBaseURL(f.URL()))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(context.Background(), "agt_1")
	if !errors.Is(err, agent.ErrUnauthorized) {
		t.Fatalf("want ErrUnauthorized, got %v", err)
	}
	assertNoSecret(t, "the error", []byte(err.Error()))
}

func TestGetOfAMissingAgentIsNotFound(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, err := fakeClient(t, f, nil).Get(context.Background(), "agt_none")
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrNotFound) || !strings.Contains(pe.Message, "agt_none") || pe.RequestID == "" {
		t.Fatalf("want not found with Dasha's detail and trace id, got %#v", err)
	}
}

func TestProblemDetailsBecomeFieldErrors(t *testing.T) {
	t.Parallel()
	providertest.RunErrorBodies(t, decodeProblem, []providertest.ErrorBody{
		{
			Name: "validation errors in .NET spelling",
			Body: `{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Config.TtsConfig.Speed":["Speed must be between 0.7 and 1.2."],"Name":["The field Name must be a string with a maximum length of 100."]}}`,
			Msg:  "One or more validation errors occurred.",
			Fields: []agent.FieldError{
				{Path: "voice.speed", Loc: "Config.TtsConfig.Speed", Message: "Speed must be between 0.7 and 1.2."},
				{Path: "identity.name", Loc: "Name", Message: "The field Name must be a string with a maximum length of 100."},
			},
		},
		{
			Name: "camelCase and JSON paths with indices",
			Body: `{"title":"Bad Request","status":400,"detail":"Invalid agent","errors":{"config.tools[1].name":["bad name"],"$.schedule.mon[0].end.hour":["must be 0-23"],"config.ttsConfig.vendorSpecificOptions.similarity_boost":"too high","config.mcpConnections[2].authentication.apiKey":["required"]}}`,
			Msg:  "Invalid agent",
			Fields: []agent.FieldError{
				{Path: "schedule.mon[0].end", Loc: "$.schedule.mon[0].end.hour", Message: "must be 0-23"},
				{Path: "mcp[2].api_key", Loc: "config.mcpConnections[2].authentication.apiKey", Message: "required"},
				{Path: "tools[1].name", Loc: "config.tools[1].name", Message: "bad name"},
				{Path: "voice.similarity_boost", Loc: "config.ttsConfig.vendorSpecificOptions.similarity_boost", Message: "too high"},
			},
		},
		{
			Name: "a wrapper prefix and fields on the config alone",
			Body: `{"title":"Bad","errors":{"request.config.llmConfig.options.temperature":["0-2"],"LlmConfig.Prompt":["required"],"config.features.silenceManagement.maxReminderAttempts":["0-10"],"config.startWebhook.timeout":["1-300"]}}`,
			Msg:  "Bad",
			Fields: []agent.FieldError{
				{Path: "llm.prompt", Loc: "LlmConfig.Prompt", Message: "required"},
				{Path: "turn.silence.max_reminders", Loc: "config.features.silenceManagement.maxReminderAttempts", Message: "0-10"},
				{Path: "webhooks.pre_call.timeout_seconds", Loc: "config.startWebhook.timeout", Message: "1-300"},
				{Path: "llm.temperature", Loc: "request.config.llmConfig.options.temperature", Message: "0-2"},
			},
		},
		{
			Name:   "an unknown field keeps Dasha's own name, a body error joins the message",
			Body:   `{"title":"One or more validation errors occurred.","errors":{"Config.Knowledge":["unknown base"],"$":["The JSON value could not be converted."]}}`,
			Msg:    "One or more validation errors occurred: The JSON value could not be converted.",
			Fields: []agent.FieldError{{Path: "Config.Knowledge", Loc: "Config.Knowledge", Message: "unknown base"}},
		},
	})
}

func TestFakeRejectionLandsOnTheField(t *testing.T) {
	t.Parallel()
	f, c := fakeAndClient(t)
	// Bypass validation to see Dasha's own answer to a bad body.
	a := agent.Templates[0].New("Too fast")
	a.Voice.Speed = ptr(3.0)
	body, err := c.Encode(&a, nil, agent.SecretMap{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Create(context.Background(), body)
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrInvalid) || pe.Status != http.StatusBadRequest {
		t.Fatalf("want a 400, got %v", err)
	}
	if len(pe.Problems()) != 1 || pe.Problems()[0].Path != "voice.speed" {
		t.Fatalf("want the problem on voice.speed, got %v", pe.Fields)
	}
	if len(f.AgentIDs()) != 0 {
		t.Fatal("a rejected create made an agent")
	}
}

func TestRateLimitIsWaitedOutOnReads(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	var waits []time.Duration
	c := fakeClient(t, f, &waits)
	f.Inject("list", dashatest.Answer(http.StatusTooManyRequests, "7"), dashatest.Answer(http.StatusBadGateway, ""))
	if _, err := c.List(context.Background()); err != nil {
		t.Fatal(err)
	}
	if f.Calls("list") != 3 || len(waits) != 2 || waits[0] != 7*time.Second {
		t.Fatalf("list calls %d, waits %v", f.Calls("list"), waits)
	}
	f.Inject("get", dashatest.Answer(http.StatusTooManyRequests, "600"))
	_, err := c.Get(context.Background(), "agt_x")
	if !errors.Is(err, agent.ErrRateLimited) || !strings.Contains(err.Error(), "wait") {
		t.Fatalf("a long Retry-After must be reported, not waited: %v", err)
	}
}

func TestListFollowsEveryPage(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"bare", "paged", "all-at-once"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			f := newFake(t)
			f.SetListMode(mode)
			for i := range 250 {
				f.Store([]byte(fmt.Sprintf(`{"name": "agent %03d", "config": {}}`, i)))
			}
			got, err := fakeClient(t, f, nil).List(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 250 || got[0].Name != "agent 000" || got[249].Name != "agent 249" || got[0].ID == "" || got[0].Updated == "" {
				t.Fatalf("got %d agents, first %+v", len(got), got[0])
			}
			wantCalls := map[string]int{"bare": 3, "paged": 3, "all-at-once": 2}[mode]
			if f.Calls("list") != wantCalls {
				t.Errorf("list calls = %d, want %d", f.Calls("list"), wantCalls)
			}
		})
	}
}

func TestListOfNoAgents(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	got, err := fakeClient(t, f, nil).List(context.Background())
	if err != nil || len(got) != 0 || f.Calls("list") != 1 {
		t.Fatalf("got %v, %v after %d calls", got, err, f.Calls("list"))
	}
}

func TestParseAgentListShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		body      string
		wantIDs   []string
		wantTotal int
		wantErr   bool
	}{
		{`[{"agentId":"a","name":"A"},{"agentId":"b","name":"B"}]`, []string{"a", "b"}, -1, false},
		{`{"data":[{"id":"c","name":"C"}],"totalCount":9}`, []string{"c"}, 9, false},
		{`{"agents":[],"count":0}`, nil, 0, false},
		{`{"message":"hello"}`, nil, 0, true},
		{`<html>`, nil, 0, true},
	}
	for _, tt := range tests {
		page, total, err := parseAgentList([]byte(tt.body))
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: err = %v", tt.body, err)
			continue
		}
		var ids []string
		for _, a := range page {
			ids = append(ids, a.ID)
		}
		if !reflect.DeepEqual(ids, tt.wantIDs) || (!tt.wantErr && total != tt.wantTotal) {
			t.Errorf("%s: ids %v total %d", tt.body, ids, total)
		}
	}
}

func TestRequestsDescribeThePush(t *testing.T) {
	t.Parallel()
	c, err := New("", WithBaseURL("https://blackbox.ru.dasha.ai/"))
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"name":"x"}`)
	first := c.Requests(body, "")
	later := c.Requests(body, "agt/1")
	if len(first) != 1 || first[0].Method != "POST" || first[0].URL != "https://blackbox.ru.dasha.ai/api/v1/agents" || first[0].Step != agent.StepCreate {
		t.Errorf("create request = %+v", first)
	}
	if len(later) != 1 || later[0].Method != "PUT" || later[0].URL != "https://blackbox.ru.dasha.ai/api/v1/agents/agt%2F1" || later[0].Step != agent.StepUpdate {
		t.Errorf("update request = %+v", later)
	}
}

func TestOptionsRefuseBadValues(t *testing.T) {
	t.Parallel()
	providertest.CheckOptions(t, New, testKey, providertest.SharedBadOptions(map[string]Option{
		"plain http to a remote host": WithBaseURL("http://blackbox.dasha.ai"),
		"not an address":              WithBaseURL("blackbox"),
		"no HTTP client":              WithHTTPClient(nil),
	}), WithBaseURL("http://127.0.0.1:9"), WithTimeout(time.Second), WithMaxRetries(0))
}

func TestVoiceChoicesComeFromDasha(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.SetVoices([]map[string]any{
		{"id": "v1", "provider": "ElevenLabs", "category": "Public", "name": "Rachel", "voiceId": "21m00Tcm4TlvDq8ikWAM", "language": "en"},
		{"id": "v2", "provider": "Cartesia", "category": "Cloned", "name": nil, "voiceId": nil, "language": nil},
	})
	got, err := fakeClient(t, f, nil).Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id"})
	if err != nil {
		t.Fatal(err)
	}
	// Issue 16: the vendor and language moved from the label to the detail.
	want := []agent.Choice{{Value: "21m00Tcm4TlvDq8ikWAM", Label: "Rachel", Detail: "ElevenLabs, en"}, {Value: "v2", Label: "v2", Detail: "Cartesia"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("choices = %v, want %v", got, want)
	}
	vendors, err := fakeClient(t, f, nil).Choices(context.Background(), agent.ChoiceQuery{Path: "voice.vendor"})
	if err != nil || len(vendors) != 5 {
		t.Fatalf("vendor choices = %v, %v", vendors, err)
	}
}

func TestCreateWithoutAnIDIsAmbiguous(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.Inject("create", func(w http.ResponseWriter, r *http.Request, store func()) {
		store()
		w.WriteHeader(http.StatusCreated)
	})
	a := agent.Templates[0].New("No id")
	body, _ := offlineClient(t).Encode(&a, nil, agent.SecretMap{})
	_, err := fakeClient(t, f, nil).Create(context.Background(), body)
	if !errors.Is(err, agent.ErrAmbiguous) {
		t.Fatalf("want ErrAmbiguous, got %v", err)
	}
}

func TestVoiceChoicesArePagedToTheEndAndKeepToTheVendor(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	var voices []map[string]any
	for i := range 250 {
		vendor := "ElevenLabs"
		if i%2 == 1 {
			vendor = "Cartesia"
		}
		voices = append(voices, dashatest.Voice(fmt.Sprintf("voice%03d", i), fmt.Sprintf("Voice %d", i), vendor, "de-DE"))
	}
	f.SetVoices(voices)
	c := fakeClient(t, f, nil)
	all, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id"})
	if err != nil || len(all) != 250 || all[249].Value != "voice249" || f.Calls("voices") != 3 {
		t.Fatalf("read %d voices in %d requests (%v); want 250 in 3", len(all), f.Calls("voices"), err)
	}
	cartesia, _ := c.Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id", Vendor: "Cartesia"})
	if len(cartesia) != 125 || cartesia[0] != (agent.Choice{Value: "voice001", Label: "Voice 1", Detail: "Cartesia, de-DE"}) {
		t.Errorf("Cartesia's voices: %d, first %+v", len(cartesia), cartesia[0])
	}
	f.Inject("voices", func(w http.ResponseWriter, _ *http.Request, _ func()) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"voices": 3}`))
	})
	if _, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id"}); !errors.Is(err, agent.ErrUnreadable) {
		t.Errorf("unreadable list: %v", err)
	}
	models, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "llm.model"})
	if err != nil || len(models) == 0 || !models[0].FromDocs {
		t.Errorf("models from the docs = %v, %v", models, err)
	}
	if _, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: agent.ListPhoneNumbers}); !errors.Is(err, agent.ErrNotFound) {
		t.Errorf("phone numbers: %v", err)
	}
}
