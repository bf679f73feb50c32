package elevenlabs

// The workspace tools an agent may use are ids in ElevenLabs' document
// (prompt.tool_ids, a list of text) and records of one field in the draft,
// so each is picked by name from the workspace's tools in its own entry,
// as knowledge-base documents are. Removing an entry detaches the tool
// from this agent; the tool stays in the workspace.

import (
	"slices"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// toolIDsKey is the setting of the workspace tools the agent may use.
const toolIDsKey = "tool_ids"

// workspaceToolsSetting makes the table's list of ids a list of records
// with one picked field.
func workspaceToolsSetting(s agent.Setting) agent.Setting {
	s.Kind = agent.KindItems
	s.Spec = agent.FieldSpec{}
	// The agent's tools are no rare setting: the editor's sidebar shows
	// the list even while it is empty (advanced lists wait for an item).
	s.Advanced = false
	s.Items = []agent.Setting{{
		Key: "id", Kind: agent.KindText, Label: "Tool", Spec: agent.FieldSpec{Live: true},
		Help: "A tool saved in your ElevenLabs workspace, chosen by name.",
	}}
	return s
}

func toolIDsPath() []string { return path(pPrompt, "tool_ids") }

// readToolIDs reads the ids as records; nil when there are none.
func readToolIDs(t object) []map[string]any {
	v, ok := jsondoc.Lookup(t, toolIDsPath()...)
	if !ok {
		return nil
	}
	ids, ok := jsondoc.Strings(v)
	if !ok || len(ids) == 0 {
		return nil
	}
	out := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		out = append(out, map[string]any{"id": id})
	}
	return out
}

// writeToolIDs writes the ids when the records changed: all of them in
// order, or none (an empty list, which detaches every tool).
func writeToolIDs(t object, cur, base any) {
	want, had := toolIDs(cur), toolIDs(base)
	if slices.Equal(want, had) {
		return
	}
	jsondoc.SetPath(t, jsondoc.StringsValue(want), toolIDsPath()...)
}

func toolIDs(v any) []string {
	recs, _ := agent.SettingRecords(v)
	var out []string
	for _, r := range recs {
		if id, _ := agent.SettingText(r["id"]); id != "" {
			out = append(out, id)
		}
	}
	return out
}
