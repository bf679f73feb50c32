package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// ScriptRemote is a provider with its remote side in memory
// (scriptProvider), lent to the accessible front end's tests of review,
// submit, pull and the choice lists.
type ScriptRemote struct{ p *scriptProvider }

// NewScriptSession is a FakeSession whose provider id is served by a
// ScriptRemote; choices, when given, is its live list for llm.model.
func NewScriptSession(t testing.TB, id string, choices []agent.Choice) (FakeSession, ScriptRemote) {
	p := newScriptProvider(id)
	var prov agent.Provider = p
	if choices != nil {
		prov = choiceScript{p, choices}
	}
	return FakeSession{h: newHarness(t, withProvider(prov))}, ScriptRemote{p}
}

// AddAgent stores an agent on the remote side, as if made in the
// provider's dashboard, and returns its id.
func (r ScriptRemote) AddAgent(name string) string {
	a := agent.Agent{}
	a.Identity.Name = name
	a.LLM.Prompt = "Help the caller."
	id, err := r.p.Create(context.Background(), mustEncode(r.p, &a))
	if err != nil {
		panic(err)
	}
	return id
}

// Prompt is the prompt of a remote agent.
func (r ScriptRemote) Prompt(id string) string {
	doc, err := r.p.Get(context.Background(), id)
	if err != nil {
		return ""
	}
	d, _ := r.p.Decode(doc)
	return d.Agent.LLM.Prompt
}

// SetPrompt changes a remote agent's prompt, as someone in the dashboard.
func (r ScriptRemote) SetPrompt(id, prompt string) {
	r.p.change(id, func(a *agent.Agent) { a.LLM.Prompt = prompt })
}

// Agents is how many agents the remote side holds.
func (r ScriptRemote) Agents() int { r.p.mu.Lock(); defer r.p.mu.Unlock(); return len(r.p.order) }

// FailNext makes the next call of method (create, update, get, list) fail.
func (r ScriptRemote) FailNext(method string, err error) { r.p.failNext(method, err) }

func mustEncode(p *scriptProvider, a *agent.Agent) []byte {
	b, err := p.Encode(a, nil, nil)
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return b
}

// choiceScript is a scriptProvider with a live list for llm.model.
type choiceScript struct {
	*scriptProvider
	list []agent.Choice
}

func (c choiceScript) Choices(_ context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	if q.Path == "llm.model" {
		return c.list, nil
	}
	return nil, agent.ErrNotFound
}

// SaveSetting stores one provider setting, as the settings screen would.
func (f FakeSession) SaveSetting(provider, key, value string) {
	if err := f.h.settings.SaveProviderSettings(provider, map[string]string{key: value}); err != nil {
		f.h.t.Fatal(err)
	}
}

// SetRemoteAgents makes provider's fake list n agents, or fail with err.
func (f FakeSession) SetRemoteAgents(provider string, n int, err error) {
	f.h.providers.agents = map[string]int{provider: n}
	f.h.providers.listErr = map[string]error{provider: err}
}

// AddNamedAgents stores agents of one name on the remote side with no
// prompt of their own, as an unclear create (or a dashboard) would leave
// them, and returns their ids.
func (r ScriptRemote) AddNamedAgents(name string, n int) []string {
	var ids []string
	for range n {
		doc, _ := json.Marshal(wireDoc{Agent: agent.Agent{Identity: agent.Identity{Name: name}}})
		id := fmt.Sprintf("agent-%d", len(r.p.order)+1)
		r.p.agents[id], r.p.order = doc, append(r.p.order, id)
		ids = append(ids, id)
	}
	return ids
}

// Agent is the stored document of a remote agent.
func (r ScriptRemote) Agent(id string) string { return string(r.p.agents[id]) }

// Calls are the provider calls made so far, in order.
func (r ScriptRemote) Calls() []string { return append([]string(nil), r.p.calls...) }
