package nova

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/agentdeck/agentdeck/providers/nova/novatest"
)

func TestVoicesArePagedToTheEndForEitherPagingStyle(t *testing.T) {
	t.Parallel()
	for _, vendor := range []string{"elevenlabs", "sarvam"} { // a next_page token; page numbers
		t.Run(vendor, func(t *testing.T) {
			t.Parallel()
			f := kit.NewFake(t)
			var voices []map[string]any
			for i := range 230 {
				voices = append(voices, novatest.Voice(fmt.Sprintf("%s_%d", vendor, i), fmt.Sprintf("Voice %d", i), vendor, "hi", "indian", "male"))
			}
			f.SetVoices(vendor, voices...)
			got, err := kit.Client(t, f).Choices(context.Background(), agent.ChoiceQuery{Path: "voice.voice_id", Vendor: vendor})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 230 || got[229].Value != vendor+"_229" {
				t.Fatalf("read %d voices; want all 230", len(got))
			}
			if want := (agent.Choice{Value: vendor + "_0", Label: "Voice 0", Detail: "hi, indian, male", Preview: "https://example.invalid/" + vendor + "_0.mp3"}); got[0] != want {
				t.Errorf("first = %+v, want %+v", got[0], want)
			}
			if n := f.CallsOf("GET"); n != 3 {
				t.Errorf("%d pages asked, want 3", n)
			}
		})
	}
}

func TestVoicesNeedAVendorKeyAndReadableAnswer(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	ctx := context.Background()
	if _, err := kit.Client(t, f).Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id"}); err == nil || !strings.Contains(err.Error(), "choose the voice vendor first") {
		t.Errorf("no vendor: %v", err)
	}
	wrong, _ := New("wrong", WithBaseURL(f.BaseURL), WithOrgID(testOrg), httpx.WithWaits[options](providertest.NoSleep, nil))
	if _, err := wrong.Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id", Vendor: "openai"}); !errors.Is(err, agent.ErrUnauthorized) {
		t.Errorf("wrong key: %v", err)
	}
	f.Inject("GET", novatest.Fault{Status: 200, Body: `["not", "voices"]`})
	if _, err := kit.Client(t, f).Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id", Vendor: "openai"}); !errors.Is(err, agent.ErrUnreadable) {
		t.Errorf("unreadable: %v", err)
	}
	if _, err := kit.Client(t, f).Choices(ctx, agent.ChoiceQuery{Path: "llm.model"}); !errors.Is(err, agent.ErrNotFound) {
		t.Errorf("Nova documents no model list, yet: %v", err)
	}
}
