package nova

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	f := func(v float64) *float64 { return &v }
	n := func(v int) *int { return &v }
	providertest.RunValidate(t, kit.Offline(t), []providertest.ProblemCase{
		{"an LLM setting needs the vendor", func(a *agent.Agent) { a.LLM.Temperature = f(0.5); a.LLM.Model = "gpt-4o" }, "llm.vendor", false, "openai or anthropic"},
		{"an LLM setting needs the model", func(a *agent.Agent) { a.LLM.Vendor = "openai" }, "llm.model", false, "enter the LLM model"},
		{"only openai or anthropic", func(a *agent.Agent) { a.LLM.Vendor = "mistral"; a.LLM.Model = "m" }, "llm.vendor", false, "choose one of openai, anthropic"},
		{"a voice setting needs vendor and model", func(a *agent.Agent) { a.Voice.Speed = f(1.1) }, "voice.model", false, "voice model"},
		{"a background level needs a sound", func(a *agent.Agent) { a.Voice.BackgroundLevel = f(0.2) }, "voice.background_sound", false, "background sound file"},
		{"keywords need a recogniser", func(a *agent.Agent) { a.Speech.Keywords = []string{"x"} }, "speech.vendor", false, "recogniser"},
		{"whole seconds for the greeting pause", func(a *agent.Agent) { a.Greeting.Delay = f(1.5) }, "greeting.delay", false, "whole number like 2"},
		{"90 seconds becomes 2 minutes, with a warning", func(a *agent.Agent) { a.Limits.MaxDuration = n(90) }, "limits.max_duration", true, "90 seconds is sent as 2 minutes"},
		{"a language with nowhere to go is a warning", func(a *agent.Agent) { a.Identity.Language = "en-GB" }, "identity.language", true, "choose a recogniser"},
		{"the pre-call webhook needs a method", func(a *agent.Agent) { a.Webhooks.PreCall.URL = "https://x.example/h" }, "webhooks.pre_call.method", false, "GET, POST, PUT or PATCH"},
		{"the pre-call webhook cannot DELETE", func(a *agent.Agent) {
			a.Webhooks.PreCall.URL = "https://x.example/h"
			a.Webhooks.PreCall.Method = "DELETE"
		}, "webhooks.pre_call.method", false, "choose one of GET, POST, PUT, PATCH"},
		{"the body template is a JSON object", func(a *agent.Agent) {
			a.Webhooks.PreCall = agent.Webhook{URL: "https://x.example/h", Method: "POST", BodyTemplate: "caller={{phone}}"}
		}, "webhooks.pre_call.body_template", false, "JSON object"},
		{"interruption sensitivity is 0 to 1", func(a *agent.Agent) { a.Turn.Interrupt.Sensitivity = f(3) }, "turn.interrupt.sensitivity", false, "from 0 to 1"},
		{"the channel is voice, chat or video", func(a *agent.Agent) { a.Identity.Channel = "sms" }, "identity.channel", false, "voice, chat, video"},
		// Issue 13: Nova's pre-call webhook has no saved-webhook id (seed
		// 001), so one typed elsewhere is reported as not sent, not offered.
		{"a saved-webhook id is not carried", func(a *agent.Agent) {
			a.Webhooks.PreCall = agent.Webhook{URL: "https://x.example/h", Method: "POST", ID: "wh_1"}
		}, "webhooks.pre_call.id", true, "no such setting"},
		{"tools are not carried", func(a *agent.Agent) {
			a.Tools = []agent.Tool{{Name: "t", Description: "d", URL: "https://x.example"}}
		}, "tools", true, "no such setting"},
	})
}

// Issue 13: forms offer what Capabilities supports; Nova sends no id of a
// saved webhook, so it must not be offered.
func TestCapabilitiesOfferNoPreCallWebhookID(t *testing.T) {
	t.Parallel()
	caps := kit.Offline(t).Capabilities()
	if caps.Supports("webhooks.pre_call.id") {
		t.Error("Nova offers a before-call webhook id, which nothing sends")
	}
	for _, p := range []string{"url", "method", "headers", "body_template", "timeout_seconds"} {
		if !caps.Supports("webhooks.pre_call." + p) {
			t.Errorf("Nova no longer offers webhooks.pre_call.%s, which it sends", p)
		}
	}
}

func TestValidDocumentsHaveNoErrors(t *testing.T) {
	t.Parallel()
	providertest.RunValidDocuments(t, kit.Offline(t), "full_request.json", "get_objects.json", "seed_patch.json", "seed_create.json")
}
