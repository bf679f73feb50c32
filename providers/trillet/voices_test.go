package trillet

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// Issue 13 point 12 on Trillet: the voice list followed no vendor, so
// choosing Cartesia still listed (and sent) Rime voices.

func voiceDraft(vendor, voice string) agent.Draft {
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Voices")
	a.Voice.Vendor, a.Voice.VoiceID = vendor, voice
	return agent.Draft{ID: "draft-v", Name: a.Identity.Name, Provider: ProviderID, Agent: a}
}

func TestVoicesBelongToTheirVendor(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	spec, _ := c.Capabilities().Spec("voice.voice_id")
	if len(spec.Choices) > 0 {
		t.Errorf("one voice list for every vendor: %v", spec.Choices)
	}
	if got := spec.VendorChoices["rime"]; len(got) == 0 || got[0].Value != defaultVoiceID {
		t.Errorf("Rime's voices = %v, want the seed's mist v2 voices", got)
	}
	tests := []struct {
		name, vendor, voice string
		says                string // "" for no problem at voice.voice_id
	}{
		{"a Rime voice with Rime", "rime", "mistv2_Brook", ""},
		{"a Rime voice with no vendor (Rime by default)", "", "mistv2_Violet", ""},
		{"a Cartesia voice id with Cartesia", "cartesia", "a0e99841-438c-4a64-b679-ae501e7d6091", ""},
		{"a Rime voice with Cartesia is refused", "cartesia", "mistv2_Brook", "belongs to rime, not cartesia"},
		{"a Rime voice with OpenAI is refused", "openai", "mistv2_Wildflower", "belongs to rime, not openai"},
		{"Cartesia with no voice is refused", "cartesia", "", "enter the id of a cartesia voice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := voiceDraft(tt.vendor, tt.voice)
			ps := c.Validate(&d.Agent).At("voice.voice_id").Errors()
			switch {
			case tt.says == "" && len(ps) > 0:
				t.Errorf("unexpected problems: %v", ps)
			case tt.says != "" && (len(ps) == 0 || !strings.Contains(ps[0].Message, tt.says)):
				t.Errorf("problems %v, want one saying %q", ps, tt.says)
			}
		})
	}
}

// Through the fake: a mismatched pair is never sent, and a Cartesia voice
// goes out with Cartesia and nothing of Rime's.
func TestPushSendsOnlyMatchingVoicePairs(t *testing.T) {
	t.Parallel()
	f := kit.NewFake(t)
	c := kit.Client(t, f)

	_, _, err := kit.Pusher(c).Push(t, &providertest.MemSaver{}, voiceDraft("cartesia", "mistv2_Brook"), agent.SecretMap{})
	if !errors.Is(err, agent.ErrInvalid) || f.Count() != 0 {
		t.Fatalf("a Rime voice with Cartesia: err %v, %d agents on the fake; want refused before sending", err, f.Count())
	}

	kit.Pusher(c).MustPush(t, voiceDraft("cartesia", "a0e99841-438c-4a64-b679-ae501e7d6091"), agent.SecretMap{})
	body := strings.Join(strings.Fields(string(f.LastBody("POST"))), "")
	if !strings.Contains(body, `"provider":"cartesia"`) || !strings.Contains(body, `"voiceId":"a0e99841-438c-4a64-b679-ae501e7d6091"`) || strings.Contains(body, "mistv2") {
		t.Errorf("create body %s, want the Cartesia pair only", body)
	}
}

// The default Rime voice is filled in only for Rime.
func TestFreshBodyPairsTheDefaultVoiceOnlyWithRime(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	for _, vendor := range []string{"", "rime", "cartesia"} {
		d := voiceDraft(vendor, "")
		body, err := c.Encode(&d.Agent, nil, agent.MaskSecrets{})
		if err != nil {
			t.Fatal(err)
		}
		hasDefault := strings.Contains(string(body), defaultVoiceID)
		if wantDefault := vendor != "cartesia"; hasDefault != wantDefault {
			t.Errorf("vendor %q: body %s; default Rime voice in it = %v, want %v", vendor, body, hasDefault, wantDefault)
		}
	}
}

// Issue 16: Trillet has no list route, so its voice list is the docs'
// list of the chosen vendor alone, and says it comes from the docs.
func TestVoiceChoicesAreTheChosenVendorsFromTheDocs(t *testing.T) {
	t.Parallel()
	c := kit.Offline(t)
	ctx := context.Background()
	rime, err := c.Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id"})
	if err != nil || len(rime) == 0 || rime[0].Value != defaultVoiceID {
		t.Fatalf("default vendor's voices = %v, %v", rime, err)
	}
	for _, ch := range rime {
		if !ch.FromDocs || !strings.HasPrefix(ch.Value, "mistv2_") {
			t.Errorf("%+v: want a Rime voice marked from the docs", ch)
		}
	}
	if l, err := c.Choices(ctx, agent.ChoiceQuery{Path: "voice.voice_id", Vendor: "cartesia"}); err == nil || len(l) > 0 {
		t.Errorf("Cartesia got %v (%v); want no list, never Rime's voices", l, err)
	}
	if models, err := c.Choices(ctx, agent.ChoiceQuery{Path: "llm.model"}); err != nil || len(models) == 0 || !models[0].FromDocs {
		t.Errorf("models = %v, %v", models, err)
	}
}
