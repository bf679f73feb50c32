package providertest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// CheckKeyKeptOut decodes the testdata file doc, which holds the
// credential key in the member named member, at wirePath, and checks that
// the key reaches neither the native document nor the agent, that an
// export shows the member masked, and that encoding without the saved
// secrets fails naming wirePath. It returns the decoded draft for the
// provider's own checks.
func CheckKeyKeptOut(t testing.TB, p agent.Provider, doc, key, member, wirePath string) agent.Decoded {
	t.Helper()
	d := DecodeTestdata(t, p, doc)
	model, _ := json.Marshal(d.Agent)
	for what, text := range map[string]string{"native document": string(d.Native), "agent": string(model)} {
		if strings.Contains(text, key) {
			t.Errorf("the %s holds the secret value", what)
		}
	}
	masked, err := p.Encode(&d.Agent, d.Native, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(masked), key) || !strings.Contains(string(masked), `"`+member+`": "`+agent.Masked+`"`) {
		t.Errorf("export must show %s masked:\n%s", member, masked)
	}
	if _, err := p.Encode(&d.Agent, d.Native, agent.SecretMap{}); err == nil || !strings.Contains(err.Error(), wirePath) {
		t.Errorf("a push without the saved secret must fail naming it, got %v", err)
	}
	return d
}
