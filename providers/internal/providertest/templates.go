package providertest

import (
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// EachTemplateBody runs test, in a parallel subtest per template, on a fresh
// draft of that template called name and the create body p encodes for it
// (secrets masked, no stored document).
func EachTemplateBody(t *testing.T, p agent.Provider, name string, test func(t *testing.T, tmpl agent.Template, a agent.Agent, body []byte)) {
	t.Helper()
	for _, tmpl := range agent.Templates {
		t.Run(tmpl.ID, func(t *testing.T) {
			t.Parallel()
			a := tmpl.New(name)
			body, err := p.Encode(&a, nil, agent.MaskSecrets{})
			if err != nil {
				t.Fatal(err)
			}
			test(t, tmpl, a, body)
		})
	}
}
