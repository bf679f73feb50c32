package elevenlabs

// Workspace tools beyond picking them: which agents use one, and deleting
// one, the separate, explicit action that detaching a tool from an agent
// never is. (Making an agentdeck webhook tool into a workspace tool on push
// is not done yet: webhook tools are still written into the agent.)

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

func toolPath(id string) string { return "/tools/" + url.PathEscape(id) }

// ToolUsers lists the agents that use the workspace tool id, every page;
// an agent the key may not see is listed by id alone.
// https://elevenlabs.io/docs/api-reference/tools/get-dependent-agents
func (c *Client) ToolUsers(ctx context.Context, id string) ([]agent.RemoteAgent, error) {
	const op = "list the agents using a tool"
	if err := c.http.ReadyFor(op, id); err != nil {
		return nil, err
	}
	var out []agent.RemoteAgent
	cursor := ""
	for range maxListPages {
		q := url.Values{}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: toolPath(id) + "/dependent-agents", Query: q})
		if err != nil {
			return nil, err
		}
		var page struct {
			Agents []struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"agents"`
			NextCursor *string `json:"next_cursor"`
			HasMore    bool    `json:"has_more"`
		}
		if json.Unmarshal(body, &page) != nil || page.Agents == nil {
			return nil, unreadableList(op, "agents using the tool")
		}
		for _, a := range page.Agents {
			out = append(out, agent.RemoteAgent{ID: a.ID, Name: a.Name})
		}
		if !page.HasMore || page.NextCursor == nil || *page.NextCursor == "" || *page.NextCursor == cursor {
			return out, nil
		}
		cursor = *page.NextCursor
	}
	return nil, &agent.ProviderError{
		Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
		Message: "the list of agents using the tool did not end after " + strconv.Itoa(maxListPages) + " pages",
	}
}

// DeleteTool deletes the workspace tool id. With force, ElevenLabs also
// takes it off every agent that uses it; without, it refuses a tool in use.
// https://elevenlabs.io/docs/api-reference/tools/delete
func (c *Client) DeleteTool(ctx context.Context, id string, force bool) error {
	const op = "delete the tool"
	if err := c.http.ReadyFor(op, id); err != nil {
		return err
	}
	var q url.Values
	if force {
		q = url.Values{"force": {"true"}}
	}
	_, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodDelete, Path: toolPath(id), Query: q})
	return err
}
