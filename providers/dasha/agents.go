package dasha

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

const agentsPath = "/api/v1/agents"

func agentPath(id string) string { return agentsPath + "/" + url.PathEscape(id) }

// Create makes a new agent from a full agent body and returns its id.
// It is never repeated once it may have reached Dasha.
// Docs: https://blackbox.dasha.ai/docs/api-reference/agents/create-agent
func (c *Client) Create(ctx context.Context, doc []byte) (string, error) {
	return c.http.CreateAgent(ctx, agentsPath, func() ([]byte, error) { return doc, nil }, httpx.IDFrom(func(created createdAgent) string { return created.AgentID }),
		"Dasha accepted the agent but sent back no agent id; the next push checks Dasha's list before creating")
}

// createdAgent is the part of a create answer that carries the new id.
type createdAgent struct {
	AgentID string `json:"agentId"`
}

// Update replaces the agent with the full body doc (Dasha's PUT needs the
// whole agent, not a patch).
// Docs: https://blackbox.dasha.ai/docs/api-reference/agents/update-agent
func (c *Client) Update(ctx context.Context, remoteID string, doc []byte) error {
	return c.http.UpdateAgent(ctx, remoteID, http.MethodPut, agentPath(remoteID), func() ([]byte, error) { return doc, nil })
}

// Get returns the agent as Dasha sends it.
// Docs: https://blackbox.dasha.ai/docs/api-reference/agents/get-a-specific-conversational-ai-agent-by-id
func (c *Client) Get(ctx context.Context, remoteID string) ([]byte, error) {
	return c.http.GetAgent(ctx, remoteID, agentPath(remoteID))
}

// listPageSize is how many agents one list request asks for. maxListPages
// stops a server that ignores paging from keeping us busy for ever.
const (
	listPageSize = 100
	maxListPages = 1000
)

// List returns every agent of the organisation.
// Docs: https://blackbox.dasha.ai/docs/api-reference/agents/list-agents
//
// Dasha documents a bare array and no paging. Other Dasha list endpoints
// page with skip/take, and a third-party client sends skip=0&take=100 here,
// so List asks page by page with skip/take and accepts both a bare array
// (a short or repeated page ends the list) and a paged object ({items |
// data | agents | results, total}).
func (c *Client) List(ctx context.Context) ([]agent.RemoteAgent, error) {
	if err := c.http.Ready("list"); err != nil {
		return nil, err
	}
	pages := paging.Lister[agent.RemoteAgent]{
		Style: paging.SkipTake, Size: listPageSize, MaxPages: maxListPages,
		// An agent whose id cannot be read ("") is kept: it may be the one
		// an unclear create made, so a push must not take it for none.
		Key: func(a agent.RemoteAgent) string { return a.ID },
		Fetch: func(ctx context.Context, p paging.Page) ([]agent.RemoteAgent, paging.Reply, error) {
			body, err := c.http.Do(ctx, httpx.Call{
				Op: "list", Method: "GET", Path: agentsPath,
				Query: url.Values{"skip": {strconv.Itoa(p.Skip)}, "take": {strconv.Itoa(p.Size)}},
			})
			if err != nil {
				return nil, paging.Reply{}, err
			}
			page, total, err := parseAgentList(body)
			if err != nil {
				return nil, paging.Reply{}, &agent.ProviderError{Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable, Message: err.Error()}
			}
			return page, paging.Reply{Total: total}, nil
		},
	}
	return pages.Capped(ctx)
}

// parseAgentList reads one page of the agent list. total is -1 when the
// answer does not say how many agents there are.
func parseAgentList(body []byte) (page []agent.RemoteAgent, total int, err error) {
	var items []json.RawMessage
	total = -1
	if err := json.Unmarshal(body, &items); err != nil {
		var paged map[string]json.RawMessage
		if json.Unmarshal(body, &paged) != nil {
			return nil, 0, fmt.Errorf("Dasha's agent list is not JSON") //nolint:staticcheck // ST1005: begins with the provider's name
		}
		found := false
		for _, k := range []string{"items", "data", "agents", "results", "value"} {
			if raw, ok := paged[k]; ok && json.Unmarshal(raw, &items) == nil {
				found = true
				break
			}
		}
		if !found {
			return nil, 0, fmt.Errorf("Dasha's agent list came in a shape agentdeck does not know") //nolint:staticcheck // ST1005: begins with the provider's name
		}
		for _, k := range []string{"total", "totalCount", "count"} {
			if raw, ok := paged[k]; ok && json.Unmarshal(raw, &total) == nil {
				break
			}
		}
	}
	for _, raw := range items {
		var a struct {
			AgentID        string `json:"agentId"`
			ID             string `json:"id"`
			Name           string `json:"name"`
			CreatedTime    string `json:"createdTime"`
			LastUpdateTime string `json:"lastUpdateTime"`
		}
		if json.Unmarshal(raw, &a) != nil {
			// An entry that cannot be read is listed with no id or name:
			// "cannot tell", never "no such agent".
			page = append(page, agent.RemoteAgent{})
			continue
		}
		id := a.AgentID
		if id == "" {
			id = a.ID
		}
		page = append(page, agent.RemoteAgent{ID: id, Name: a.Name, Updated: a.LastUpdateTime, Created: agent.ParseTime(a.CreatedTime)})
	}
	return page, total, nil
}
