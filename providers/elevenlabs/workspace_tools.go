package elevenlabs

// Workspace tools beyond picking them: which agents use one, and deleting
// one, the separate, explicit action that detaching a tool from an agent
// never is; reading, listing and saving tools for the push
// (workspace_tools_push.go).

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
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

// keptTool is the config the workspace keeps for the tool id.
// https://elevenlabs.io/docs/api-reference/tools/get
func (c *Client) keptTool(ctx context.Context, id string) (object, error) {
	const op = "read the tool"
	body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: toolPath(id)})
	if err != nil {
		return nil, err
	}
	doc, err := jsondoc.Parse(body)
	if err != nil || doc.Path("tool_config") == nil {
		return nil, &agent.ProviderError{Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable, Message: "the tool's answer could not be read"}
	}
	return doc.Path("tool_config"), nil
}

// createTool saves a webhook tool in the workspace and returns its id.
// https://elevenlabs.io/docs/api-reference/tools/create
func (c *Client) createTool(ctx context.Context, cfg object) (string, error) {
	const op = "save the tool"
	req, err := render(newObj("tool_config", cfg))
	if err != nil {
		return "", err
	}
	resp, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodPost, Path: "/tools", Body: req, Create: true})
	if errors.Is(err, agent.ErrAmbiguous) {
		return "", errToolUnclear
	}
	if err != nil {
		return "", err
	}
	var got struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(resp, &got) != nil || got.ID == "" {
		return "", errToolUnclear
	}
	return got.ID, nil
}

// errToolUnclear is a tool create whose answer was lost or unreadable; the
// draft holds the pending mark, so the next push looks before saving again.
var errToolUnclear = errors.New("it is not known whether ElevenLabs saved a tool of this agent in the workspace, so the agent was not sent; " +
	"push again and agentdeck looks for that tool before saving it again")

// savedTool is a workspace tool with its config.
type savedTool struct {
	id     string
	config object
}

// savedTools lists every workspace tool with its config.
// https://elevenlabs.io/docs/api-reference/tools/list
func (c *Client) savedTools(ctx context.Context) ([]savedTool, error) {
	const op = "list tools"
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	out := []savedTool{}
	cursor := ""
	for range maxListPages {
		q := url.Values{"page_size": {"100"}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: "/tools", Query: q})
		if err != nil {
			return nil, err
		}
		page, err := jsondoc.Parse(body)
		if err != nil {
			return nil, unreadableList(op, "tools")
		}
		tools, ok := page.Value("tools").([]any)
		if !ok {
			return nil, unreadableList(op, "tools")
		}
		for _, item := range tools {
			t, _ := item.(object)
			if t == nil || strAt(t, "id") == "" || t.Path("tool_config") == nil {
				return nil, unreadableList(op, "tools")
			}
			out = append(out, savedTool{id: strAt(t, "id"), config: t.Path("tool_config")})
		}
		next := strAt(page, "next_cursor")
		if more, _ := page.Value("has_more").(bool); !more || next == "" || next == cursor {
			return out, nil
		}
		cursor = next
	}
	return nil, &agent.ProviderError{
		Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
		Message: "the list of tools did not end after " + strconv.Itoa(maxListPages) + " pages",
	}
}
