package elevenlabs

// Reading and writing ElevenLabs' own settings in its document, through
// settingsdoc, with the two places where the neutral model owns the ground
// the settings stand on:
//
//   - a built-in tool's settings are written only while the tool is on (the
//     model switches built-in tools on and off), so a timeout typed for a
//     tool that is off never switches it on half-made;
//   - the other settings of tools written into the agent (prompt.tools) are
//     matched to their tool by name, not by place, because the model adds,
//     removes and reorders those tools.

import (
	"slices"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// inlineToolsKey is the setting holding the other settings of the tools
// written into the agent.
const inlineToolsKey = "inline_tools"

// readSettings reads every ElevenLabs setting the document holds. An
// empty list reads as no setting, as a draft file keeps it (an empty list
// is not written there), so a document's empty list is left as it is
// rather than seen as removed.
func readSettings(t object) map[string]any {
	m := dropEmpty(settingsdoc.Read(t, docTable()))
	if ids := readToolIDs(t); ids != nil {
		if m == nil {
			m = map[string]any{}
		}
		m[toolIDsKey] = ids
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// dropEmpty removes empty lists from m and from its records, in place.
func dropEmpty(m map[string]any) map[string]any {
	for k, v := range m {
		if l, ok := agent.SettingRecords(v); ok {
			if len(l) == 0 {
				delete(m, k)
			}
			for _, r := range l {
				dropEmpty(r)
			}
		} else if l, ok := agent.SettingList(v); ok && len(l) == 0 {
			delete(m, k)
		}
	}
	return m
}

// withSettings returns a with the document's settings as its ElevenLabs
// settings.
func withSettings(a agent.Agent, m map[string]any) agent.Agent {
	if m != nil {
		a.Settings = agent.Settings{ProviderID: m}
	}
	return a
}

// writeSettings overlays the draft's ElevenLabs settings (cur) on the
// document, after the model's fields are written; base is what the stored
// document held, so only what the person changed is written.
func writeSettings(t object, cur, base map[string]any) {
	table := make([]agent.Setting, 0, len(settingsTable()))
	for _, s := range docTable() {
		if s.Key == inlineToolsKey {
			continue
		}
		if slot, ok := builtinSlotOf(s.Wire); ok && t.Path(path(pBuiltins, slot)...) == nil {
			continue
		}
		table = append(table, s)
	}
	settingsdoc.Overlay(t, cur, base, table)
	writeInlineToolSettings(t, cur[inlineToolsKey], base[inlineToolsKey])
	writeToolIDs(t, cur[toolIDsKey], base[toolIDsKey])
}

// docTable is the settings settingsdoc reads and writes: all but the
// workspace tools, which are records here and ids in the document.
func docTable() []agent.Setting {
	all := settingsTable()
	out := make([]agent.Setting, 0, len(all))
	for _, s := range all {
		if s.Key != toolIDsKey {
			out = append(out, s)
		}
	}
	return out
}

// builtinSlotOf names the built-in tool slot a setting's path sits in.
func builtinSlotOf(wire string) (string, bool) {
	rest, ok := strings.CutPrefix(wire, strings.Join(pBuiltins, ".")+".")
	if !ok {
		return "", false
	}
	slot, _, _ := strings.Cut(rest, ".")
	return slot, true
}

// modelToolFields are the record fields the neutral model edits on a
// webhook tool: a record never writes them there.
var modelToolFields = map[string]bool{"name": true, "description": true, "response_timeout_secs": true}

// writeInlineToolSettings writes each changed record of the inline tools'
// settings into the tool of the same name, wherever the model put it. A
// webhook tool lives in the model: its record only adds what the model does
// not name, and goes when the tool goes. Other tools (client, system, MCP…)
// live in their records: one missing from the document is added at its
// record's place, and one whose record the person removed is removed.
func writeInlineToolSettings(t object, cur, base any) {
	s, _ := agent.SettingByKey(settingsTable(), inlineToolsKey)
	recs, _ := agent.SettingRecords(cur)
	baseRecs, _ := agent.SettingRecords(base)
	if len(recs) == 0 && len(baseRecs) == 0 {
		return
	}
	v, _ := jsondoc.Lookup(t, pTools...)
	items, _ := v.([]any)
	var webhookFields []agent.Setting
	for _, f := range s.Items {
		if !modelToolFields[f.Key] {
			webhookFields = append(webhookFields, f)
		}
	}
	for i, rec := range recs {
		name, _ := agent.SettingText(rec["name"])
		if name == "" {
			continue
		}
		baseRec := recordNamed(baseRecs, name)
		item := inlineToolNamed(items, name)
		switch {
		case item != nil && isWebhook(item):
			settingsdoc.Overlay(item, rec, baseRec, webhookFields)
		case item != nil:
			settingsdoc.Overlay(item, rec, baseRec, s.Items)
		case !recordIsWebhook(rec):
			item = newObj("name", name)
			settingsdoc.Overlay(item, rec, nil, s.Items)
			at := min(i, len(items))
			items = append(items[:at], append([]any{item}, items[at:]...)...)
		}
	}
	for _, b := range baseRecs {
		name, _ := agent.SettingText(b["name"])
		if recordIsWebhook(b) || recordNamed(recs, name) != nil {
			continue
		}
		items = slices.DeleteFunc(items, func(it any) bool {
			o, ok := it.(object)
			return ok && !isWebhook(o) && strAt(o, "name") == name
		})
	}
	if items != nil {
		jsondoc.SetPath(t, items, pTools...)
	}
}

// recordIsWebhook reports whether a record is of a webhook tool, whose
// tool the model owns ("webhook" is the type's default).
func recordIsWebhook(rec map[string]any) bool {
	typ, ok := agent.SettingText(rec["type"])
	return !ok || typ == "" || typ == "webhook"
}

func inlineToolNamed(items []any, name string) object {
	for _, it := range items {
		if o, ok := it.(object); ok && strAt(o, "name") == name {
			return o
		}
	}
	return nil
}

func recordNamed(recs []map[string]any, name string) map[string]any {
	for _, r := range recs {
		if n, _ := agent.SettingText(r["name"]); n == name {
			return r
		}
	}
	return nil
}
