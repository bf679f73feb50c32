package elevenlabs

// The agent resource: create, update, get and list.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

// listPageSize is the most agents one list page may hold (GET /agents
// refuses page_size above 100).
const listPageSize = 100

// maxListPages stops a list whose cursors never end.
const maxListPages = 1000

func agentPath(id string) string { return "/agents/" + url.PathEscape(id) }

// Requests implements agent.Provider: one create, or one update.
func (c *Client) Requests(doc []byte, remoteID string) []agent.Request {
	if remoteID == "" {
		return []agent.Request{{Step: agent.StepCreate, Method: http.MethodPost, URL: c.http.URL("/agents/create"), Body: doc}}
	}
	return []agent.Request{{Step: agent.StepUpdate, Method: http.MethodPatch, URL: c.http.URL(agentPath(remoteID)), Body: doc}}
}

// Create makes a new agent from doc and returns its id. It is never repeated
// once it may have reached ElevenLabs.
// https://elevenlabs.io/docs/api-reference/agents/create
func (c *Client) Create(ctx context.Context, doc []byte) (string, error) {
	return c.http.CreateAgent(ctx, "/agents/create", c.withDocuments(ctx, doc),
		httpx.IDFrom(func(resp createResponse) string { return resp.AgentID }),
		"ElevenLabs accepted the agent but did not say its id; the next push checks the agent list before creating")
}

// Update sends doc as the agent's new settings. ElevenLabs leaves the
// top-level parts a PATCH leaves out as they are; agentdeck always sends the
// whole document.
// https://elevenlabs.io/docs/api-reference/agents/update
func (c *Client) Update(ctx context.Context, remoteID string, doc []byte) error {
	return c.http.UpdateAgent(ctx, remoteID, http.MethodPatch, agentPath(remoteID), c.withDocuments(ctx, doc))
}

// withDocuments is the body of a create or update: doc with its
// knowledge-base documents completed (see completeDocuments), which asks
// ElevenLabs only once the call is ready to be made.
func (c *Client) withDocuments(ctx context.Context, doc []byte) func() ([]byte, error) {
	return func() ([]byte, error) { return c.completeDocuments(ctx, doc) }
}

// Get returns the agent as ElevenLabs sends it.
// https://elevenlabs.io/docs/api-reference/agents/get
func (c *Client) Get(ctx context.Context, remoteID string) ([]byte, error) {
	return c.http.GetAgent(ctx, remoteID, agentPath(remoteID))
}

// List returns every agent of the workspace that is not archived, following
// the cursor from page to page.
// https://elevenlabs.io/docs/api-reference/agents/list
func (c *Client) List(ctx context.Context) ([]agent.RemoteAgent, error) {
	if err := c.http.Ready("list"); err != nil {
		return nil, err
	}
	pages := paging.Lister[agent.RemoteAgent]{
		Style: paging.Cursors, Size: listPageSize, MaxPages: maxListPages,
		Fetch: func(ctx context.Context, pg paging.Page) ([]agent.RemoteAgent, paging.Reply, error) {
			q := url.Values{"page_size": {strconv.Itoa(pg.Size)}}
			if pg.Cursor != "" {
				q.Set("cursor", pg.Cursor)
			}
			body, err := c.http.Do(ctx, httpx.Call{Op: "list", Method: http.MethodGet, Path: "/agents", Query: q})
			if err != nil {
				return nil, paging.Reply{}, err
			}
			var p agentsPage
			if err := json.Unmarshal(body, &p); err != nil {
				return nil, paging.Reply{}, &agent.ProviderError{
					Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
					Message: "ElevenLabs answered the agent list with something that is not a list of agents",
				}
			}
			out := make([]agent.RemoteAgent, 0, len(p.Agents))
			for _, s := range p.Agents {
				a := agent.RemoteAgent{ID: s.AgentID, Name: s.Name}
				if s.CreatedAtUnix > 0 {
					a.Created = time.Unix(s.CreatedAtUnix, 0).UTC()
				}
				out = append(out, a)
			}
			var r paging.Reply
			if p.HasMore && p.NextCursor != nil {
				r.Next = *p.NextCursor
			}
			return out, r, nil
		},
	}
	out, err := pages.All(ctx)
	switch {
	case errors.Is(err, paging.ErrRepeatedCursor):
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
			Message: "ElevenLabs sent the same page of the agent list twice; try again later",
		}
	case errors.Is(err, paging.ErrTooManyPages):
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
			Message: "the agent list did not end after " + strconv.Itoa(maxListPages) + " pages",
		}
	case err != nil:
		return nil, err
	}
	return out, nil
}
