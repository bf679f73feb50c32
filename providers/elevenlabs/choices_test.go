package elevenlabs

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

func choicesOf(t *testing.T, c *Client, q agent.ChoiceQuery) []agent.Choice {
	t.Helper()
	l, err := c.Choices(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", q.Path, err)
	}
	return l
}

func TestVoicesArePagedToTheEndWithLanguageAccentAndGender(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	var voices []map[string]any
	for i := range 250 {
		voices = append(voices, elevenlabstest.Voice(fmt.Sprintf("v%03d", i), fmt.Sprintf("Voice %d", i),
			map[string]string{"language": "en", "accent": "british", "gender": "female"}))
	}
	fake.SetVoices(voices...)
	got := choicesOf(t, c, agent.ChoiceQuery{Path: "voice.voice_id"})
	if len(got) != 250 || got[249].Value != "v249" {
		t.Fatalf("read %d voices, last %+v; want all 250", len(got), got[len(got)-1])
	}
	if want := (agent.Choice{Value: "v000", Label: "Voice 0", Detail: "en, british, female", Preview: "https://example.invalid/v000.mp3"}); got[0] != want {
		t.Errorf("first voice = %+v, want %+v", got[0], want)
	}
	calls := fake.Calls("voices")
	if len(calls) != 3 || calls[0].Path != "/v2/voices" {
		t.Fatalf("want 3 pages from /v2/voices, got %d calls: %+v", len(calls), calls)
	}
	if q, _ := url.ParseQuery(calls[2].Query); q.Get("next_page_token") != "p_200" || q.Get("page_size") != "100" {
		t.Errorf("third page asked %q", calls[2].Query)
	}
}

func TestVoiceSearchGoesToElevenLabs(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	got := choicesOf(t, c, agent.ChoiceQuery{Path: "voice.voice_id", Search: "British"})
	if len(got) != 1 || got[0].Label != "George" {
		t.Errorf("search British = %+v, want George alone", got)
	}
	if q, _ := url.ParseQuery(fake.Calls("voices")[0].Query); q.Get("search") != "British" {
		t.Errorf("the search was not sent: %q", fake.Calls("voices")[0].Query)
	}
}

// The voices sit beside the agents base: a base behind another prefix
// moves them along, on the same host.
func TestVoicesRouteFollowsTheBaseURL(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, append(fakeOptions(), elevenlabstest.WithGateway("/proxy/eleven"))...)
	if !strings.HasSuffix(fake.BaseURL, "/proxy/eleven/v1/convai") {
		t.Fatalf("base = %s", fake.BaseURL)
	}
	got := choicesOf(t, newTestClient(t, fake), agent.ChoiceQuery{Path: "voice.voice_id"})
	if len(got) != 2 {
		t.Fatalf("voices = %+v", got)
	}
	if p := fake.Calls("voices")[0].Path; p != "/proxy/eleven/v2/voices" {
		t.Errorf("voices asked at %s, want /proxy/eleven/v2/voices", p)
	}
	for _, op := range []string{"llms", "phone numbers", "tools", "documents"} {
		q := agent.ChoiceQuery{Path: map[string]string{
			"llms": "llm.model", "phone numbers": agent.ListPhoneNumbers,
			"tools": agent.ListTools, "documents": agent.ListKnowledgeBase,
		}[op]}
		choicesOf(t, newTestClient(t, fake), q)
		if p := fake.Calls(op)[0].Path; !strings.HasPrefix(p, "/proxy/eleven/v1/convai/") {
			t.Errorf("%s asked at %s, outside the base", op, p)
		}
	}
}

func TestVoicesNeedRoomBesideTheBase(t *testing.T) {
	t.Parallel()
	c, err := New(testKey, WithBaseURL("http://127.0.0.1:9/convai"), withoutWaiting())
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id"})
	if err == nil || !strings.Contains(err.Error(), "base URL") {
		t.Errorf("a base with no version folder: %v", err)
	}
}

func TestWorkspaceListsArePagedToTheEnd(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	var tools, docs []map[string]any
	for i := range 130 {
		tools = append(tools, elevenlabstest.Tool(fmt.Sprintf("tool_%d", i), fmt.Sprintf("tool %d", i), "webhook"))
		docs = append(docs, elevenlabstest.Document(fmt.Sprintf("doc_%d", i), fmt.Sprintf("Doc %d", i), "file"))
	}
	fake.SetTools(tools...)
	fake.SetDocuments(docs...)
	fake.SetPhoneNumbers(elevenlabstest.PhoneNumber("ph1", "+4930123", "Berlin office"), elevenlabstest.PhoneNumber("ph2", "+4940123", "Hamburg"))
	gotTools := choicesOf(t, c, agent.ChoiceQuery{Path: agent.ListTools})
	gotDocs := choicesOf(t, c, agent.ChoiceQuery{Path: agent.ListKnowledgeBase})
	if len(gotTools) != 130 || len(gotDocs) != 130 || len(fake.Calls("tools")) != 2 || len(fake.Calls("documents")) != 2 {
		t.Fatalf("tools %d (%d pages), documents %d (%d pages); want 130 in 2 pages each",
			len(gotTools), len(fake.Calls("tools")), len(gotDocs), len(fake.Calls("documents")))
	}
	if gotTools[0] != (agent.Choice{Value: "tool_0", Label: "tool 0", Detail: "webhook tool"}) || gotDocs[129].Label != "Doc 129" {
		t.Errorf("tool %+v, document %+v", gotTools[0], gotDocs[129])
	}
	numbers := choicesOf(t, c, agent.ChoiceQuery{Path: "telephony.phone_number_ids"})
	want := []agent.Choice{{Value: "ph1", Label: "Berlin office", Detail: "+4930123, Twilio"}, {Value: "ph2", Label: "Hamburg", Detail: "+4940123, Twilio"}}
	if !reflect.DeepEqual(numbers, want) {
		t.Errorf("numbers = %+v, want %+v", numbers, want)
	}
}

func TestListsThatCannotBeReadSaySoPlainly(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.Inject("voices", elevenlabstest.Fault{Status: 200, Body: `{"voices": "many"}`})
	_, err := c.Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id"})
	var pe *agent.ProviderError
	if !errors.As(err, &pe) || !errors.Is(err, agent.ErrUnreadable) || pe.Message != "ElevenLabs answered with something that is not a list of voices" {
		t.Errorf("unreadable voices: %v", err)
	}
	fake.Lenient()
	wrong, _ := New("wrong-key", WithBaseURL(fake.BaseURL), withoutWaiting())
	for _, l := range agent.ChoiceLists {
		if l.Path == "voice.model" {
			continue // from the docs: nothing to refuse
		}
		if _, err := wrong.Choices(context.Background(), agent.ChoiceQuery{Path: l.Path}); !errors.Is(err, agent.ErrUnauthorized) {
			t.Errorf("%s with a wrong key: %v", l.Path, err)
		}
		if _, err := offline(t).Choices(context.Background(), agent.ChoiceQuery{Path: l.Path}); !errors.Is(err, agent.ErrNotSet) {
			t.Errorf("%s without a key: %v", l.Path, err)
		}
	}
}

func TestBuiltInListsAreMarkedFromTheDocs(t *testing.T) {
	t.Parallel()
	got := choicesOf(t, offline(t), agent.ChoiceQuery{Path: "voice.model"})
	if len(got) == 0 || !got[0].FromDocs {
		t.Errorf("voice models = %+v, want the built-in list marked from the docs", got)
	}
}
