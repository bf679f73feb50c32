package elevenlabs

// Webhook tools made in agentdeck as workspace tools (the draft setting
// tools_as_workspace_tools): on push, before the agent is sent, each tool
// without a link is created through the tools API (POST /tools, a
// ToolRequestModel whose tool_config is the same webhook shape the inline
// prompt.tools items have) and its id recorded in the draft; a linked tool
// that differs from what the workspace holds is updated (PATCH), but only
// when no other agent uses it or the person allowed changing shared tools;
// the agent then names the tools in prompt.tool_ids instead of writing them
// into prompt.tools.
//
// A create whose answer is lost is recovered only with proof: the draft
// records "pending:<hash of the tool as sent>" as the tool's link before the
// create is sent (ToolResponseModel has no creation time), and the next push
// takes a workspace tool only when exactly one of that name has the body the
// tool sends and no draft links it; otherwise it stops without making a
// second tool.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// workspaceToolsKey is the draft setting that makes webhook tools
// workspace tools.
const workspaceToolsKey = "tools_as_workspace_tools"

// pendingPrefix marks a tool whose create was sent but not answered.
const pendingPrefix = "pending:"

func keepToolsSetting() agent.Setting {
	return agent.Setting{
		Key: workspaceToolsKey, Kind: agent.KindBool, Label: "Keep tools in the workspace",
		Section: agent.SectionTools, Group: "Workspace tools", Advanced: true,
		Spec: agent.FieldSpec{Default: "no"},
		Help: "When on, each tool made here is saved in your ElevenLabs workspace at the next push and the agent uses it from there, " +
			"instead of the older way of writing tools into the agent. New drafts have it on; an agent you pulled keeps " +
			"its tools written in until you turn it on (or run agentdeck tools convert). Removing a tool from the agent " +
			"leaves it in the workspace.",
	}
}

// workspaceTools reports whether a's webhook tools are workspace tools.
func workspaceTools(a *agent.Agent) bool {
	v, _ := a.Settings.Get(ProviderID, workspaceToolsKey)
	on, _ := agent.SettingBool(v)
	return on
}

// StartAgent implements agent.Starter: new drafts keep tools in the
// workspace, the way ElevenLabs recommends.
func (c *Client) StartAgent(a *agent.Agent) {
	a.Settings = a.Settings.With(ProviderID, workspaceToolsKey, true)
}

// linkedToolID is the workspace id of a tool, "" when it has none yet (or
// only a pending create).
func linkedToolID(tl agent.Tool) string {
	if strings.HasPrefix(tl.RemoteID, pendingPrefix) {
		return ""
	}
	return tl.RemoteID
}

// withToolIDs is the settings with the linked tools' ids added to the
// workspace tools the person picked, in order, without repeats.
func withToolIDs(cur map[string]any, tools []agent.Tool) map[string]any {
	recs, _ := agent.SettingRecords(cur[toolIDsKey])
	seen := map[string]bool{}
	out := make([]map[string]any, 0, len(recs)+len(tools))
	for _, r := range recs {
		if id, _ := agent.SettingText(r["id"]); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, r)
		}
	}
	for _, tl := range tools {
		if id := linkedToolID(tl); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, map[string]any{"id": id})
		}
	}
	m := make(map[string]any, len(cur)+1)
	for k, v := range cur {
		m[k] = v
	}
	if len(out) > 0 {
		m[toolIDsKey] = out
	} else {
		delete(m, toolIDsKey)
	}
	return m
}

// prepareTools creates, recovers and updates a's webhook tools as
// workspace tools. Each link is recorded in the draft the moment it is
// known, so a later failure loses none.
func (c *Client) prepareTools(ctx context.Context, a *agent.Agent, in agent.PrepareInput) error {
	if !workspaceTools(a) || len(a.Tools) == 0 {
		return nil
	}
	if in.Env != agent.DefaultEnv {
		// Another environment uses the tools as linked (its own values
		// may name its own workspace's tools); they are made and changed
		// by pushes to the main one.
		for _, tl := range a.Tools {
			if linkedToolID(tl) == "" {
				return fmt.Errorf("the tool %q is not saved in the workspace yet, and tools are saved only by pushes to the main environment; push there first", tl.Name)
			}
		}
		return nil
	}
	link := func(i int, name, id string) error {
		return in.Record(agent.Prepared{Tools: []agent.ToolLink{{Index: i, Name: name, RemoteID: id}}})
	}
	var listed []savedTool
	for i, tl := range a.Tools {
		cfg, err := sentToolConfig(tl, nil, in.Secrets)
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(tl.RemoteID, pendingPrefix):
			if listed == nil {
				if listed, err = c.savedTools(ctx); err != nil {
					return err
				}
			}
			id, err := c.earlierToolCreate(tl, cfg, listed, in)
			if err != nil {
				return err
			}
			if id != "" {
				if err := link(i, tl.Name, id); err != nil {
					return err
				}
				continue
			}
			fallthrough // the earlier create made nothing
		case tl.RemoteID == "":
			// The pending mark is saved before the create is sent.
			if err := link(i, tl.Name, pendingPrefix+toolHash(tl)); err != nil {
				return err
			}
			id, err := c.createTool(ctx, cfg)
			if err != nil {
				return err
			}
			if err := link(i, tl.Name, id); err != nil {
				return err
			}
		default:
			if err := c.updateTool(ctx, tl, in); err != nil {
				return err
			}
		}
	}
	return nil
}

// toolHash is a hash of the tool as agentdeck holds it (secrets as their
// references, so no secret value is hashed into the draft).
func toolHash(tl agent.Tool) string {
	tl.RemoteID = ""
	raw, _ := json.Marshal(tl)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:12])
}

// sentToolConfig is the tool's webhook config as sent: tl laid over native
// (nil for a new tool), with secrets filled in.
func sentToolConfig(tl agent.Tool, native object, secrets agent.SecretLookup) (object, error) {
	tl.RemoteID = ""
	cfg := writeTool(tl, native)
	wrap := newObj()
	jsondoc.SetPath(wrap, []any{cfg}, pTools...)
	if err := resolveSecrets(wrap, secrets); err != nil {
		return nil, err
	}
	return cfg, nil
}

// earlierToolCreate returns the id of the workspace tool an unclear create
// of tl made, "" when it made none, or an error when which one cannot be
// proven.
func (c *Client) earlierToolCreate(tl agent.Tool, cfg object, listed []savedTool, in agent.PrepareInput) (string, error) {
	// A tool of that name a draft links is another draft's, never a
	// candidate; each other one is, and proves itself by saying what the
	// tool says.
	var named, proven []savedTool
	for _, s := range listed {
		if strAt(s.config, "name") != tl.Name {
			continue
		}
		if in.ToolLinks != nil {
			drafts, err := in.ToolLinks(ProviderID, s.id)
			if err != nil {
				return "", err
			}
			if len(drafts) > 0 {
				continue
			}
		}
		named = append(named, s)
		if sameTool(s.config, cfg) {
			proven = append(proven, s)
		}
	}
	edited := strings.TrimPrefix(tl.RemoteID, pendingPrefix) != toolHash(tl)
	switch {
	case len(named) == 0:
		return "", nil
	case len(proven) == 1 && !edited:
		return proven[0].id, nil
	}
	ids := make([]string, 0, len(named))
	for _, s := range named {
		ids = append(ids, s.id)
	}
	return "", fmt.Errorf("an earlier push may have saved the tool %q in the ElevenLabs workspace, and which saved tool it made (%s) could not be proven, so nothing was sent; "+
		"check the tools in ElevenLabs and delete the ones not wanted (agentdeck tools rm), or remove the tool from this draft and add it again",
		tl.Name, strings.Join(ids, ", "))
}

// sameTool reports whether two webhook configs say the same as far as
// agentdeck reads them, a documented default counting as the value it
// stands for: the workspace may fill its defaults in what it keeps.
func sameTool(kept, sent object) bool {
	a, b := normTool(readTool(kept)), normTool(readTool(sent))
	return reflect.DeepEqual(a, b) || sameHeaders(a.Headers, b.Headers) && reflect.DeepEqual(withoutHeaders(a), withoutHeaders(b))
}

// normTool is tl with the documented defaults filled in.
func normTool(tl agent.Tool) agent.Tool {
	if tl.Method == "" {
		tl.Method = "GET"
	}
	if tl.TimeoutSeconds == nil {
		d := defaultToolTimeout
		tl.TimeoutSeconds = &d
	}
	return tl
}

// defaultToolTimeout is the documented default of a webhook tool's
// response_timeout_secs (WebhookToolConfig-Input).
const defaultToolTimeout = 20

func withoutHeaders(tl agent.Tool) agent.Tool {
	tl.Headers = nil
	return tl
}

// updateTool sends tl to its workspace tool when the tool there says
// something else, after checking that no other agent uses it (or the
// person allowed changing shared tools).
func (c *Client) updateTool(ctx context.Context, tl agent.Tool, in agent.PrepareInput) error {
	const op = "update the tool"
	id := linkedToolID(tl)
	kept, err := c.keptTool(ctx, id)
	if err != nil {
		return err
	}
	fresh, err := sentToolConfig(tl, nil, in.Secrets)
	if err != nil || sameTool(kept, fresh) {
		return err
	}
	want, err := sentToolConfig(tl, kept, in.Secrets)
	if err != nil {
		return err
	}
	users, err := c.ToolUsers(ctx, id)
	if err != nil {
		return err
	}
	var others []agent.RemoteAgent
	for _, u := range users {
		if u.ID != in.RemoteID {
			others = append(others, u)
		}
	}
	if len(others) > 0 && !in.SharedTools {
		return &agent.SharedToolError{Tool: tl.Name, Agents: others}
	}
	req, err := render(newObj("tool_config", want))
	if err != nil {
		return err
	}
	_, err = c.http.Do(ctx, httpx.Call{Op: op, Method: http.MethodPatch, Path: toolPath(id), Body: req})
	return err
}
