package elevenlabs

// ElevenLabs' own settings (agent.Setting): the tables in settingsdata/
// (settings_data.go), each setting's section and page from where it sits in
// the document (their groups), and the documented paths (Capabilities.Wires) that tie
// every request-body path to the draft path that edits it.

import (
	"slices"
	"strings"
	"sync"

	"github.com/agentdeck/agentdeck/agent"
)

// ch builds choices from value, label pairs.
func ch(pairs ...string) []agent.Choice {
	out := make([]agent.Choice, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		label := pairs[i+1]
		if label == pairs[i] && strings.ContainsAny(label, "._") {
			label = choiceWords(label)
		}
		out = append(out, agent.Choice{Value: pairs[i], Label: label})
	}
	return out
}

// joinRows puts together a list's fields from its own rows and runs of rows
// other lists hold too (settingsdata/shared.json), each run written once; the
// result is a new slice, so no two lists share their backing arrays.
func joinRows(parts ...[]agent.Setting) []agent.Setting {
	return slices.Concat(parts...)
}

// eachNamed repeats rows once per name: "{name}" in a row's key and path
// stands for the name as ElevenLabs spells it, "{Words}" and "{words}" in its
// label and help for the name in plain words (settingsdata/ writes rows
// that differ only by such a name once).
func eachNamed(rows []agent.Setting, names ...string) []agent.Setting {
	out := make([]agent.Setting, 0, len(rows)*len(names))
	for _, name := range names {
		words := strings.ReplaceAll(name, "_", " ")
		r := strings.NewReplacer("{name}", name, "{Words}", strings.ToUpper(words[:1])+words[1:], "{words}", words)
		for _, s := range rows {
			s.Key, s.Wire, s.Label, s.Help = r.Replace(s.Key), r.Replace(s.Wire), r.Replace(s.Label), r.Replace(s.Help)
			out = append(out, s)
		}
	}
	return out
}

// choiceWords names a value the schema gives no words for, like
// financial_id.payment_card.payment_card_cvv: its last part in plain
// letters ("Payment card cvv"), the value itself staying what is sent.
func choiceWords(value string) string {
	last := value[strings.LastIndex(value, ".")+1:]
	words := strings.ReplaceAll(last, "_", " ")
	return strings.ToUpper(words[:1]) + words[1:]
}

// settingGroup places the settings under a document path in a section and
// on a page.
type settingGroup struct {
	prefix, section, title string
}

func groupOf(wire string) settingGroup {
	for _, g := range settingsData().groups {
		if wire == g.prefix || strings.HasPrefix(wire, g.prefix+".") {
			return g
		}
	}
	return settingGroup{section: agent.SectionAdvanced, title: "More"}
}

// settingsTable is every ElevenLabs setting in display order. All sit
// behind each section's "More settings" switch, so the common forms stay
// as short as they were.
var settingsTable = sync.OnceValue(func() []agent.Setting {
	var out []agent.Setting
	for _, t := range append([][]agent.Setting{settingsData().settings}, builtinTables()...) {
		for _, s := range t {
			g := groupOf(s.Wire)
			// The agent's documents are a list people use: the editor's
			// sidebar shows it even while empty (advanced lists wait).
			s.Section, s.Group, s.Advanced = g.section, g.title, s.Key != "knowledge_base"
			if s.Key == toolIDsKey {
				s = workspaceToolsSetting(s)
				out = append(out, keepToolsSetting())
			}
			if s.Key == savedKeyKey {
				out = append(out, typedKeySetting(s))
			}
			if s.Key == inlineToolsKey {
				// Each record names its tool, which the tool's own form edits.
				s.Items = append(inlineToolBasics(), s.Items...)
			}
			out = append(out, s)
		}
	}
	return out
})

// wires lists every documented request-body path with the draft path that
// edits it, or why it is kept read-only.
var wires = sync.OnceValue(func() []agent.WireField {
	out := append([]agent.WireField(nil), settingsData().modelWires...)
	listed := map[string]bool{}
	for _, w := range out {
		listed[w.Wire] = true
	}
	add := func(wire, path string, s agent.Setting) {
		// A list of records is documented by its records' fields (a list
		// of ids, the workspace tools, by itself); a path the model edits
		// is listed once, as the model's.
		if listed[wire] || s.Kind == agent.KindItems && hasWiredItems(s) {
			return
		}
		listed[wire] = true
		out = append(out, settingWire(wire, path, s))
	}
	for _, s := range settingsTable() {
		if s.Wire == "" {
			continue // not in the document (the typed key: see prepare.go)
		}
		add(s.Wire, agent.SettingPath(ProviderID, s.Key), s)
		for _, it := range s.Items {
			if it.Wire == "" {
				continue
			}
			path := agent.SettingPath(ProviderID, s.Key) + "[]." + it.Key
			add(s.Wire+marker(s)+it.Wire, path, it)
			// A list inside each record is edited as that record's field.
			for _, sub := range it.Items {
				if sub.Wire != "" {
					add(s.Wire+marker(s)+it.Wire+marker(it)+sub.Wire, path, sub)
				}
			}
		}
	}
	return append(out, settingsData().nestedWires...)
})

// hasWiredItems reports whether a list setting's records have fields of
// their own in the document.
func hasWiredItems(s agent.Setting) bool {
	return slices.ContainsFunc(s.Items, func(it agent.Setting) bool { return it.Wire != "" })
}

// marker is how the inventory writes a step into the records of s: "[]."
// for a list, "{}." for an object keyed by name.
func marker(s agent.Setting) string {
	if s.KeyedBy != "" {
		return "{}."
	}
	return "[]."
}

func settingWire(wire, path string, s agent.Setting) agent.WireField {
	if s.ReadOnly != "" {
		return agent.WireField{Wire: wire, ReadOnly: s.ReadOnly}
	}
	return agent.WireField{Wire: wire, Path: path}
}

// inlineToolBasics are the fields each record of the inline tools' settings
// starts with: the tool's name, which ties the record to its tool, and the
// description and timeout, which the tool's own form edits for webhook
// tools and these records edit for the others (client, system, MCP…).
func inlineToolBasics() []agent.Setting {
	return []agent.Setting{
		{Key: "name", Wire: "name", Kind: agent.KindText, Label: "Tool", Help: "The name of the tool these settings belong to."},
		{
			Key: "description", Wire: "description", Kind: agent.KindLongText, Label: "What it does",
			Help: "Tells the agent what the tool does and when to use it. A webhook tool's description is edited with the tool itself.",
		},
		{
			Key: "response_timeout_secs", Wire: "response_timeout_secs", Kind: agent.KindInteger, Label: "Seconds to wait",
			Help: "How long the agent waits for the tool's answer. A webhook tool's wait is edited with the tool itself.",
			Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(120)},
		},
	}
}

// builtinTables gives each built-in tool its copy of the settings they
// share, keyed and placed under the tool, then its own.
func builtinTables() [][]agent.Setting {
	data := settingsData()
	out := make([][]agent.Setting, 0, len(data.builtinSlots))
	for _, slot := range data.builtinSlots {
		prefix := strings.Join(path(pBuiltins, slot), ".")
		title := strings.TrimPrefix(groupOf(prefix).title, "Built-in tool: ")
		t := make([]agent.Setting, 0, len(data.builtinCommon)+len(data.builtinOwn[slot]))
		for _, s := range data.builtinCommon {
			s.Key, s.Wire = slot+"_"+s.Key, prefix+"."+s.Wire
			if s.Kind == agent.KindItems {
				// Each tool has lists of the same name: say whose.
				s.Label = title + ": " + strings.ToLower(s.Label)
			}
			t = append(t, s)
		}
		out = append(out, append(t, data.builtinOwn[slot]...))
	}
	return out
}
