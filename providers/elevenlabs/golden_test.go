package elevenlabs

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/charmbracelet/x/exp/golden"
)

// TestTemplateBodies pins the create body of a fresh draft of every
// template (refresh with go test -update).
func TestTemplateBodies(t *testing.T) {
	t.Parallel()
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New("Test agent")
			body, err := offline(t).Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, append(body, '\n'))
		})
	}
}

// TestTemplateBodiesMatchTheOfficialSchema is the promise that a draft made
// with `new` can be created as it is.
func TestTemplateBodiesMatchTheOfficialSchema(t *testing.T) {
	t.Parallel()
	spec := needSpec(t)
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New("Test agent")
			body, err := offline(t).Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range spec.ValidateJSON("Body_Create_Agent_v1_convai_agents_create_post", body) {
				t.Errorf("the %s template's body breaks the schema: %s", tmpl.ID, v)
			}
		})
	}
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
		dec, err := c.Decode(readDoc(t, name))
		if err != nil {
			t.Fatal(err)
		}
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
			back, err := c.Decode(body)
			if err != nil {
				t.Fatal(err)
			}
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
		if !caps.Supports(f.Path) || f.Path == "webhooks.post_call.id" {
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
