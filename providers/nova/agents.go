package nova

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

// listPageSize is the page size asked for when listing agents.
const listPageSize = 100

// maxListPages stops a list that never ends (a server that keeps answering
// with more pages) from running forever.
const maxListPages = 1000

// Create makes the agent with the create fields of doc (name, type,
// prompt_template, copy_from_agent_id) and returns its id. The rest of doc is
// sent by Update, which the submit flow calls next.
//
// Docs: https://docs.cozmox.ai/api-reference/agents/create-agent
func (c *Client) Create(ctx context.Context, doc []byte) (string, error) {
	return c.http.CreateAgent(ctx, c.orgPath()+"/agents",
		func() ([]byte, error) { return createBody(doc) },
		httpx.IDFrom(func(created createdAgent) string { return created.ID }),
		"Nova answered the create without an agent id; the next push checks Nova's list before creating")
}

// Update PATCHes the agent with everything in doc except the create-only
// copy source. Nova applies a partial update, so settings objects are sent
// whole.
//
// Docs: https://docs.cozmox.ai/api-reference/agents/update-agent
func (c *Client) Update(ctx context.Context, remoteID string, doc []byte) error {
	return c.http.UpdateAgent(ctx, remoteID, http.MethodPatch, c.agentPath(remoteID), func() ([]byte, error) { return patchBody(doc) })
}

// Get returns the agent as Nova sends it.
//
// Docs: https://docs.cozmox.ai/api-reference/agents/get-agent
func (c *Client) Get(ctx context.Context, remoteID string) ([]byte, error) {
	return c.http.GetAgent(ctx, remoteID, c.agentPath(remoteID))
}

// List returns every agent of the organization, following all pages.
//
// Docs: https://docs.cozmox.ai/api-reference/agents/list-agents
func (c *Client) List(ctx context.Context) ([]agent.RemoteAgent, error) {
	if err := c.http.Ready("list"); err != nil {
		return nil, err
	}
	pages := paging.Lister[agent.RemoteAgent]{
		Style: paging.Numbers, Size: listPageSize, MaxPages: maxListPages,
		Fetch: func(ctx context.Context, p paging.Page) ([]agent.RemoteAgent, paging.Reply, error) {
			q := url.Values{"page": {strconv.Itoa(p.Number)}, "size": {strconv.Itoa(p.Size)}}
			resp, err := c.http.Do(ctx, httpx.Call{Op: "list", Method: http.MethodGet, Path: c.orgPath() + "/agents", Query: q})
			if err != nil {
				return nil, paging.Reply{}, err
			}
			var l agentList
			if err := json.Unmarshal(resp, &l); err != nil {
				// Nova's older docs answer the list with a bare array of
				// agents and no pages.
				if json.Unmarshal(resp, &l.Data) != nil {
					return nil, paging.Reply{}, &agent.ProviderError{
						Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
						Message: "Nova's agent list could not be read", Err: err,
					}
				}
				l.Meta.TotalPages = p.Number
			}
			out := make([]agent.RemoteAgent, 0, len(l.Data))
			for _, s := range l.Data {
				out = append(out, agent.RemoteAgent{ID: s.ID, Name: s.Name, Updated: s.UpdatedAt, Created: agent.ParseTime(s.CreatedAt)})
			}
			return out, paging.Reply{Pages: l.Meta.TotalPages}, nil
		},
	}
	return pages.Capped(ctx)
}

// Requests describes a push of doc: for a first push the create and then
// the configure call (whose id the create answers), else one update.
func (c *Client) Requests(doc []byte, remoteID string) []agent.Request {
	patch, _ := patchBody(doc)
	if remoteID != "" {
		return []agent.Request{{Step: agent.StepUpdate, Method: http.MethodPatch, URL: c.http.URL(c.agentPath(remoteID)), Body: patch}}
	}
	create, _ := createBody(doc)
	return []agent.Request{
		{Step: agent.StepCreate, Method: http.MethodPost, URL: c.http.URL(c.orgPath() + "/agents"), Body: create},
		{Step: agent.StepConfigure, Method: http.MethodPatch, URL: c.http.URL(c.orgPath() + "/agents/{agent_id}"), Body: patch},
	}
}

func (c *Client) agentPath(remoteID string) string {
	return c.orgPath() + "/agents/" + url.PathEscape(remoteID)
}

// createBody keeps the create fields of doc; a missing type becomes voice,
// since the create requires one.
func createBody(doc []byte) ([]byte, error) {
	obj, err := jsondoc.ParseOrNew(doc)
	if err != nil {
		return nil, err
	}
	out := jsondoc.NewObject()
	for _, k := range createKeys {
		if v, ok := obj.Get(k); ok {
			out.Set(k, v)
		}
	}
	if !out.Has(keyType) {
		out.Set(keyType, defaultChannel)
	}
	return jsondoc.MarshalSorted(out)
}

// patchBody is doc without its create-only fields.
func patchBody(doc []byte) ([]byte, error) {
	return jsondoc.Without(doc, createOnlyKeys...)
}
