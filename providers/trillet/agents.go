package trillet

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

const agentsPath = "/v1/api/agents"

// Create makes a call agent from doc and returns its id.
//
// Docs: https://docs.trillet.ai/v1/api-reference/endpoints/agents/call/create
func (c *Client) Create(ctx context.Context, doc []byte) (string, error) {
	return c.http.CreateAgent(ctx, agentsPath, func() ([]byte, error) { return requestBody(doc) }, createdID,
		"Trillet answered the create without an agent id; the next push checks Trillet's list before creating")
}

// createdID reads the new agent's id from a create answer: the agent
// document (_id), the older flat answer (agentId), or either wrapped in
// {"agent": …} or {"data": …}.
func createdID(resp []byte) string {
	var top struct {
		createdAgent
		Agent *createdAgent `json:"agent"`
		Data  *createdAgent `json:"data"`
	}
	if json.Unmarshal(resp, &top) != nil {
		return ""
	}
	for _, c := range []*createdAgent{&top.createdAgent, top.Agent, top.Data} {
		if c != nil && first(c.ID, c.AgentID) != "" {
			return first(c.ID, c.AgentID)
		}
	}
	return ""
}

// Update sends doc to the agent with PUT (or PATCH, see WithUpdateMethod).
// Response-only fields are never sent.
//
// Docs: https://docs.trillet.ai/v1/api-reference/endpoints/agents/call/update
func (c *Client) Update(ctx context.Context, remoteID string, doc []byte) error {
	return c.http.UpdateAgent(ctx, remoteID, c.updateMethod, agentPath(remoteID), func() ([]byte, error) { return requestBody(doc) })
}

// Get returns the agent as Trillet sends it.
//
// Docs: https://docs.trillet.ai/v1/api-reference/endpoints/agents/call/get
func (c *Client) Get(ctx context.Context, remoteID string) ([]byte, error) {
	return c.http.GetAgent(ctx, remoteID, agentPath(remoteID))
}

// List returns the workspace's call agents. Trillet answers with one bare
// array and documents no pages; an answer wrapped as {"data": […]} or
// {"agents": […]} is read too.
//
// Docs: https://docs.trillet.ai/v1/api-reference/endpoints/agents/call/list
func (c *Client) List(ctx context.Context) ([]agent.RemoteAgent, error) {
	if err := c.http.Ready("list"); err != nil {
		return nil, err
	}
	// Trillet answers the whole list at once: one page, no paging query.
	list := paging.Lister[agent.RemoteAgent]{Fetch: func(ctx context.Context, _ paging.Page) ([]agent.RemoteAgent, paging.Reply, error) {
		resp, err := c.http.Do(ctx, httpx.Call{Op: "list", Method: http.MethodGet, Path: agentsPath})
		if err != nil {
			return nil, paging.Reply{}, err
		}
		var items []agentSummary
		if json.Unmarshal(resp, &items) != nil {
			var wrapped struct {
				Data   []agentSummary `json:"data"`
				Agents []agentSummary `json:"agents"`
			}
			if err := json.Unmarshal(resp, &wrapped); err != nil {
				return nil, paging.Reply{}, &agent.ProviderError{
					Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
					Message: "Trillet's agent list could not be read", Err: err,
				}
			}
			items = append(wrapped.Data, wrapped.Agents...)
		}
		out := make([]agent.RemoteAgent, 0, len(items))
		for _, s := range items {
			out = append(out, agent.RemoteAgent{ID: s.id(), Name: s.Name, Updated: s.UpdatedAt, Created: agent.ParseTime(s.CreatedAt)})
		}
		return out, paging.Reply{}, nil
	}}
	out, err := list.All(ctx)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Requests describes a push of doc: one create, or one update.
func (c *Client) Requests(doc []byte, remoteID string) []agent.Request {
	body, _ := requestBody(doc)
	if remoteID == "" {
		return []agent.Request{{Step: agent.StepCreate, Method: http.MethodPost, URL: c.http.URL(agentsPath), Body: body}}
	}
	return []agent.Request{{Step: agent.StepUpdate, Method: c.updateMethod, URL: c.http.URL(agentPath(remoteID)), Body: body}}
}

func agentPath(remoteID string) string { return agentsPath + "/" + url.PathEscape(remoteID) }

// requestBody is doc without response-only fields, should a document from
// elsewhere still carry them.
func requestBody(doc []byte) ([]byte, error) {
	return jsondoc.Without(doc, responseOnlyKeys...)
}

func first(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
