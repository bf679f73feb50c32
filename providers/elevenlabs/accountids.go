package elevenlabs

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// DocAccountIDs lists what an agent document links in the ElevenLabs
// workspace beyond the agent model: the tools kept as resources
// (prompt.tool_ids) and the knowledge-base documents (prompt.knowledge_base
// items' ids). Promote to an environment in another workspace needs a
// counterpart for each. A document that cannot be read links nothing.
func (c *Client) DocAccountIDs(doc []byte) []agent.AccountID {
	t, err := jsondoc.Parse(doc)
	if err != nil {
		return nil
	}
	var out []agent.AccountID
	if v, ok := jsondoc.Lookup(t, path(pPrompt, "tool_ids")...); ok {
		for _, id := range jsondoc.StringList(v) {
			if id != "" {
				out = append(out, agent.AccountID{Label: "Workspace tools", ID: id})
			}
		}
	}
	if v, ok := jsondoc.Lookup(t, path(pPrompt, "knowledge_base")...); ok {
		items, _ := v.([]any)
		for _, item := range items {
			o, isObj := item.(*jsondoc.Object)
			if !isObj {
				continue
			}
			if id, _ := jsondoc.String(o.Value("id")); id != "" {
				out = append(out, agent.AccountID{Label: "Knowledge-base documents", ID: id})
			}
		}
	}
	return out
}

var _ agent.DocIDLister = (*Client)(nil)
