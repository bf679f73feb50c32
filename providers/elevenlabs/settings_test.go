package elevenlabs

import (
	"context"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestSettingsReachElevenLabs is issue 13 point 12 on ElevenLabs, through
// the one submit flow against the fake: Brazilian Portuguese went out as
// "pt", the after-call webhook id was typed and never sent, and a tool name
// with a hyphen (which ElevenLabs allows) was refused. The create body is a
// golden; the agent read back keeps all three.
func TestSettingsReachElevenLabs(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Atendimento")
	a.Identity.Language = "pt-BR"
	a.Webhooks.PostCall.ID = "wh_9d8c7b6a"
	a.Tools = []agent.Tool{{
		Name: "get-order", Description: "Looks up an order.", URL: "https://api.example.com/orders", Method: "GET",
		Params: []agent.Param{{Name: "order_id", Type: "string", Description: "The order number", Required: true, In: "query"}},
	}}
	res := pushNew(t, c, a)
	if len(res.NotKept) != 0 {
		t.Errorf("not kept after the push: %v", res.NotKept)
	}
	requireCreateGolden(t, fake)

	got, err := c.Get(context.Background(), res.RemoteID)
	if err != nil {
		t.Fatal(err)
	}
	back := providertest.Decode(t, c, got)
	if back.Agent.Identity.Language != "pt-br" || back.Agent.Webhooks.PostCall.ID != "wh_9d8c7b6a" ||
		len(back.Agent.Tools) != 1 || back.Agent.Tools[0].Name != "get-order" {
		t.Errorf("read back: language %q, after-call webhook %q, tools %v",
			back.Agent.Identity.Language, back.Agent.Webhooks.PostCall.ID, back.Agent.Tools)
	}
}
