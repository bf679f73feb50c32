package elevenlabs

// What a push would do with workspace tools, told without changing
// anything: push --dry-run (WouldPrepare, asking nothing) and plan/apply
// (PlanPrepare, reading each linked tool).

import (
	"context"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

var _ agent.PrepareTeller = (*Client)(nil)

// WouldPrepare implements agent.PrepareTeller: the tools a push saves or
// checks in the workspace before the agent is sent.
func (c *Client) WouldPrepare(a *agent.Agent) []string {
	if !workspaceTools(a) {
		return nil
	}
	var out []string
	for _, tl := range a.Tools {
		switch id := linkedToolID(tl); {
		case strings.HasPrefix(tl.RemoteID, pendingPrefix):
			out = append(out, fmt.Sprintf("looks for the tool %q an earlier push may have saved, and saves it in the workspace only if it is not there (POST %s)", tl.Name, c.http.URL("/tools")))
		case id == "":
			out = append(out, fmt.Sprintf("saves the tool %q in the workspace (POST %s) and names it in the agent by its id", tl.Name, c.http.URL("/tools")))
		default:
			out = append(out, fmt.Sprintf("updates the workspace tool %q (%s) if it says something else (PATCH %s)", tl.Name, id, c.http.URL(toolPath(id))))
		}
	}
	return out
}

var _ agent.PreparePlanner = (*Client)(nil)

// PlanPrepare implements agent.PreparePlanner: the tools a push would save
// in the workspace or update there, an update setting by setting (see
// toolChanges).
func (c *Client) PlanPrepare(ctx context.Context, a *agent.Agent, secrets agent.SecretLookup) ([]agent.Change, error) {
	if !workspaceTools(a) {
		return nil, nil
	}
	var out []agent.Change
	for i, tl := range a.Tools {
		ch := agent.Change{Path: fmt.Sprintf("tools[%d]", i), Label: "Tools › " + tl.Name}
		id := linkedToolID(tl)
		if id == "" {
			ch.To = "saved in the workspace"
			out = append(out, ch)
			continue
		}
		kept, err := c.keptTool(ctx, id)
		if err != nil {
			return nil, err
		}
		fresh, err := sentToolConfig(tl, nil, secrets)
		if err != nil {
			return nil, err
		}
		if !sameTool(kept, fresh) {
			out = append(out, c.toolChanges(i, kept, fresh)...)
		}
	}
	return out, nil
}

// toolChanges lists, setting by setting, how the workspace tool kept
// differs from fresh, the draft's tool i as a push sends it. Both hold
// secret values in the clear, so none is shown: header values are never
// shown, and an address's credentials are masked; a difference that lies
// only in a secret is named without its values.
func (c *Client) toolChanges(i int, kept, fresh object) []agent.Change {
	k, f := normTool(readTool(kept)), normTool(readTool(fresh))
	headers := !sameHeaders(k.Headers, f.Headers)
	k.Headers, f.Headers = nil, nil
	k.URL, f.URL = agent.MaskURLSecrets(k.URL, "(secret)"), agent.MaskURLSecrets(f.URL, "(secret)")
	caps := c.Capabilities()
	ka, fa := &agent.Agent{Tools: []agent.Tool{k}}, &agent.Agent{Tools: []agent.Tool{f}}
	prefix := fmt.Sprintf("tools[%d]", i)
	var out []agent.Change
	// Named as PlanPrepare names a tool to save: "Tools › name › Address".
	tool, inLabels := "Tools › "+f.Name, agent.LabelWith(caps, fa, "tools[0]")
	for _, ch := range agent.DiffWith(caps, ka, fa) {
		ch.Path = prefix + strings.TrimPrefix(ch.Path, "tools[0]")
		ch.Label = tool + strings.TrimPrefix(ch.Label, inLabels)
		out = append(out, ch)
	}
	if headers {
		out = append(out, agent.Change{Path: prefix + ".headers", Label: tool + " › Headers", From: "as the workspace holds them", To: "as the draft says"})
	}
	if len(out) == 0 {
		out = append(out, agent.Change{Path: prefix, Label: tool, From: "as the workspace holds it", To: "as the draft says"})
	}
	return out
}
