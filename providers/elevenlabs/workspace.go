package elevenlabs

// Things kept in the ElevenLabs workspace that an agent points at by id:
// the webhooks the after-call webhook is picked from, and the
// knowledge-base documents, whose name and type ElevenLabs wants beside
// each id an agent is given.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// ListWebhooks is the choice list of the workspace's webhooks.
const ListWebhooks = "webhooks.post_call.id"

// ListSecrets is the choice list of the secrets saved in the workspace,
// which a custom language model's key is picked from.
const ListSecrets = "settings.elevenlabs.custom_llm_api_key_secret_id"

// webhooksUp and webhooksPath place the workspace's webhooks beside the
// agents base, as voices are: …/v1/convai lists them at
// …/v1/workspace/webhooks.
const (
	webhooksUp   = 1
	webhooksPath = "/workspace/webhooks"
)

// webhooks lists the workspace's webhooks; the route sends them all at
// once. Switched-off ones say so beside their address.
// https://elevenlabs.io/docs/api-reference/webhooks/list
func (c *Client) webhooks(ctx context.Context) ([]agent.Choice, error) {
	const op = "list webhooks"
	if err := c.http.Ready(op); err != nil {
		return nil, err
	}
	body, err := c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodGet, Up: webhooksUp, Path: webhooksPath})
	if err != nil {
		return nil, err
	}
	var resp struct {
		Webhooks []struct {
			ID       string `json:"webhook_id"`
			Name     string `json:"name"`
			URL      string `json:"webhook_url"`
			Disabled bool   `json:"is_disabled"`
			Auto     bool   `json:"is_auto_disabled"`
		} `json:"webhooks"`
	}
	if err := json.Unmarshal(body, &resp); err != nil || resp.Webhooks == nil {
		return nil, unreadableList(op, "webhooks")
	}
	out := make([]agent.Choice, 0, len(resp.Webhooks))
	for _, w := range resp.Webhooks {
		if w.ID == "" {
			continue
		}
		off := ""
		if w.Disabled || w.Auto {
			off = "switched off"
		}
		out = append(out, agent.Choice{Value: w.ID, Label: w.Name, Detail: agent.JoinDetail(w.URL, off)})
	}
	return out, nil
}

// documentLists are where an agent document lists knowledge-base
// documents: the prompt's, and each language preset's.
func documentLists(t object) [][]any {
	var out [][]any
	if v, ok := jsondoc.Lookup(t, path(pPrompt, "knowledge_base")...); ok {
		if l, ok := v.([]any); ok {
			out = append(out, l)
		}
	}
	if presets := t.Path(path(pCC, "language_presets")...); presets != nil {
		for _, k := range presets.Keys() {
			if v, ok := jsondoc.Lookup(presets, k, "overrides", "agent", "prompt", "knowledge_base"); ok {
				if l, ok := v.([]any); ok {
					out = append(out, l)
				}
			}
		}
	}
	return out
}

// completeDocuments fills in the name and type of each knowledge-base
// document the draft gives by id alone (as picking it from the list does):
// ElevenLabs requires both, and they are the document's own, read from the
// workspace. A document it cannot find is left for ElevenLabs to refuse
// with its own words.
// https://elevenlabs.io/docs/api-reference/knowledge-base/get-document
func (c *Client) completeDocuments(ctx context.Context, doc []byte) ([]byte, error) {
	t, err := jsondoc.Parse(doc)
	if err != nil {
		return nil, err
	}
	known := map[string]object{}
	changed := false
	for _, l := range documentLists(t) {
		for _, it := range l {
			o, ok := it.(object)
			if !ok || strAt(o, "id") == "" || strAt(o, "name") != "" && strAt(o, "type") != "" {
				continue
			}
			id := strAt(o, "id")
			d, seen := known[id]
			if !seen {
				d = c.document(ctx, id)
				known[id] = d
			}
			if d == nil {
				continue
			}
			for _, k := range []string{"name", "type"} {
				if strAt(o, k) == "" && strAt(d, k) != "" {
					o.Set(k, strAt(d, k))
					changed = true
				}
			}
		}
	}
	if !changed {
		return doc, nil
	}
	return render(t)
}

// document reads one knowledge-base document, nil when it cannot.
func (c *Client) document(ctx context.Context, id string) object {
	body, err := c.http.Do(ctx, httpx.Call{Op: "read document", Method: http.MethodGet, Path: "/knowledge-base/" + url.PathEscape(id)})
	if err != nil {
		return nil
	}
	t, err := jsondoc.Parse(body)
	if err != nil {
		return nil
	}
	return t
}

// readSecrets reads one page of GET /secrets: names and ids only, never a
// value (ElevenLabs sends none).
// https://elevenlabs.io/docs/api-reference/workspace/secrets/list
func readSecrets(body []byte) ([]agent.Choice, *string, bool, error) {
	var p struct {
		Secrets []struct {
			ID   string `json:"secret_id"`
			Name string `json:"name"`
		} `json:"secrets"`
		NextCursor *string `json:"next_cursor"`
	}
	if err := json.Unmarshal(body, &p); err != nil || p.Secrets == nil {
		return nil, nil, false, errors.New("not a secret list")
	}
	out := make([]agent.Choice, 0, len(p.Secrets))
	for _, s := range p.Secrets {
		if s.ID != "" {
			out = append(out, agent.Choice{Value: s.ID, Label: s.Name})
		}
	}
	return out, p.NextCursor, p.NextCursor != nil && *p.NextCursor != "", nil
}
