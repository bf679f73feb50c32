package nova

// Nova lists voices per voice vendor (GET /voices?provider=…); it offers no
// list of models or phone numbers, so those come from Capabilities where
// it has a list, marked as from the docs.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

// voicePageSize is the most voices a page may hold (size ≤ 100).
const voicePageSize = 100

// maxVoicePages stops a voice list whose pages never end.
const maxVoicePages = 100

// Cursors of the voice list: cartesia and elevenlabs page with Nova's
// next_page token, the other vendors with page numbers; the lister's one
// cursor carries either.
const (
	cursorPage  = "page:"
	cursorToken = "token:"
)

// voicesPage is the answer of GET /voices (voice_list_response.py).
type voicesPage struct {
	Meta struct {
		Page       int     `json:"page"`
		TotalPages int     `json:"total_pages"`
		HasMore    bool    `json:"has_more"`
		NextPage   *string `json:"next_page"`
	} `json:"meta"`
	Voices []struct {
		ID       string  `json:"id"`
		Name     string  `json:"name"`
		Language *string `json:"language"`
		Accent   *string `json:"accent"`
		Gender   *string `json:"gender"`
		Preview  *string `json:"preview_url"`
	} `json:"voices"`
}

// Choices implements agent.Provider.
func (c *Client) Choices(ctx context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	if l, _ := agent.LookupChoiceList(q.Path); l.Path == "voice.voice_id" {
		return c.voices(ctx, q.Vendor)
	}
	if agent.StripIndices(q.Path) == agent.SettingPath(ProviderID, settingCopyFrom) {
		return c.agentChoices(ctx)
	}
	return agent.DocChoices(c.Capabilities(), q, ProviderID, "Nova")
}

// voices lists one vendor's voices, every page.
// https://github.com/CozmoXAI/python-sdk (voices.list)
func (c *Client) voices(ctx context.Context, vendor string) ([]agent.Choice, error) {
	const op = "list voices"
	if vendor == "" {
		spec, _ := c.Capabilities().Spec("voice.vendor")
		names := make([]string, 0, len(spec.Choices))
		for _, ch := range spec.Choices {
			names = append(names, ch.Value)
		}
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: op, Kind: agent.ErrInvalid,
			Message: "Nova lists voices per voice vendor; choose the voice vendor first (" + strings.Join(names, ", ") + ")",
		}
	}
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	pages := paging.Lister[agent.Choice]{
		Style: paging.Cursors, Size: voicePageSize, MaxPages: maxVoicePages,
		Key: func(ch agent.Choice) string { return ch.Value },
		Fetch: func(ctx context.Context, pg paging.Page) ([]agent.Choice, paging.Reply, error) {
			q := url.Values{"provider": {vendor}, "size": {strconv.Itoa(pg.Size)}}
			page := 1
			switch {
			case strings.HasPrefix(pg.Cursor, cursorToken):
				q.Set("next_page", strings.TrimPrefix(pg.Cursor, cursorToken))
			case strings.HasPrefix(pg.Cursor, cursorPage):
				page, _ = strconv.Atoi(strings.TrimPrefix(pg.Cursor, cursorPage))
				q.Set("page", strconv.Itoa(page))
			}
			body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Path: c.orgPath() + "/voices", Query: q})
			if err != nil {
				return nil, paging.Reply{}, err
			}
			var p voicesPage
			if err := json.Unmarshal(body, &p); err != nil || p.Voices == nil {
				return nil, paging.Reply{}, &agent.ProviderError{
					Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
					Message: "Nova answered with something that is not a list of voices",
				}
			}
			out := make([]agent.Choice, 0, len(p.Voices))
			for _, v := range p.Voices {
				if v.ID != "" {
					out = append(out, agent.Choice{Value: v.ID, Label: v.Name, Detail: agent.JoinDetail(deref(v.Language), deref(v.Accent), deref(v.Gender)), Preview: deref(v.Preview)})
				}
			}
			var r paging.Reply
			switch {
			case p.Meta.NextPage != nil && *p.Meta.NextPage != "":
				r.Next = cursorToken + *p.Meta.NextPage
			case strings.HasPrefix(pg.Cursor, cursorToken):
				// A list paged by token ends when no token comes; its
				// page number stays 1 and says nothing.
			case len(p.Voices) > 0 && (p.Meta.HasMore || page < p.Meta.TotalPages):
				r.Next = cursorPage + strconv.Itoa(page+1)
			}
			return out, r, nil
		},
	}
	out, err := pages.All(ctx)
	switch {
	case errors.Is(err, paging.ErrRepeatedCursor), errors.Is(err, paging.ErrTooManyPages):
		return nil, &agent.ProviderError{
			Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
			Message: "Nova's voice list did not come to an end; try again later",
		}
	case err != nil:
		return nil, err
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// agentChoices lists the organisation's agents, by name, for starting a new
// agent as a copy of one.
func (c *Client) agentChoices(ctx context.Context) ([]agent.Choice, error) {
	agents, err := c.List(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]agent.Choice, 0, len(agents))
	for _, a := range agents {
		out = append(out, agent.Choice{Value: a.ID, Label: a.Name})
	}
	return out, nil
}
