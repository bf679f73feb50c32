package dasha

import (
	"reflect"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/dasha/dashatest"
	"github.com/agentdeck/agentdeck/providers/internal/providertest"
	"github.com/charmbracelet/x/exp/golden"
)

// TestTemplateBodies: a draft made with `new` (no native document) gives a
// complete create body with every "version" the seed shows, accepted by the
// fake's seed-shape check, and validation finds no errors in it.
func TestTemplateBodies(t *testing.T) {
	t.Parallel()
	c := offlineClient(t)
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New("Front desk " + tmpl.ID)
			if errs := c.Validate(&a).Errors(); len(errs) > 0 {
				t.Fatalf("the %s template does not validate for Dasha: %v", tmpl.ID, errs)
			}
			body, err := c.Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			if errs := dashatest.ValidateBody(body); len(errs) > 0 {
				t.Fatalf("the body does not match seed 004: %v\n%s", errs, body)
			}
			golden.RequireEqual(t, body)

			// Reading the body back gives the template's settings again.
			back := providertest.Decode(t, c, body)
			var carried []agent.BuiltinTool
			for _, b := range a.Builtins {
				if dashaBuiltin(b.Kind) != "" {
					carried = append(carried, b)
				}
			}
			if !reflect.DeepEqual(carried, back.Agent.Builtins) {
				t.Errorf("built-in tools = %v, want %v", back.Agent.Builtins, carried)
			}
			a.Builtins, back.Agent.Builtins = nil, nil
			for _, ch := range agent.Diff(&a, &back.Agent) {
				if capabilities().Supports(ch.Path) && ch.From != "" {
					t.Errorf("%s was not carried: %s", ch.Path, ch)
				}
			}
		})
	}
}

func TestFreshBodyHasTheSeedVersions(t *testing.T) {
	t.Parallel()
	a := agent.Templates[0].New("Versions")
	body, err := offlineClient(t).Encode(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	doc := providertest.JSONValue(t, body).(map[string]any)
	cfg := doc["config"].(map[string]any)
	for _, path := range [][]string{
		{"version"},
		{"ttsConfig", "version"},
		{"ttsConfig", "speedAdjustment", "version"},
		{"llmConfig", "version"},
		{"sttConfig", "version"},
		{"features", "version"},
		{"features", "talkFirst", "version"},
		{"features", "maxDuration", "version"},
		{"features", "ivrDetection", "version"},
		{"features", "ambientNoise", "version"},
		{"features", "languageSwitching", "version"},
		{"features", "fillers", "version"},
		{"features", "backchannel", "version"},
		{"features", "silenceManagement", "version"},
	} {
		var v any = cfg
		for _, k := range path {
			v = v.(map[string]any)[k]
		}
		if v != "v1" {
			t.Errorf("config.%v = %v, want v1", path, v)
		}
	}
}

func TestBuiltInJSONIsValid(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		freshAgentJSON, freshToolJSON, freshCustomSettingsJSON, freshBodyFormatJSON, freshMCPJSON,
		freshMCPAuthJSON, freshBuiltinJSON, freshResultWebhookJSON, freshStartWebhookJSON, freshOutboundSIPJSON, freshWindowJSON,
	} {
		if _, err := jsondoc.Parse([]byte(doc)); err != nil {
			t.Errorf("%v in %s", err, doc)
		}
	}
}
