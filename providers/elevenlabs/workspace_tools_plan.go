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
// in the workspace or update there. No value is shown: a tool's headers
// may hold secrets.
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
			ch.From, ch.To = "as the workspace holds it", "as the draft says"
			out = append(out, ch)
		}
	}
	return out, nil
}
