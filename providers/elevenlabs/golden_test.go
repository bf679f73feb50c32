package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/charmbracelet/x/exp/golden"
)

// TestTemplateBodies pins the create body of a fresh draft of every
// template (refresh with go test -update).
func TestTemplateBodies(t *testing.T) {
	t.Parallel()
	providertest.EachTemplateBody(t, offline(t), "Test agent", func(t *testing.T, _ agent.Template, _ agent.Agent, body []byte) {
		golden.RequireEqual(t, append(body, '\n'))
	})
}

// TestTemplateBodiesMatchTheOfficialSchema is the promise that a draft made
// with `new` can be created as it is.
func TestTemplateBodiesMatchTheOfficialSchema(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	providertest.EachTemplateBody(t, offline(t), "Test agent", func(t *testing.T, tmpl agent.Template, _ agent.Agent, body []byte) {
		for _, v := range spec.ValidateJSON("Body_Create_Agent_v1_convai_agents_create_post", body) {
			t.Errorf("the %s template's body breaks the schema: %s", tmpl.ID, v)
		}
	})
}

// TestFreshEncodeKeepsTheModel writes agents with no stored document and
// reads them back: what ElevenLabs carries must survive the trip.
func TestFreshEncodeKeepsTheModel(t *testing.T) {
	t.Parallel()
	c := offline(t)
	agents := map[string]agent.Agent{}
	for _, tmpl := range agent.Templates {
		agents["template "+tmpl.ID] = tmpl.New("Test agent")
	}
	for _, name := range append(requestDocs, "get_response.json") {
		dec := providertest.Decode(t, c, readDoc(t, name))
		agents[name] = dec.Agent
	}
	caps := c.Capabilities()
	for name, a := range agents {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			body, err := c.Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			back := providertest.Decode(t, c, body)
			want, got := carried(&a, caps), carried(&back.Agent, caps)
			for path, v := range want {
				if got[path] != v {
					t.Errorf("%s: sent %q, read back %q", path, v, got[path])
				}
			}
		})
	}
}

// carried flattens the fields a provider carries, with secret references
// and the language region (which ElevenLabs does not keep) evened out.
func carried(a *agent.Agent, caps agent.Capabilities) map[string]string {
	out := map[string]string{}
	for _, f := range agent.Flatten(a) {
		if !caps.Supports(f.Path) {
			continue
		}
		v := f.Value
		switch {
		case agent.IsRef(v):
			v = "(secret)"
		case f.Path == "identity.language":
			v, _, _ = strings.Cut(strings.ToLower(v), "-")
		}
		out[f.Path] = v
	}
	return out
}

// TestEverySettingMatchesTheOfficialSchema sets every field ElevenLabs
// carries, with every kind of tool parameter, and checks the body.
func TestEverySettingMatchesTheOfficialSchema(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	tmpl, _ := agent.TemplateByID("reminder")
	a := tmpl.New("Everything")
	a.Identity.Tags = []string{"test"}
	a.Identity.Channel = "voice"
	a.LLM = agent.LLM{Model: "custom-llm", Endpoint: "https://llm.example.com/v1", Prompt: "p", Temperature: ptr(0.4), MaxTokens: ptr(200), ReasoningEffort: "low", ThinkingBudget: ptr(0)}
	a.Voice = agent.Voice{VoiceID: "21m00Tcm4TlvDq8ikWAM", Model: "eleven_flash_v2_5", Speed: ptr(1.1), Stability: ptr(0.4), SimilarityBoost: ptr(0.7), BackgroundSound: "office2", BackgroundLevel: ptr(0.2)}
	a.Speech = agent.Speech{Vendor: "scribe_realtime", Model: "high", Keywords: []string{"agentdeck"}}
	a.Turn = agent.Turn{
		Mode: "turn", Eagerness: "eager", Timeout: ptr(5.0), InitialWait: ptr(2.0),
		Interrupt: agent.Interrupt{IgnoreTerms: []string{"ok"}},
		Silence:   agent.Silence{EndCallAfter: ptr(30.0)},
		Fillers:   agent.Fillers{Enabled: ptr(true), AfterSeconds: ptr(2.5), Phrases: []string{"One moment.", "Still here."}, Generated: ptr(false)},
	}
	a.Greeting.Interruptible = ptr(false)
	a.Limits = agent.Limits{MaxDuration: ptr(300), EndMessage: "Time is up.", Concurrency: ptr(2), DailyCalls: ptr(50)}
	a.Builtins = nil
	for _, kind := range agent.BuiltinKinds {
		a.Builtins = append(a.Builtins, agent.BuiltinTool{Kind: kind, Instructions: "Use when needed."})
	}
	a.Tools = []agent.Tool{{
		Name: "save_booking", Description: "Saves a booking.", URL: "https://api.example.com/shops/{shop}/bookings", Method: "POST",
		TimeoutSeconds: ptr(30),
		Headers:        []agent.Header{{Name: "Authorization", Secret: "secret:tools.save_booking.headers.Authorization#00000000"}, {Name: "X-Shop", Value: "1"}},
		// In ElevenLabs' order (path, query, body; by name), which is how
		// they read back.
		Params: []agent.Param{
			{Name: "shop", Type: "string", Description: "Shop id", In: "path", Required: true},
			{Name: "dry", Type: "boolean", Description: "Only check", In: "query"},
			{Name: "contact", Type: "object", Description: "Who booked", In: "body"},
			{Name: "deposit", Type: "number", Description: "Deposit paid", In: "body"},
			{Name: "notes", Type: "array", Description: "Notes", In: "body"},
			{Name: "people", Type: "integer", Description: "How many", In: "body"},
			{Name: "when", Type: "string", Description: "Date and time", In: "body", Required: true, Enum: []string{"today", "tomorrow"}},
		},
	}}
	a.Variables = []agent.Variable{{Name: "shop", Value: "Main street"}}
	a.Webhooks.PreCall = agent.Webhook{URL: "https://hooks.example.com/start", Headers: []agent.Header{{Name: "X-Clinic", Value: "plain"}}}
	c := offline(t)
	if errs := c.Validate(&a).Errors(); len(errs) > 0 {
		t.Fatalf("the test agent has problems: %v", errs)
	}
	body, err := c.Encode(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range spec.ValidateJSON("Body_Create_Agent_v1_convai_agents_create_post", body) {
		t.Errorf("%s", v)
	}
	back := providertest.Decode(t, c, body)
	want, got := carried(&a, c.Capabilities()), carried(&back.Agent, c.Capabilities())
	for path, v := range want {
		if got[path] != v {
			t.Errorf("%s: sent %q, read back %q", path, v, got[path])
		}
	}
}
