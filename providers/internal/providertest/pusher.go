package providertest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// Pusher pushes drafts to one provider through agent.Push, the one submit
// flow, as a provider's push tests do.
type Pusher struct {
	P    agent.Provider
	Now  func() time.Time // the push's clock; nil for the real one
	Keys []string         // credentials no error may show
}

// Push pushes d with secrets and returns the result, the progress steps it
// reported and the error, failing the test when the error shows a key.
func (p Pusher) Push(t testing.TB, saver *MemSaver, d agent.Draft, secrets agent.SecretLookup) (agent.PushResult, []string, error) {
	t.Helper()
	var steps []string
	res, err := agent.Push(context.Background(), p.P, d, saver, agent.PushOptions{
		Secrets:  secrets,
		Progress: func(s string) { steps = append(steps, s) },
		Now:      p.Now,
	})
	if err != nil {
		for _, k := range p.Keys {
			if strings.Contains(err.Error(), k) {
				t.Fatalf("the error shows a key: %v", err)
			}
		}
	}
	return res, steps, err
}

// MustPush pushes d with secrets into a fresh MemSaver and returns the
// result; an error fails the test.
func (p Pusher) MustPush(t testing.TB, d agent.Draft, secrets agent.SecretLookup) agent.PushResult {
	t.Helper()
	res, _, err := p.Push(t, &MemSaver{}, d, secrets)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Rig is a PushRig for RunPushFaults or RunTemplatePushes: fake, the draft d
// and pushes through p with secrets.
func (p Pusher) Rig(t testing.TB, fake FaultFake, d agent.Draft, secrets agent.SecretLookup) PushRig {
	return PushRig{Fake: fake, Draft: d, Push: func(saver *MemSaver, d agent.Draft) (agent.PushResult, error) {
		res, _, err := p.Push(t, saver, d, secrets)
		return res, err
	}}
}

// TimeoutOption is the client option a RunPushFaults case asks for: with
// timeout when it is set, none when it is 0.
func TimeoutOption[O any](with func(time.Duration) O, timeout time.Duration) []O {
	if timeout > 0 {
		return []O{with(timeout)}
	}
	return nil
}

// ImportedDraft is doc decoded by p as a draft of provider whose remote
// holds the decoded native document, as an import leaves it, with the
// secrets the decode took out.
func ImportedDraft(t testing.TB, p agent.Provider, provider string, doc []byte) (agent.Draft, agent.SecretMap) {
	t.Helper()
	d, err := p.Decode(doc)
	if err != nil {
		t.Fatal(err)
	}
	return agent.Draft{
		ID: "draft-1", Name: d.Agent.Identity.Name, Provider: provider, Agent: d.Agent,
		Remotes: map[string]map[string]agent.Remote{provider: {agent.DefaultEnv: {Native: string(d.Native)}}},
	}, agent.SecretMap(d.Secrets)
}

// TemplateDraft is a new draft for provider of the template id, called
// name, as the editor makes one. An unknown template fails the test.
func TemplateDraft(t testing.TB, provider, id, name string) agent.Draft {
	t.Helper()
	tmpl, ok := agent.TemplateByID(id)
	if !ok {
		t.Fatalf("no template %q", id)
	}
	return agent.Draft{SchemaVersion: agent.SchemaVersion, ID: "draft-1", Name: name, Provider: provider, Agent: tmpl.New(name)}
}
