package elevenlabs

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

// TestSettingsReachElevenLabs is issue 13 point 12 on ElevenLabs, through
// the one submit flow against the fake: Brazilian Portuguese went out as
// "pt", the after-call webhook id was typed and never sent, and a tool name
// with a hyphen (which ElevenLabs allows) was refused. The create body is a
// golden; the agent read back keeps all three.
func TestSettingsReachElevenLabs(t *testing.T) {
	t.Parallel()
	fake := elevenlabstest.NewServer(t, testKey, fakeOptions()...)
	c := newTestClient(t, fake)
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Atendimento")
	a.Identity.Language = "pt-BR"
	a.Webhooks.PostCall.ID = "wh_9d8c7b6a"
	a.Tools = []agent.Tool{{
		Name: "get-order", Description: "Looks up an order.", URL: "https://api.example.com/orders", Method: "GET",
		Params: []agent.Param{{Name: "order_id", Type: "string", Description: "The order number", Required: true, In: "query"}},
	}}
	if ps := c.Validate(&a).Errors(); len(ps) > 0 {
		t.Fatalf("validation refuses the draft: %v", ps)
	}
	saver := &providertest.MemSaver{}
	d := agent.Draft{ID: "d1", Name: a.Identity.Name, Provider: ProviderID, Agent: a}
	if err := saver.Save(&d); err != nil {
		t.Fatal(err)
	}
	res, err := agent.Push(context.Background(), c, saver.Last(), saver, agent.PushOptions{Secrets: agent.SecretMap{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NotKept) != 0 {
		t.Errorf("not kept after the push: %v", res.NotKept)
	}
	creates := fake.Calls("create")
	if len(creates) != 1 {
		t.Fatalf("%d create requests, want 1", len(creates))
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, creates[0].Body, "", "  "); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, append(pretty.Bytes(), '\n'))

	got, err := c.Get(context.Background(), res.RemoteID)
	if err != nil {
		t.Fatal(err)
	}
	back, err := c.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	if back.Agent.Identity.Language != "pt-br" || back.Agent.Webhooks.PostCall.ID != "wh_9d8c7b6a" ||
		len(back.Agent.Tools) != 1 || back.Agent.Tools[0].Name != "get-order" {
		t.Errorf("read back: language %q, after-call webhook %q, tools %v",
			back.Agent.Identity.Language, back.Agent.Webhooks.PostCall.ID, back.Agent.Tools)
	}
}
