package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
)

// scriptProvider is an agent.Provider with a remote side in memory, for
// screen tests of review, submit and pull: documents are the agent as
// JSON (secrets resolved through the lookup given), and each network
// method can be told to fail.
type scriptProvider struct {
	info agent.ProviderInfo
	caps agent.Capabilities

	mu     sync.Mutex
	agents map[string][]byte
	order  []string
	calls  []string
	fail   map[string][]error // by method: create, update, get, list
	// prepare, when set, is its provider step before the agent is sent.
	prepare func(in agent.PrepareInput) error
}

func newScriptProvider(id string) *scriptProvider {
	return &scriptProvider{info: fakeInfo(id), caps: fakeCaps[id](), agents: map[string][]byte{}, fail: map[string][]error{}}
}

// failNext makes the next call of method fail with err.
func (p *scriptProvider) failNext(method string, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail[method] = append(p.fail[method], err)
}

func (p *scriptProvider) call(method string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls = append(p.calls, method)
	if q := p.fail[method]; len(q) > 0 {
		p.fail[method] = q[1:]
		return q[0]
	}
	return nil
}

func (p *scriptProvider) Info() agent.ProviderInfo         { return p.info }
func (p *scriptProvider) Capabilities() agent.Capabilities { return p.caps }
func (p *scriptProvider) Validate(a *agent.Agent) agent.Problems {
	return agent.ValidateCommon(a, p.caps)
}

func (p *scriptProvider) Choices(context.Context, agent.ChoiceQuery) ([]agent.Choice, error) {
	return nil, agent.ErrNotFound
}

// wireDoc is the provider's document: the agent, with the LLM key sent as
// its value.
type wireDoc struct {
	Agent  agent.Agent `json:"agent"`
	LLMKey string      `json:"llm_key,omitempty"`
}

func (p *scriptProvider) Encode(a *agent.Agent, _ []byte, secrets agent.SecretLookup) ([]byte, error) {
	doc := wireDoc{Agent: *a}
	if a.LLM.APIKey != "" {
		doc.LLMKey = agent.Resolve(secrets, a.LLM.APIKey)
		doc.Agent.LLM.APIKey = ""
	}
	return json.Marshal(doc)
}

func (p *scriptProvider) Decode(raw []byte) (agent.Decoded, error) {
	var doc wireDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		return agent.Decoded{}, err
	}
	out := agent.Decoded{Agent: doc.Agent, Secrets: map[agent.SecretRef]string{}}
	if doc.LLMKey != "" {
		ref := agent.NewSecretRef("llm.api_key")
		out.Agent.LLM.APIKey, out.Secrets[ref] = ref, doc.LLMKey
		doc.LLMKey = string(ref)
	}
	out.Native, _ = json.Marshal(doc)
	return out, nil
}

func (p *scriptProvider) Requests(doc []byte, remoteID string) []agent.Request {
	if remoteID != "" {
		return []agent.Request{{Step: agent.StepUpdate, Method: "PATCH", URL: "https://api.example.test/agents/" + remoteID, Body: doc}}
	}
	out := []agent.Request{{Step: agent.StepCreate, Method: "POST", URL: "https://api.example.test/agents", Body: doc}}
	if p.info.CreateThenUpdate {
		out = append(out, agent.Request{Step: agent.StepConfigure, Method: "PATCH", URL: "https://api.example.test/agents/{id}", Body: doc})
	}
	return out
}

func (p *scriptProvider) Create(_ context.Context, doc []byte) (string, error) {
	if err := p.call("create"); err != nil {
		return "", err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	id := fmt.Sprintf("agent-%d", len(p.order)+1)
	p.agents[id], p.order = doc, append(p.order, id)
	return id, nil
}

func (p *scriptProvider) Update(_ context.Context, id string, doc []byte) error {
	if err := p.call("update"); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.agents[id] = doc
	return nil
}

func (p *scriptProvider) Get(_ context.Context, id string) ([]byte, error) {
	if err := p.call("get"); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	doc, ok := p.agents[id]
	if !ok {
		return nil, &agent.ProviderError{Provider: p.info.ID, Op: "get", Kind: agent.ErrNotFound, Status: 404}
	}
	return doc, nil
}

func (p *scriptProvider) List(context.Context) ([]agent.RemoteAgent, error) {
	if err := p.call("list"); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]agent.RemoteAgent, 0, len(p.order))
	for _, id := range p.order {
		var doc wireDoc
		_ = json.Unmarshal(p.agents[id], &doc)
		out = append(out, agent.RemoteAgent{ID: id, Name: doc.Agent.Identity.Name})
	}
	return out, nil
}

// change edits a remote agent, as someone in the provider's dashboard.
func (p *scriptProvider) change(id string, edit func(a *agent.Agent)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var doc wireDoc
	_ = json.Unmarshal(p.agents[id], &doc)
	edit(&doc.Agent)
	p.agents[id], _ = json.Marshal(doc)
}

// withProvider makes the harness's Providers hand out p for its id.
func withProvider(p agent.Provider) harnessOption {
	return func(h *harness, deps *Deps) {
		deps.Providers = overriddenProviders{base: h.providers, p: p}
	}
}

type overriddenProviders struct {
	base Providers
	p    agent.Provider
}

func (o overriddenProviders) List() []agent.ProviderInfo { return o.base.List() }

func (o overriddenProviders) Get(id string) (agent.Provider, error) {
	if id == o.p.Info().ID {
		return o.p, nil
	}
	return o.base.Get(id)
}
