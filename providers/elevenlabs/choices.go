package elevenlabs

// The lists people pick from by name: voices, language models, phone
// numbers, and the tools and knowledge-base documents saved in the
// workspace. All are read live, every page; other fields get their
// built-in lists, marked as coming from the docs.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

// The settings whose records pick from the workspace's tools and
// documents (forms and `choices` ask with the setting's own path).
var (
	toolIDsList   = agent.SettingPath(ProviderID, "tool_ids") + ".id"
	documentsList = agent.SettingPath(ProviderID, "knowledge_base") + ".id"
)

// choicePageSize is the most entries a list page may hold (voices, tools and
// documents all refuse more than 100).
const choicePageSize = 100

// maxChoicePages stops a list whose pages never end: 10,000 entries is more
// than anyone picks from.
const maxChoicePages = 100

// voicesUp and voicesPath place the voice list beside the agents base: the
// base's last two segments (v1/convai) give way to v2/voices, so
// https://api.elevenlabs.io/v1/convai lists voices at
// https://api.elevenlabs.io/v2/voices, and a base behind a gateway prefix
// or on a residency host moves the voices with it.
const (
	voicesUp   = 2
	voicesPath = "/v2/voices"
)

// Choices implements agent.Provider.
func (c *Client) Choices(ctx context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	list := agent.StripIndices(q.Path)
	if l, ok := agent.LookupChoiceList(list); ok {
		list = l.Path
	}
	switch list {
	case "voice.voice_id":
		return c.voices(ctx, q.Search)
	case "llm.model":
		return c.llms(ctx)
	case agent.ListPhoneNumbers:
		return c.phoneNumbers(ctx)
	case agent.ListTools, toolIDsList:
		return c.cursorList(ctx, "list tools", "/tools", "tools", readSavedTools)
	case agent.ListKnowledgeBase, documentsList:
		return c.cursorList(ctx, "list documents", "/knowledge-base", "knowledge-base documents", readDocuments)
	case ListWebhooks:
		return c.webhooks(ctx)
	case ListSecrets:
		return c.cursorList(ctx, "list secrets", "/secrets", "secrets", readSecrets)
	}
	return agent.DocChoices(c.Capabilities(), q, ProviderID, "ElevenLabs")
}

// voices lists the voices of the workspace's library. A search goes to
// ElevenLabs, which looks in names (and descriptions and labels); since it
// does not look in ids, a search that could be an id is also looked up as
// one, so a pasted voice id finds its voice.
// https://elevenlabs.io/docs/api-reference/voices/search
func (c *Client) voices(ctx context.Context, search string) ([]agent.Choice, error) {
	const op = "list voices"
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	q := url.Values{}
	if search != "" {
		q.Set("search", search)
	}
	out, err := c.voicePages(ctx, q)
	if err != nil || search == "" || strings.ContainsAny(search, " \t") {
		return out, err
	}
	byID, err := c.voicePages(ctx, url.Values{"voice_ids": {search}})
	if err != nil {
		return nil, err
	}
	for _, v := range byID {
		if !slices.ContainsFunc(out, func(o agent.Choice) bool { return o.Value == v.Value }) {
			out = append(out, v)
		}
	}
	return out, nil
}

// voicePages reads every page of GET /v2/voices with the query given.
func (c *Client) voicePages(ctx context.Context, given url.Values) ([]agent.Choice, error) {
	const op = "list voices"
	pages := c.lister(func(ctx context.Context, pg paging.Page) ([]agent.Choice, paging.Reply, error) {
		q := url.Values{"page_size": {strconv.Itoa(pg.Size)}}
		for k, v := range given {
			q[k] = v
		}
		if pg.Cursor != "" {
			q.Set("next_page_token", pg.Cursor)
		}
		body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Up: voicesUp, Path: voicesPath, Query: q})
		if err != nil {
			return nil, paging.Reply{}, err
		}
		var p voicesPage
		if err := json.Unmarshal(body, &p); err != nil || p.Voices == nil {
			return nil, paging.Reply{}, unreadableList(op, "voices")
		}
		out := make([]agent.Choice, 0, len(p.Voices))
		for _, v := range p.Voices {
			if v.VoiceID != "" {
				out = append(out, agent.Choice{Value: v.VoiceID, Label: v.Name, Detail: v.detail(), Preview: v.Preview})
			}
		}
		var r paging.Reply
		if p.HasMore && p.NextPageToken != nil {
			r.Next = *p.NextPageToken
		}
		return out, r, nil
	})
	return allPages(ctx, pages, op, "voices")
}

// llms lists the language models agents can use.
// https://elevenlabs.io/docs/api-reference/llm/list
func (c *Client) llms(ctx context.Context) ([]agent.Choice, error) {
	if err := c.http.Ready("list"); err != nil {
		return nil, err
	}
	body, err := c.http.Do(ctx, httpx.Call{Op: "list", Method: http.MethodGet, Path: "/llm/list"})
	if err != nil {
		return nil, err
	}
	var resp llmList
	if err := json.Unmarshal(body, &resp); err != nil || len(resp.LLMs) == 0 {
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: "list", Kind: agent.ErrUnreadable,
			Message: "ElevenLabs answered the model list with something that is not a list of models",
		}
	}
	out := make([]agent.Choice, 0, len(resp.LLMs))
	for _, m := range resp.LLMs {
		label := ""
		if d := m.DeprecationInfo; d != nil && d.IsDeprecated {
			label = m.LLM + " (being retired"
			if d.ReplacementModel != nil && *d.ReplacementModel != "" {
				label += "; use " + *d.ReplacementModel
			}
			label += ")"
		}
		out = append(out, agent.Choice{Value: m.LLM, Label: label})
	}
	return out, nil
}

// phoneNumbers lists the workspace's phone numbers; ElevenLabs sends them
// all in one answer.
// https://elevenlabs.io/docs/api-reference/phone-numbers/list
func (c *Client) phoneNumbers(ctx context.Context) ([]agent.Choice, error) {
	const op = "list phone numbers"
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: "/phone-numbers"})
	if err != nil {
		return nil, err
	}
	var numbers []phoneNumber
	if err := json.Unmarshal(body, &numbers); err != nil {
		return nil, unreadableList(op, "phone numbers")
	}
	out := make([]agent.Choice, 0, len(numbers))
	for _, n := range numbers {
		if n.ID != "" {
			out = append(out, agent.Choice{Value: n.ID, Label: n.Label, Detail: n.detail()})
		}
	}
	return out, nil
}

// cursorList reads a list that pages with cursors ({…, next_cursor,
// has_more}): the workspace's tools and knowledge-base documents.
// https://elevenlabs.io/docs/api-reference/tools/list
// https://elevenlabs.io/docs/api-reference/knowledge-base/list
func (c *Client) cursorList(ctx context.Context, op, path, words string,
	read func(body []byte) ([]agent.Choice, *string, bool, error),
) ([]agent.Choice, error) {
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	pages := c.lister(func(ctx context.Context, pg paging.Page) ([]agent.Choice, paging.Reply, error) {
		q := url.Values{"page_size": {strconv.Itoa(pg.Size)}}
		if pg.Cursor != "" {
			q.Set("cursor", pg.Cursor)
		}
		body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: path, Query: q})
		if err != nil {
			return nil, paging.Reply{}, err
		}
		out, next, more, err := read(body)
		if err != nil {
			return nil, paging.Reply{}, unreadableList(op, words)
		}
		var r paging.Reply
		if more && next != nil {
			r.Next = *next
		}
		return out, r, nil
	})
	return allPages(ctx, pages, op, words)
}

func (c *Client) lister(fetch func(context.Context, paging.Page) ([]agent.Choice, paging.Reply, error)) paging.Lister[agent.Choice] {
	return paging.Lister[agent.Choice]{
		Style: paging.Cursors, Size: choicePageSize, MaxPages: maxChoicePages,
		Key: func(ch agent.Choice) string { return ch.Value }, Fetch: fetch,
	}
}

// allPages reads every page, in plain words when the pages do not end.
func allPages(ctx context.Context, l paging.Lister[agent.Choice], op, words string) ([]agent.Choice, error) {
	out, err := l.All(ctx)
	switch {
	case errors.Is(err, paging.ErrRepeatedCursor):
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
			Message: "ElevenLabs sent the same page of its " + words + " twice; try again later",
		}
	case errors.Is(err, paging.ErrTooManyPages):
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
			Message: "the list of " + words + " did not end after " + strconv.Itoa(maxChoicePages) + " pages",
		}
	case err != nil:
		return nil, err
	}
	return out, nil
}

func unreadableList(op, words string) error {
	return &agent.ProviderError{
		Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
		Message: "ElevenLabs answered with something that is not a list of " + words,
	}
}

func readSavedTools(body []byte) ([]agent.Choice, *string, bool, error) {
	var p toolsPage
	if err := json.Unmarshal(body, &p); err != nil || p.Tools == nil {
		return nil, nil, false, errors.New("not a tool list")
	}
	out := make([]agent.Choice, 0, len(p.Tools))
	for _, t := range p.Tools {
		if t.ID != "" {
			out = append(out, agent.Choice{Value: t.ID, Label: t.Config.Name, Detail: toolKind(t.Config.Type)})
		}
	}
	return out, p.NextCursor, p.HasMore, nil
}

func readDocuments(body []byte) ([]agent.Choice, *string, bool, error) {
	var p documentsPage
	if err := json.Unmarshal(body, &p); err != nil || p.Documents == nil {
		return nil, nil, false, errors.New("not a document list")
	}
	out := make([]agent.Choice, 0, len(p.Documents))
	for _, d := range p.Documents {
		if d.ID != "" {
			out = append(out, agent.Choice{Value: d.ID, Label: d.Name, Detail: agent.JoinDetail(documentKind(d.Type), d.URL)})
		}
	}
	return out, p.NextCursor, p.HasMore, nil
}

// toolKind names a tool type in words.
func toolKind(t string) string {
	switch t {
	case "webhook":
		return "webhook tool"
	case "client":
		return "client tool"
	case "system":
		return "built-in tool"
	case "mcp":
		return "MCP server tool"
	}
	return t
}

// documentKind names a knowledge-base document type in words.
func documentKind(t string) string {
	if t == "url" {
		return "web page"
	}
	return t
}
