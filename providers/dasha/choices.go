package dasha

// Dasha lists the organisation's voices (GET /api/v1/voice); its language
// models, voice models and the rest come from its docs (Capabilities),
// marked as such.

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
	"github.com/agentdeck/agentdeck/providers/internal/paging"
)

// voiceEntry is one voice of GET /api/v1/voice; any field may be null.
type voiceEntry struct {
	ID       string `json:"id"`
	VoiceID  string `json:"voiceId"`
	Provider string `json:"provider"`
	Name     string `json:"name"`
	Language string `json:"language"`
	Accent   string `json:"accent"`
	Gender   string `json:"gender"`
}

// Choices implements agent.Provider. With q.Vendor set, only that TTS
// vendor's voices are listed: another vendor's voice id means nothing to it.
// Docs: https://blackbox.dasha.ai/docs/api-reference/voice/list-available-voices
func (c *Client) Choices(ctx context.Context, q agent.ChoiceQuery) ([]agent.Choice, error) {
	if l, _ := agent.LookupChoiceList(q.Path); l.Path != "voice.voice_id" {
		return agent.DocChoices(capabilities(), q, ProviderID, "Dasha")
	}
	const op = "list voices"
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	// The docs do not say whether the voice list pages; it is read like the
	// agent list (skip and take, a repeated page ending it), so a list
	// that comes whole in one answer reads the same.
	pages := paging.Lister[voiceEntry]{
		Style: paging.SkipTake, Size: listPageSize, MaxPages: maxListPages,
		Key: func(v voiceEntry) string { return v.Provider + "\x00" + v.ID + "\x00" + v.VoiceID },
		Fetch: func(ctx context.Context, p paging.Page) ([]voiceEntry, paging.Reply, error) {
			body, err := c.http.Do(ctx, httpx.Call{
				Op: op, Method: http.MethodGet, Path: "/api/v1/voice",
				Query: url.Values{"skip": {strconv.Itoa(p.Skip)}, "take": {strconv.Itoa(p.Size)}},
			})
			if err != nil {
				return nil, paging.Reply{}, err
			}
			var voices []voiceEntry
			if err := json.Unmarshal(body, &voices); err != nil {
				return nil, paging.Reply{}, &agent.ProviderError{
					Provider: ProviderID, Op: op, Kind: agent.ErrUnreadable,
					Message: "Dasha's voice list came in a shape agentdeck does not know",
				}
			}
			return voices, paging.Reply{Total: -1}, nil
		},
	}
	voices, err := pages.Capped(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]agent.Choice, 0, len(voices))
	for _, v := range voices {
		id := v.VoiceID
		if id == "" {
			id = v.ID
		}
		if id == "" || (q.Vendor != "" && !strings.EqualFold(v.Provider, q.Vendor)) {
			continue
		}
		label := v.Name
		if label == "" {
			label = id
		}
		out = append(out, agent.Choice{Value: id, Label: label, Detail: agent.JoinDetail(v.Provider, v.Language, v.Accent, v.Gender)})
	}
	return out, nil
}
