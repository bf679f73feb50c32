package trillet

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	providertest.RunValidate(t, kit.Offline(t), []providertest.ProblemCase{
		{"11labs_byo needs the key", func(a *agent.Agent) { a.Voice.Vendor = "11labs_byo" }, "voice.vendor_key", false, "enter your ElevenLabs API key"},
		{"a key without 11labs_byo is a warning", func(a *agent.Agent) { a.Voice.VendorKey = agent.NewSecretRef("voice.vendor_key") }, "voice.vendor_key", true, "only with the 11labs_byo"},
		{"a model from neither list is a warning", func(a *agent.Agent) { a.LLM.Model = "claude-3-5-sonnet-latest" }, "llm.model", true, "not in Trillet's published model lists"},
		{"an update-only model warns about the create", func(a *agent.Agent) { a.LLM.Model = "gpt-5" }, "llm.model", true, "for updates only"},
		{"a create-only model warns about updates", func(a *agent.Agent) { a.LLM.Model = "gpt-4o" }, "llm.model", true, "for creating only"},
		{"the prompt is not carried", func(a *agent.Agent) { a.LLM.Prompt = "Be nice." }, "llm.prompt", true, "no such setting"},
		{"the temperature is not carried", func(a *agent.Agent) { v := 0.5; a.LLM.Temperature = &v }, "llm.temperature", true, "no such setting"},
		{"the region is dropped", func(a *agent.Agent) { a.Identity.Language = "pt-BR" }, "identity.language", true, "pt-BR is sent as pt"},
		{"gap days are 0 to 30", func(a *agent.Agent) {
			a.Callbacks = agent.Callbacks{Enabled: true, Gaps: []agent.Gap{{Days: 31}}}
		}, "callbacks.gaps[0].days", false, "0 to 30"},
		{"gap hours are 0 to 23", func(a *agent.Agent) {
			a.Callbacks = agent.Callbacks{Enabled: true, Gaps: []agent.Gap{{Hours: 24}}}
		}, "callbacks.gaps[0].hours", false, "0 to 23"},
		{"at least one attempt", func(a *agent.Agent) { n := 0; a.Callbacks.MaxAttempts = &n }, "callbacks.max_attempts", false, "from 1 to 100"},
		{"a variable name is a name", func(a *agent.Agent) { a.Variables = []agent.Variable{{Name: "1st", Value: "x"}} }, "variables[0].name", false, "letters, digits and _"},
	})
}

func TestPromptIsNotClaimed(t *testing.T) {
	t.Parallel()
	caps := kit.Offline(t).Capabilities()
	for _, path := range []string{"llm.prompt", "llm.temperature", "llm.vendor", "schedule.mon", "tools.name"} {
		if caps.Supports(path) {
			t.Errorf("Trillet must not claim %s", path)
		}
	}
}

func TestValidDocumentsHaveNoErrors(t *testing.T) {
	t.Parallel()
	providertest.RunValidDocuments(t, kit.Offline(t), "full_request.json", "seed_create.json", "get_response.json")
}
